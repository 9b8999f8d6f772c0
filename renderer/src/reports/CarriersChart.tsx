// Which carriers delivered late most often this week, worst first, with the counts behind each rate.
import { useMemo } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter } from './chart-format';
import { formatValue } from './kpi-format';
import { useWords } from '../i18n/LocaleContext';

export function CarriersChart({ report }: { report: RegionWeeklyReport }) {
  const words = useWords();
  const { t } = words;
  const { carriers } = report;
  const options = useMemo(
    () =>
      chartOptions({
        data: carriers,
        formatter: { y: valueFormatter('rate', words) },
        legend: { enabled: false },
        series: [
          { type: 'bar', direction: 'horizontal', xKey: 'carrier', yKey: 'lateRate', yName: t('carriers.series'), fill: CHART_COLORS.bad, cornerRadius: 2 },
        ],
        axes: { x: { type: 'category', position: 'left' }, y: { type: 'number', position: 'bottom', min: 0 } },
      }),
    [carriers, words],
  );
  const worst = carriers[0];

  return (
    <ChartFigure
      title={t('carriers.title')}
      showTable
      emptyText={carriers.length === 0 ? t('carriers.empty') : null}
      caption={
        worst &&
        t('carriers.caption', {
          carrier: worst.carrier,
          rate: formatValue('rate', worst.lateRate, words),
          late: formatValue('count', worst.late, words),
          delivered: formatValue('count', worst.delivered, words),
        })
      }
      table={
        <DataTable
          className="data-table report-table"
          caption={t('carriers.tableCaption')}
          columns={[t('carriers.carrier'), t('carriers.delivered'), t('carriers.late'), t('carriers.lateRate')]}
          rows={carriers.map((row) => [
            row.carrier,
            formatValue('count', row.delivered, words),
            formatValue('count', row.late, words),
            formatValue('rate', row.lateRate, words),
          ])}
        />
      }
    >
      <Chart options={options} height={Math.max(140, 34 * carriers.length + 40)} />
    </ChartFigure>
  );
}
