// The week's funnel, visits to orders, and where people drop out.
import { useMemo } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter } from './chart-format';
import { formatValue } from './kpi-format';
import { FUNNEL_STAGE_LABELS } from './report-words';

export function FunnelChart({ report, locale }: { report: RegionWeeklyReport; locale: string }) {
  const { stages } = report.funnel;
  const widest = Math.max(1, ...stages.map((stage) => stage.count));
  const rows = useMemo(
    () =>
      stages.map((stage) => ({
        ...stage,
        name: FUNNEL_STAGE_LABELS[stage.stage],
        // Each bar says how much of the stage before it carried through.
        text:
          stage.fromPrevious === null
            ? formatValue('count', stage.count, locale)
            : `${formatValue('count', stage.count, locale)} · ${formatValue('rate', stage.fromPrevious, locale)}`,
      })),
    [stages, locale],
  );
  const options = useMemo(
    () =>
      chartOptions({
        data: rows,
        formatter: { y: valueFormatter('count', locale) },
        legend: { enabled: false },
        series: [
          {
            type: 'bar',
            direction: 'horizontal',
            xKey: 'name',
            yKey: 'count',
            yName: 'People',
            fill: CHART_COLORS.current,
            cornerRadius: 2,
            label: { enabled: true, placement: 'outside-end', formatter: ({ datum }) => String(datum.text) },
          },
        ],
        // The bars carry their numbers; the value axis only makes room for the longest bar's label.
        axes: {
          x: { type: 'category', position: 'left' },
          y: { type: 'number', position: 'bottom', min: 0, max: widest * 1.3, nice: false, label: { enabled: false } },
        },
      }),
    [rows, widest, locale],
  );

  const visits = stages.find((stage) => stage.stage === 'visits');
  const orders = stages.find((stage) => stage.stage === 'orders');
  const steepest = stages
    .filter((stage) => stage.fromPrevious !== null)
    .sort((a, b) => (a.fromPrevious ?? 1) - (b.fromPrevious ?? 1))[0];

  return (
    <ChartFigure
      title="Funnel"
      emptyText={stages.every((stage) => stage.count === 0) ? 'No visits recorded this week.' : null}
      caption={
        <>
          {visits && orders && (
            <>
              {formatValue('count', visits.count, locale)} visits → {formatValue('count', orders.count, locale)} orders (
              {formatValue('rate', orders.fromVisits, locale)}).
            </>
          )}
          {steepest && (
            <>
              {' '}
              Steepest drop: {FUNNEL_STAGE_LABELS[steepest.stage]}, {formatValue('rate', steepest.fromPrevious, locale)} of the step
              before.
            </>
          )}
        </>
      }
      table={
        <DataTable
          caption="Funnel stages this week"
          columns={['Stage', 'Count', 'Of the step before', 'Of visits']}
          rows={stages.map((stage) => [
            FUNNEL_STAGE_LABELS[stage.stage],
            formatValue('count', stage.count, locale),
            formatValue('rate', stage.fromPrevious, locale),
            formatValue('rate', stage.fromVisits, locale),
          ])}
        />
      }
    >
      <Chart options={options} />
    </ChartFigure>
  );
}
