// Whether new customers come back: D1, D7 and D30 retention over the trailing 12 months.
import { useMemo } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter, weekFormatter } from './chart-format';
import { formatValue } from './kpi-format';
import { headlineOf, weeklyRows } from './report-parts';
import { useWords } from '../i18n/LocaleContext';

const KPIS = ['d1_retention', 'd7_retention', 'd30_retention'] as const;
const DAYS = { d1_retention: 1, d7_retention: 7, d30_retention: 30 } as const;
const COLORS = [CHART_COLORS.current, CHART_COLORS.second, CHART_COLORS.third];

export function RetentionChart({ report }: { report: RegionWeeklyReport }) {
  const words = useWords();
  const { t, label } = words;
  const options = useMemo(
    () =>
      chartOptions({
        data: weeklyRows(report, KPIS, 'trailing12Months'),
        formatter: { x: weekFormatter, y: valueFormatter('rate', words) },
        series: KPIS.map((kpi, index) => ({
          type: 'line' as const,
          xKey: 'week',
          yKey: kpi,
          yName: label('kpi', kpi),
          stroke: COLORS[index],
          strokeWidth: 2,
          marker: { enabled: false },
        })),
        axes: { x: { type: 'category' }, y: { type: 'number' } },
      }),
    [report, words, label],
  );
  const rate = (value: number | null | undefined) => formatValue('rate', value ?? null, words);

  return (
    <ChartFigure
      title={t('retention.title')}
      caption={t('retention.caption', {
        values: KPIS.map((kpi) => t('retention.value', { days: DAYS[kpi], value: rate(headlineOf(report, kpi)?.value) })).join(', '),
      })}
      table={
        <DataTable
          caption={t('retention.tableCaption')}
          columns={[t('trend.week'), ...KPIS.map((kpi) => label('kpi', kpi))]}
          rows={weeklyRows(report, KPIS, 'trailing6').map((row) => [row.week, ...KPIS.map((kpi) => rate(row[kpi]))])}
        />
      }
    >
      <Chart options={options} />
    </ChartFigure>
  );
}
