// Whether new customers come back: D1, D7 and D30 retention over the trailing 12 months.
import { useMemo } from 'react';
import { KPI_INFO } from '../../../shared/kpi-definitions';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter, weekFormatter } from './chart-format';
import { formatValue } from './kpi-format';
import { headlineOf, weeklyRows } from './report-parts';

const KPIS = ['d1_retention', 'd7_retention', 'd30_retention'] as const;
const COLORS = [CHART_COLORS.current, CHART_COLORS.second, CHART_COLORS.third];

export function RetentionChart({ report, locale }: { report: RegionWeeklyReport; locale: string }) {
  const options = useMemo(
    () =>
      chartOptions({
        data: weeklyRows(report, KPIS, 'trailing12Months'),
        formatter: { x: weekFormatter, y: valueFormatter('rate', locale) },
        series: KPIS.map((kpi, index) => ({
          type: 'line' as const,
          xKey: 'week',
          yKey: kpi,
          yName: KPI_INFO[kpi].label,
          stroke: COLORS[index],
          strokeWidth: 2,
          marker: { enabled: false },
        })),
        axes: { x: { type: 'category' }, y: { type: 'number' } },
      }),
    [report, locale],
  );
  const rate = (value: number | null | undefined) => formatValue('rate', value ?? null, locale);

  return (
    <ChartFigure
      title="Retention"
      caption={`This week ${KPIS.map((kpi) => `${KPI_INFO[kpi].label.replace(' retention', '')} ${rate(headlineOf(report, kpi)?.value)}`).join(', ')}; trailing 12 months shown.`}
      table={
        <DataTable
          caption="Retention, trailing 6 weeks"
          columns={['Week', ...KPIS.map((kpi) => KPI_INFO[kpi].label)]}
          rows={weeklyRows(report, KPIS, 'trailing6').map((row) => [row.week, ...KPIS.map((kpi) => rate(row[kpi]))])}
        />
      }
    >
      <Chart options={options} />
    </ChartFigure>
  );
}
