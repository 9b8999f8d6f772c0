// One KPI over time: the trailing 6 weeks beside the trailing 12 months, each with the same weeks a year
// before overlaid and the plan drawn dashed where the region has one.
import { useMemo } from 'react';
import type { AgLineSeriesOptions } from 'ag-charts-community';
import { KPI_INFO } from '../../../shared/kpi-definitions';
import type { KpiSeries, SeriesPoint } from '../../../shared/report-types';
import { CHART_COLORS, TARGET_DASH, chartOptions } from './charts/chart-kit';
import { Chart } from './charts/Chart';
import { ChartFigure } from './charts/ChartFigure';
import { DataTable } from './charts/DataTable';
import { valueFormatter, weekFormatter } from './chart-format';
import { formatKpi } from './kpi-format';
import { useWords } from '../i18n/LocaleContext';

function lineSeries(yKey: keyof SeriesPoint, yName: string, stroke: string, dashed = false): AgLineSeriesOptions {
  return {
    type: 'line',
    xKey: 'week',
    yKey,
    yName,
    stroke,
    strokeWidth: dashed ? 1.5 : 2,
    lineDash: dashed ? TARGET_DASH : undefined,
    marker: { enabled: false },
  };
}

/** The lowest and highest week of the 12 months, for the caption. */
function extremes(points: readonly SeriesPoint[]): { low: SeriesPoint; high: SeriesPoint } | null {
  const present = points.filter((point) => point.value !== null);
  if (present.length === 0) return null;
  const by = (pick: (a: number, b: number) => boolean) =>
    present.reduce((best, point) => (pick(point.value ?? 0, best.value ?? 0) ? point : best));
  return { low: by((a, b) => a < b), high: by((a, b) => a > b) };
}

export function KpiTrend({ series }: { series: KpiSeries }) {
  const words = useWords();
  const { t } = words;
  const name = words.label('kpi', series.kpi);
  const { kind } = KPI_INFO[series.kpi];
  const hasTarget = series.trailing12Months.some((point) => point.target !== null);

  const [sixWeeks, twelveMonths] = useMemo(() => {
    const shared = {
      formatter: { x: weekFormatter, y: valueFormatter(kind, words) },
      legend: { enabled: false },
      axes: { x: { type: 'category' as const, label: { fontSize: 10 } }, y: { type: 'number' as const, label: { fontSize: 10 } } },
    };
    const target = hasTarget ? [lineSeries('target', t('trends.target'), CHART_COLORS.target, true)] : [];
    return [
      chartOptions({
        ...shared,
        data: series.trailing6,
        series: [
          { type: 'bar', xKey: 'week', yKey: 'priorYear', yName: t('trends.yearBefore'), fill: CHART_COLORS.priorYear, cornerRadius: 2 },
          { type: 'bar', xKey: 'week', yKey: 'value', yName: t('trends.thisYear'), fill: CHART_COLORS.current, cornerRadius: 2 },
          ...target,
        ],
      }),
      chartOptions({
        ...shared,
        data: series.trailing12Months,
        series: [
          lineSeries('priorYear', t('trends.yearBefore'), CHART_COLORS.priorYear),
          lineSeries('value', t('trends.thisYear'), CHART_COLORS.current),
          ...target,
        ],
      }),
    ];
  }, [series, kind, words, t, hasTarget]);

  const latest = series.trailing6.at(-1);
  const range = extremes(series.trailing12Months);
  const value = (v: number | null) => formatKpi(series.kpi, v, words);

  return (
    <ChartFigure
      level={5}
      title={t('trend.title', { kpi: name })}
      className="trend-figure"
      caption={[
        latest &&
          (latest.target === null
            ? t('trend.latest', { value: value(latest.value), prior: value(latest.priorYear) })
            : t('trend.latestWithTarget', { value: value(latest.value), prior: value(latest.priorYear), target: value(latest.target) })),
        range &&
          t('trend.range', { low: value(range.low.value), lowWeek: range.low.week, high: value(range.high.value), highWeek: range.high.week }),
      ]
        .filter(Boolean)
        .join(' ')}
      table={
        <DataTable
          caption={t('trend.tableCaption', { kpi: name })}
          columns={[t('trend.week'), t('trends.thisYear'), t('trends.yearBefore'), t('trends.target')]}
          rows={series.trailing6.map((point) => [point.week, value(point.value), value(point.priorYear), value(point.target)])}
        />
      }
    >
      <div className="trend-pair">
        <div className="trend-chart">
          <span className="trend-chart-label">{t('trend.sixWeeks')}</span>
          <Chart options={sixWeeks} height={120} />
        </div>
        <div className="trend-chart">
          <span className="trend-chart-label">{t('trend.twelveMonths')}</span>
          <Chart options={twelveMonths} height={120} />
        </div>
      </div>
    </ChartFigure>
  );
}
