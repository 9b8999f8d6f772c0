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
import { useWords } from '../i18n/LocaleContext';

export function SlaChart({ report }: { report: RegionWeeklyReport }) {
  const words = useWords();
  const { t } = words;
  const { sla } = report;
  const target = headlineOf(report, 'sla_attainment')?.target ?? null;
  const options = useMemo(
    () =>
      chartOptions({
        data: sla.byPriority,
        formatter: { y: valueFormatter('rate', words) },
        legend: { enabled: false },
        series: [{ type: 'bar', xKey: 'priority', yKey: 'attainment', yName: t('slaChart.series'), fill: CHART_COLORS.current, cornerRadius: 2 }],
        axes: {
          x: { type: 'category' },
          y: {
            type: 'number',
            min: 0,
            max: 1,
            crossLines:
              target === null
                ? []
                : [{ type: 'line', value: target, stroke: CHART_COLORS.target, lineDash: TARGET_DASH, label: { text: t('slaChart.target'), position: 'right' } }],
          },
        },
      }),
    [sla.byPriority, target, words, t],
  );
  const hours = (value: number | null) => formatValue('hours', value, words);
  // Items come due whether or not anyone answers; with no answer in the region's data ever, whether in time is unknown.
  const noAnswers = report.noInputs.sla ?? null;
  const caption =
    noAnswers !== null
      ? [t('noInputs.sla', { due: sla.due, reason: noAnswers })]
      : [
          target === null
            ? t('slaChart.caption', { rate: formatValue('rate', sla.attainment, words), due: sla.due })
            : t('slaChart.captionWithTarget', {
                rate: formatValue('rate', sla.attainment, words),
                due: sla.due,
                target: formatValue('rate', target, words),
              }),
          t('slaChart.medians', { firstResponse: hours(sla.medianFirstResponseHours), resolution: hours(sla.medianResolutionHours) }),
        ];

  return (
    <ChartFigure
      title={t('slaChart.title')}
      emptyText={noAnswers !== null ? t('kpiValue.missing') : sla.due === 0 ? t('slaChart.empty') : null}
      caption={caption.join(' ')}
      table={
        <DataTable
          caption={t('slaChart.tableCaption')}
          columns={[t('slaChart.priority'), t('slaChart.due'), t('slaChart.series'), t('slaChart.attainment')]}
          rows={sla.byPriority.map((row) => [
            row.priority,
            formatValue('count', row.due, words),
            formatValue('count', row.met, words),
            formatValue('rate', row.attainment, words),
          ])}
        />
      }
    >
      <Chart options={options} />
    </ChartFigure>
  );
}
