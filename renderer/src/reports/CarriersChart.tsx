// Which carriers delivered late most often this week, worst first, with the counts behind each rate.
import { useMemo } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter } from './chart-format';
import { formatValue } from './kpi-format';

export function CarriersChart({ report, locale }: { report: RegionWeeklyReport; locale: string }) {
  const { carriers } = report;
  const options = useMemo(
    () =>
      chartOptions({
        data: carriers,
        formatter: { y: valueFormatter('rate', locale) },
        legend: { enabled: false },
        series: [
          { type: 'bar', direction: 'horizontal', xKey: 'carrier', yKey: 'lateRate', yName: 'Delivered late', fill: CHART_COLORS.bad, cornerRadius: 2 },
        ],
        axes: { x: { type: 'category', position: 'left' }, y: { type: 'number', position: 'bottom', min: 0 } },
      }),
    [carriers, locale],
  );
  const worst = carriers[0];

  return (
    <ChartFigure
      title="Carriers ranked by lateness"
      showTable
      emptyText={carriers.length === 0 ? 'No deliveries this week.' : null}
      caption={
        worst && (
          <>
            {worst.carrier} delivered {formatValue('rate', worst.lateRate, locale)} late ({formatValue('count', worst.late, locale)} of{' '}
            {formatValue('count', worst.delivered, locale)}).
          </>
        )
      }
      table={
        <DataTable
          className="data-table report-table"
          caption="Deliveries by carrier, latest first"
          columns={['Carrier', 'Delivered', 'Late', 'Late rate']}
          rows={carriers.map((row) => [
            row.carrier,
            formatValue('count', row.delivered, locale),
            formatValue('count', row.late, locale),
            formatValue('rate', row.lateRate, locale),
          ])}
        />
      }
    >
      <Chart options={options} height={Math.max(140, 34 * carriers.length + 40)} />
    </ChartFigure>
  );
}
