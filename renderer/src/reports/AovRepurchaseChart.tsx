// What customers spend per order and whether they buy again, over the trailing 12 months.
import { useMemo } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter, weekFormatter } from './chart-format';
import { formatKpi } from './kpi-format';
import { headlineOf, weeklyRows } from './report-parts';

const KPIS = ['aov_usd', 'repurchase_rate'] as const;

export function AovRepurchaseChart({ report, locale }: { report: RegionWeeklyReport; locale: string }) {
  const options = useMemo(
    () =>
      chartOptions({
        data: weeklyRows(report, KPIS, 'trailing12Months'),
        formatter: { x: weekFormatter, y: valueFormatter({ aov_usd: 'usd', repurchase_rate: 'rate' }, locale) },
        series: [
          { type: 'line', xKey: 'week', yKey: 'aov_usd', yName: 'AOV', stroke: CHART_COLORS.current, strokeWidth: 2, marker: { enabled: false } },
          {
            type: 'line',
            xKey: 'week',
            yKey: 'repurchase_rate',
            yName: 'Repurchase rate',
            yKeyAxis: 'rate',
            stroke: CHART_COLORS.second,
            strokeWidth: 2,
            marker: { enabled: false },
          },
        ],
        axes: {
          x: { type: 'category' },
          y: { type: 'number', position: 'left', title: { text: 'AOV (USD)' } },
          rate: { type: 'number', position: 'right', title: { text: 'Repurchase rate' } },
        },
      }),
    [report, locale],
  );

  return (
    <ChartFigure
      title="AOV and repurchase"
      caption={`This week AOV ${formatKpi('aov_usd', headlineOf(report, 'aov_usd')?.value ?? null, locale)}, repurchase rate ${formatKpi(
        'repurchase_rate',
        headlineOf(report, 'repurchase_rate')?.value ?? null,
        locale,
      )}; trailing 12 months shown.`}
      table={
        <DataTable
          caption="AOV and repurchase rate, trailing 6 weeks"
          columns={['Week', 'AOV', 'Repurchase rate']}
          rows={weeklyRows(report, KPIS, 'trailing6').map((row) => [
            row.week,
            formatKpi('aov_usd', row.aov_usd ?? null, locale),
            formatKpi('repurchase_rate', row.repurchase_rate ?? null, locale),
          ])}
        />
      }
    >
      <Chart options={options} />
    </ChartFigure>
  );
}
