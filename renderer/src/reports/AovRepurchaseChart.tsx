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
import { useWords } from '../i18n/LocaleContext';

const KPIS = ['aov_usd', 'repurchase_rate'] as const;

export function AovRepurchaseChart({ report }: { report: RegionWeeklyReport }) {
  const words = useWords();
  const { t } = words;
  const options = useMemo(
    () =>
      chartOptions({
        data: weeklyRows(report, KPIS, 'trailing12Months'),
        formatter: { x: weekFormatter, y: valueFormatter({ aov_usd: 'usd', repurchase_rate: 'rate' }, words) },
        series: [
          { type: 'line', xKey: 'week', yKey: 'aov_usd', yName: t('aov.aov'), stroke: CHART_COLORS.current, strokeWidth: 2, marker: { enabled: false } },
          {
            type: 'line',
            xKey: 'week',
            yKey: 'repurchase_rate',
            yName: t('aov.repurchase'),
            yKeyAxis: 'rate',
            stroke: CHART_COLORS.second,
            strokeWidth: 2,
            marker: { enabled: false },
          },
        ],
        axes: {
          x: { type: 'category' },
          y: { type: 'number', position: 'left', title: { text: t('aov.aovAxis') } },
          rate: { type: 'number', position: 'right', title: { text: t('aov.repurchase') } },
        },
      }),
    [report, words],
  );

  return (
    <ChartFigure
      title={t('aov.title')}
      caption={t('aov.caption', {
        aov: formatKpi('aov_usd', headlineOf(report, 'aov_usd')?.value ?? null, words),
        rate: formatKpi('repurchase_rate', headlineOf(report, 'repurchase_rate')?.value ?? null, words),
      })}
      table={
        <DataTable
          caption={t('aov.tableCaption')}
          columns={[t('trend.week'), t('aov.aov'), t('aov.repurchase')]}
          rows={weeklyRows(report, KPIS, 'trailing6').map((row) => [
            row.week,
            formatKpi('aov_usd', row.aov_usd ?? null, words),
            formatKpi('repurchase_rate', row.repurchase_rate ?? null, words),
          ])}
        />
      }
    >
      <Chart options={options} />
    </ChartFigure>
  );
}
