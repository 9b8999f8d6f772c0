// AG Charts formatters that write numbers the way the cards do (kpi-format): short on axes, in full in tooltips.
import type { FormatterParams } from 'ag-charts-community';
import type { KpiKind } from '../../../shared/kpi-definitions';
import { keyOf, numberOf } from './charts/chart-kit';
import { formatAxisValue, formatValue, type KpiWords } from './kpi-format';
import { shortWeek } from './report-words';

type Formatter = (params: FormatterParams) => string | undefined;

/** Values of one kind, or of a kind per data key on charts with two axes (AOV in dollars, repurchase in %). */
export function valueFormatter(kinds: KpiKind | Readonly<Record<string, KpiKind>>, words: KpiWords): Formatter {
  return (params) => {
    const value = numberOf(params);
    const kind = typeof kinds === 'string' ? kinds : kinds[keyOf(params) ?? ''];
    if (value === null || kind === undefined) return undefined;
    return params.source === 'axis-label' ? formatAxisValue(kind, value, words) : formatValue(kind, value, words);
  };
}

/** ISO weeks: "W47" under the axis, "2026-W47" in the tooltip. */
export const weekFormatter: Formatter = (params) =>
  typeof params.value === 'string' && params.source === 'axis-label' ? shortWeek(params.value) : undefined;
