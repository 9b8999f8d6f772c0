// Whether we answered in time: SLA attainment by priority, with the plan where there is one.
import { useMemo } from 'react';
import type { RegionWeeklyReport } from '../../../shared/report-types';
import { CHART_COLORS, TARGET_DASH, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter } from './chart-format';
import { formatValue } from './kpi-format';
import { headlineOf } from './report-parts';

export function SlaChart({ report, locale }: { report: RegionWeeklyReport; locale: string }) {
  const { sla } = report;
  const target = headlineOf(report, 'sla_attainment')?.target ?? null;
  const options = useMemo(
    () =>
      chartOptions({
        data: sla.byPriority,
        formatter: { y: valueFormatter('rate', locale) },
        legend: { enabled: false },
        series: [{ type: 'bar', xKey: 'priority', yKey: 'attainment', yName: 'Answered in time', fill: CHART_COLORS.current, cornerRadius: 2 }],
        axes: {
          x: { type: 'category' },
          y: {
            type: 'number',
            min: 0,
            max: 1,
            crossLines:
              target === null
                ? []
                : [{ type: 'line', value: target, stroke: CHART_COLORS.target, lineDash: TARGET_DASH, label: { text: 'Target', position: 'right' } }],
          },
        },
      }),
    [sla.byPriority, target, locale],
  );
  const hours = (value: number | null) => formatValue('hours', value, locale);

  return (
    <ChartFigure
      title="SLA"
      emptyText={sla.due === 0 ? 'No feedback was due for a first response this week.' : null}
      caption={
        <>
          {formatValue('rate', sla.attainment, locale)} of {formatValue('count', sla.due, locale)} items due were answered in time
          {target !== null && <> (target {formatValue('rate', target, locale)})</>}. Median first response {hours(sla.medianFirstResponseHours)},
          resolution {hours(sla.medianResolutionHours)}.
        </>
      }
      table={
        <DataTable
          caption="SLA attainment by priority"
          columns={['Priority', 'Due', 'Answered in time', 'Attainment']}
          rows={sla.byPriority.map((row) => [
            row.priority,
            formatValue('count', row.due, locale),
            formatValue('count', row.met, locale),
            formatValue('rate', row.attainment, locale),
          ])}
        />
      }
    >
      <Chart options={options} />
    </ChartFigure>
  );
}
