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
import { useWords } from '../i18n/LocaleContext';

export function AcquisitionChart({ report }: { report: RegionWeeklyReport }) {
  const words = useWords();
  const { t, label } = words;
  const rows = useMemo(
    () => report.channels.map((row) => ({ ...row, name: label('signup', row.channel) })),
    [report.channels, label],
  );
  const options = useMemo(
    () =>
      chartOptions({
        data: rows,
        formatter: { y: valueFormatter({ newCustomers: 'count', cacUsd: 'usd' }, words) },
        series: [
          { type: 'bar', xKey: 'name', yKey: 'newCustomers', yName: t('acquisition.newCustomers'), fill: CHART_COLORS.current, cornerRadius: 2 },
          // CAC per channel as points: a line between channels would suggest an order they do not have.
          {
            type: 'line',
            xKey: 'name',
            yKey: 'cacUsd',
            yName: t('acquisition.cac'),
            yKeyAxis: 'cac',
            stroke: CHART_COLORS.target,
            strokeWidth: 0,
            marker: { enabled: true, size: 8, shape: 'diamond', fill: CHART_COLORS.target, stroke: CHART_COLORS.target },
          },
        ],
        axes: {
          x: { type: 'category' },
          y: { type: 'number', position: 'left', title: { text: t('acquisition.newCustomers') } },
          cac: { type: 'number', position: 'right', title: { text: t('acquisition.cacAxis') } },
        },
      }),
    [rows, words, t],
  );

  const ranked = [...report.channels].sort((a, b) => (b.newCustomers ?? 0) - (a.newCustomers ?? 0));
  const noChannels = report.noInputs.channels ?? null;
  const top = ranked[0];
  const priced = report.channels.filter((row) => row.cacUsd !== null).sort((a, b) => (a.cacUsd ?? 0) - (b.cacUsd ?? 0));
  const cheapest = priced[0];
  const dearest = priced.at(-1);
  const newCustomers = headlineOf(report, 'new_customers')?.value ?? null;
  const cac = headlineOf(report, 'cac_usd')?.value ?? null;
  const noSpend = report.noInputs.spend ?? null;
  const usd = (value: number | null) => (noSpend === null ? formatValue('usd', value, words) : t('kpiValue.missing'));

  return (
    <ChartFigure
      title={t('acquisition.title')}
      emptyText={noChannels !== null ? t('noInputs.channels', { reason: noChannels }) : report.channels.length === 0 ? t('acquisition.empty') : null}
      caption={[
        noSpend === null ? t('acquisition.caption', { count: newCustomers ?? 0, cac: usd(cac) }) : t('noInputs.newCustomers', { count: newCustomers ?? 0 }),
        noSpend !== null && t('noInputs.spend', { reason: noSpend }),
        top && top.share !== null && t('acquisition.top', { channel: label('signup', top.channel), share: formatValue('rate', top.share, words) }),
        cheapest &&
          dearest &&
          cheapest !== dearest &&
          t('acquisition.prices', {
            cheapest: label('signup', cheapest.channel),
            cheapestCac: usd(cheapest.cacUsd),
            dearest: label('signup', dearest.channel),
            dearestCac: usd(dearest.cacUsd),
          }),
      ]
        .filter(Boolean)
        .join(' ')}
      table={
        <DataTable
          caption={t('acquisition.tableCaption')}
          columns={[t('acquisition.channel'), t('acquisition.newCustomers'), t('acquisition.share'), t('acquisition.spend'), t('acquisition.cac')]}
          rows={ranked.map((row) => [
            label('signup', row.channel),
            formatValue('count', row.newCustomers, words),
            formatValue('rate', row.share, words),
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
