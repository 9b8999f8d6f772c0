// What customers complained about this week against the week before.
import { useMemo } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter } from './chart-format';
import { formatKpi, formatValue } from './kpi-format';
import { headlineOf } from './report-parts';
import { useWords } from '../i18n/LocaleContext';

export function ComplaintsChart({ report }: { report: RegionWeeklyReport }) {
  const words = useWords();
  const { t, label } = words;
  const rows = useMemo(
    () =>
      [...report.complaints]
        .sort((a, b) => b.count - a.count)
        .map((row) => ({ ...row, name: label('category', row.category) })),
    [report.complaints, label],
  );
  const options = useMemo(
    () =>
      chartOptions({
        data: rows,
        formatter: { y: valueFormatter('count', words) },
        series: [
          { type: 'bar', direction: 'horizontal', xKey: 'name', yKey: 'count', yName: t('complaints.thisWeek'), fill: CHART_COLORS.current, cornerRadius: 2 },
          {
            type: 'bar',
            direction: 'horizontal',
            xKey: 'name',
            yKey: 'previousWeek',
            yName: t('complaints.weekBefore'),
            fill: CHART_COLORS.previous,
            cornerRadius: 2,
          },
        ],
        axes: { x: { type: 'category', position: 'left' }, y: { type: 'number', position: 'bottom' } },
      }),
    [rows, words],
  );

  const total = report.complaints.reduce((sum, row) => sum + row.count, 0);
  const logistics = report.complaints.filter((row) => row.logistics).reduce((sum, row) => sum + row.count, 0);
  const top = rows[0];
  const count = (value: number) => formatValue('count', value, words);
  const perThousand = headlineOf(report, 'complaints_per_1k_orders')?.value ?? null;

  return (
    <ChartFigure
      title={t('complaints.title')}
      emptyText={total === 0 && rows.every((row) => row.previousWeek === 0) ? t('complaints.empty') : null}
      caption={[
        t('complaints.caption', {
          total,
          logistics,
          perThousand: formatKpi('complaints_per_1k_orders', perThousand, words),
        }),
        top && top.count > 0 && t('complaints.top', { category: label('category', top.category), count: count(top.count), previous: count(top.previousWeek) }),
      ]
        .filter(Boolean)
        .join(' ')}
      table={
        <DataTable
          caption={t('complaints.tableCaption')}
          columns={[t('complaints.category'), t('complaints.thisWeek'), t('complaints.weekBefore'), t('complaints.logistics')]}
          rows={rows.map((row) => [
            label('category', row.category),
            count(row.count),
            count(row.previousWeek),
            t(row.logistics ? 'common.yes' : 'common.no'),
          ])}
        />
      }
    >
      <Chart options={options} height={260} />
    </ChartFigure>
  );
}
