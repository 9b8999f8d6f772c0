// Picking a KPI's headline and weekly values out of a region's report.
import type { ReportKpi } from '../../../shared/kpi-definitions';
import type { HeadlineKpi, KpiSeries, RegionWeeklyReport } from '../../../shared/report-types';

export function headlineOf(report: RegionWeeklyReport, kpi: ReportKpi): HeadlineKpi | undefined {
  return report.headline.find((item) => item.kpi === kpi);
}

function seriesOf(report: RegionWeeklyReport, kpi: ReportKpi): KpiSeries | undefined {
  return report.series.find((item) => item.kpi === kpi);
}

/** A week's values of several KPIs, keyed by KPI name. */
export type WeekRow = { week: string } & Partial<Record<ReportKpi, number | null>>;

/** Several KPIs' values side by side per week, oldest first, for charts with one line per KPI. */
export function weeklyRows(report: RegionWeeklyReport, kpis: readonly ReportKpi[], span: 'trailing6' | 'trailing12Months'): WeekRow[] {
  const rows = new Map<string, WeekRow>();
  for (const kpi of kpis) {
    for (const point of seriesOf(report, kpi)?.[span] ?? []) {
      const row = rows.get(point.week) ?? { week: point.week };
      row[kpi] = point.value;
      rows.set(point.week, row);
    }
  }
  return [...rows.values()].sort((a, b) => a.week.localeCompare(b.week));
}
