// A KPI's value, or a dash that says why there is none (no denominator: no signups, no orders, nothing due).
import type { ReportKpi } from '../../../shared/kpi-definitions';
import { useWords } from '../i18n/LocaleContext';
import { NO_VALUE, formatKpi } from './kpi-format';

export function KpiValue({ kpi, value, className, missing }: { kpi: ReportKpi; value: number | null; className?: string; missing?: string | null }) {
  const words = useWords();
  if (missing) {
    // The data has no inputs for this KPI at all: say so and why, where a dash would read as "nothing this week".
    return (
      <span className={`${className ?? ''} kpi-novalue kpi-missing`}>
        {words.t('kpiValue.missing')}
        <span className="kpi-missing-reason">{missing}</span>
      </span>
    );
  }
  if (value === null) {
    return (
      <span className={`${className ?? ''} kpi-novalue`} title={words.t('kpiValue.noDataTitle', { definition: words.label('kpiDef', kpi) })}>
        <span aria-hidden="true">{NO_VALUE}</span>
        <span className="visually-hidden">{words.t('kpiValue.noData')}</span>
      </span>
    );
  }
  return <span className={className}>{formatKpi(kpi, value, words)}</span>;
}
