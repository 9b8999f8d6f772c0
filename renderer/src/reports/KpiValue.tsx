// A KPI's value, or a dash that says why there is none (no denominator: no signups, no orders, nothing due).
import { KPI_INFO, type ReportKpi } from '../../../shared/kpi-definitions';
import { NO_VALUE, formatKpi } from './kpi-format';

export function KpiValue({ kpi, value, locale, className }: { kpi: ReportKpi; value: number | null; locale: string; className?: string }) {
  if (value === null) {
    return (
      <span className={`${className ?? ''} kpi-novalue`} title={`No data this week: ${KPI_INFO[kpi].definition}`}>
        <span aria-hidden="true">{NO_VALUE}</span>
        <span className="visually-hidden">No data this week</span>
      </span>
    );
  }
  return <span className={className}>{formatKpi(kpi, value, locale)}</span>;
}
