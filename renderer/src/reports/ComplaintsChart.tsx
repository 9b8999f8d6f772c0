// What customers complained about this week against the week before.
import { useMemo } from 'react';
import { CATEGORY_LABELS } from '../../../shared/domain';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter } from './chart-format';
import { formatKpi, formatValue } from './kpi-format';
import { headlineOf } from './report-parts';

export function ComplaintsChart({ report, locale }: { report: RegionWeeklyReport; locale: string }) {
  const rows = useMemo(
    () =>
      [...report.complaints]
        .sort((a, b) => b.count - a.count)
        .map((row) => ({ ...row, name: CATEGORY_LABELS[row.category] })),
    [report.complaints],
  );
  const options = useMemo(
    () =>
      chartOptions({
        data: rows,
        formatter: { y: valueFormatter('count', locale) },
        series: [
          { type: 'bar', direction: 'horizontal', xKey: 'name', yKey: 'count', yName: 'This week', fill: CHART_COLORS.current, cornerRadius: 2 },
          {
            type: 'bar',
            direction: 'horizontal',
            xKey: 'name',
            yKey: 'previousWeek',
            yName: 'Week before',
            fill: CHART_COLORS.previous,
            cornerRadius: 2,
          },
        ],
        axes: { x: { type: 'category', position: 'left' }, y: { type: 'number', position: 'bottom' } },
      }),
    [rows, locale],
  );

  const total = report.complaints.reduce((sum, row) => sum + row.count, 0);
  const logistics = report.complaints.filter((row) => row.logistics).reduce((sum, row) => sum + row.count, 0);
  const top = rows[0];
  const count = (value: number) => formatValue('count', value, locale);
  const perThousand = headlineOf(report, 'complaints_per_1k_orders')?.value ?? null;

  return (
    <ChartFigure
      title="Complaints by category"
      emptyText={total === 0 && rows.every((row) => row.previousWeek === 0) ? 'No feedback this week or the week before.' : null}
      caption={
        <>
          {count(total)} feedback this week, {count(logistics)} about logistics ({formatKpi('complaints_per_1k_orders', perThousand, locale)}{' '}
          per 1,000 shipped orders).
          {top && top.count > 0 && (
            <>
              {' '}
              Most: {CATEGORY_LABELS[top.category]}, {count(top.count)} (week before {count(top.previousWeek)}).
            </>
          )}
        </>
      }
      table={
        <DataTable
          caption="Feedback by category"
          columns={['Category', 'This week', 'Week before', 'Logistics']}
          rows={rows.map((row) => [CATEGORY_LABELS[row.category], count(row.count), count(row.previousWeek), row.logistics ? 'Yes' : 'No'])}
        />
      }
    >
      <Chart options={options} height={260} />
    </ChartFigure>
  );
}
