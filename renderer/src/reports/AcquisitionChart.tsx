// Where this week's customers came from and what each channel paid for one.
import { useMemo } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter } from './chart-format';
import { formatValue } from './kpi-format';
import { headlineOf } from './report-parts';
import { SIGNUP_CHANNEL_LABELS } from './report-words';

export function AcquisitionChart({ report, locale }: { report: RegionWeeklyReport; locale: string }) {
  const rows = useMemo(
    () => report.channels.map((row) => ({ ...row, name: SIGNUP_CHANNEL_LABELS[row.channel] })),
    [report.channels],
  );
  const options = useMemo(
    () =>
      chartOptions({
        data: rows,
        formatter: { y: valueFormatter({ newCustomers: 'count', cacUsd: 'usd' }, locale) },
        series: [
          { type: 'bar', xKey: 'name', yKey: 'newCustomers', yName: 'New customers', fill: CHART_COLORS.current, cornerRadius: 2 },
          // CAC per channel as points: a line between channels would suggest an order they do not have.
          {
            type: 'line',
            xKey: 'name',
            yKey: 'cacUsd',
            yName: 'CAC',
            yKeyAxis: 'cac',
            stroke: CHART_COLORS.target,
            strokeWidth: 0,
            marker: { enabled: true, size: 8, shape: 'diamond', fill: CHART_COLORS.target, stroke: CHART_COLORS.target },
          },
        ],
        axes: {
          x: { type: 'category' },
          y: { type: 'number', position: 'left', title: { text: 'New customers' } },
          cac: { type: 'number', position: 'right', title: { text: 'CAC (USD)' } },
        },
      }),
    [rows, locale],
  );

  const ranked = [...report.channels].sort((a, b) => b.newCustomers - a.newCustomers);
  const top = ranked[0];
  const priced = report.channels.filter((row) => row.cacUsd !== null).sort((a, b) => (a.cacUsd ?? 0) - (b.cacUsd ?? 0));
  const cheapest = priced[0];
  const dearest = priced.at(-1);
  const newCustomers = headlineOf(report, 'new_customers')?.value ?? null;
  const cac = headlineOf(report, 'cac_usd')?.value ?? null;
  const usd = (value: number | null) => formatValue('usd', value, locale);

  return (
    <ChartFigure
      title="New customers and CAC by channel"
      emptyText={report.channels.length === 0 ? 'No signups or spend this week.' : null}
      caption={
        <>
          {formatValue('count', newCustomers, locale)} new customers at {usd(cac)} CAC.
          {top && top.share !== null && (
            <>
              {' '}
              Most from {SIGNUP_CHANNEL_LABELS[top.channel]} ({formatValue('rate', top.share, locale)}).
            </>
          )}
          {cheapest && dearest && cheapest !== dearest && (
            <>
              {' '}
              Cheapest {SIGNUP_CHANNEL_LABELS[cheapest.channel]} ({usd(cheapest.cacUsd)}), dearest{' '}
              {SIGNUP_CHANNEL_LABELS[dearest.channel]} ({usd(dearest.cacUsd)}).
            </>
          )}
        </>
      }
      table={
        <DataTable
          caption="New customers and CAC by signup channel"
          columns={['Channel', 'New customers', 'Share', 'Spend', 'CAC']}
          rows={ranked.map((row) => [
            SIGNUP_CHANNEL_LABELS[row.channel],
            formatValue('count', row.newCustomers, locale),
            formatValue('rate', row.share, locale),
            usd(row.spendUsd),
            usd(row.cacUsd),
          ])}
        />
      }
    >
      <Chart options={options} />
    </ChartFigure>
  );
}
