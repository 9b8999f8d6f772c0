// The week's funnel, visits to orders, and where people drop out.
import { useMemo } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter } from './chart-format';
import { formatValue } from './kpi-format';
import { useWords } from '../i18n/LocaleContext';

export function FunnelChart({ report }: { report: RegionWeeklyReport }) {
  const words = useWords();
  const { t, label } = words;
  const { stages } = report.funnel;
  const noFunnel = report.noInputs.funnel ?? null;
  const widest = Math.max(1, ...stages.map((stage) => stage.count ?? 0));
  const rows = useMemo(
    () =>
      stages.map((stage) => ({
        ...stage,
        name: label('funnelStage', stage.stage),
        // Each bar says how much of the stage before it carried through.
        text:
          stage.fromPrevious === null
            ? formatValue('count', stage.count, words)
            : `${formatValue('count', stage.count, words)} · ${formatValue('rate', stage.fromPrevious, words)}`,
      })),
    [stages, words, label],
  );
  const options = useMemo(
    () =>
      chartOptions({
        data: rows,
        formatter: { y: valueFormatter('count', words) },
        legend: { enabled: false },
        series: [
          {
            type: 'bar',
            direction: 'horizontal',
            xKey: 'name',
            yKey: 'count',
            yName: t('funnel.people'),
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
    [rows, widest, words],
  );

  const visits = stages.find((stage) => stage.stage === 'visits');
  const orders = stages.find((stage) => stage.stage === 'orders');
  const steepest = stages
    .filter((stage) => stage.fromPrevious !== null)
    .sort((a, b) => (a.fromPrevious ?? 1) - (b.fromPrevious ?? 1))[0];

  return (
    <ChartFigure
      title={t('funnel.title')}
      emptyText={noFunnel !== null ? t('noInputs.funnel', { reason: noFunnel }) : stages.every((stage) => stage.count === 0) ? t('funnel.empty') : null}
      caption={[
        visits?.count !== null &&
          visits !== undefined &&
          orders?.count !== null &&
          orders !== undefined &&
          t('funnel.caption', {
            visits: visits.count,
            orders: orders.count,
            rate: formatValue('rate', orders.fromVisits, words),
          }),
        steepest && t('funnel.steepest', { stage: label('funnelStage', steepest.stage), rate: formatValue('rate', steepest.fromPrevious, words) }),
      ]
        .filter(Boolean)
        .join(' ')}
      table={
        <DataTable
          caption={t('funnel.tableCaption')}
          columns={[t('funnel.stage'), t('funnel.count'), t('funnel.ofPrevious'), t('funnel.ofVisits')]}
          rows={stages.map((stage) => [
            label('funnelStage', stage.stage),
            formatValue('count', stage.count, words),
            formatValue('rate', stage.fromPrevious, words),
            formatValue('rate', stage.fromVisits, words),
          ])}
        />
      }
    >
      <Chart options={options} />
    </ChartFigure>
  );
}
