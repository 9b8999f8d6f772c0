// How the PDF writes a value: the same rounding as kpis.csv and the workbook, then the reader's units.
import { KPI_INFO, KIND_DECIMALS, roundForKind, type KpiKind, type ReportKpi } from '../../../shared/kpi-definitions';
import type { KpiComparison } from '../../../shared/report-types';

const EMPTY = '–';

function grouped(value: number, decimals: number): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

/** A value as the PDF shows it: 1,234 · $1,234.56 · 12.34% · 3.21x · 12.50 per 1k · 3.5 h. */
export function formatValue(kind: KpiKind, value: number | null): string {
  const rounded = roundForKind(kind, value);
  if (rounded === null) return EMPTY;
  switch (kind) {
    case 'count':
      return grouped(rounded, 0);
    case 'usd':
      return `${rounded < 0 ? '-' : ''}$${grouped(Math.abs(rounded), 2)}`;
    case 'rate':
      return `${(rounded * 100).toFixed(2)}%`;
    case 'ratio':
      return `${rounded.toFixed(2)}x`;
    case 'per_1k':
      return grouped(rounded, KIND_DECIMALS.per_1k);
    case 'hours':
      return `${rounded.toFixed(1)} h`;
  }
}

export function formatKpi(kpi: ReportKpi, value: number | null): string {
  return formatValue(KPI_INFO[kpi].kind, value);
}

/** A change: rates in percentage points, other kinds as a percentage of the reference. */
export function formatChange(kpi: ReportKpi, comparison: KpiComparison): string {
  if (KPI_INFO[kpi].kind === 'rate') {
    return comparison.delta === null ? EMPTY : `${comparison.delta >= 0 ? '+' : ''}${comparison.delta.toFixed(2)} pp`;
  }
  return comparison.deltaRatio === null ? EMPTY : `${comparison.deltaRatio >= 0 ? '+' : ''}${(comparison.deltaRatio * 100).toFixed(1)}%`;
}
