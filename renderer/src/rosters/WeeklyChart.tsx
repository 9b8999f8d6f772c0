// A roster's weeks as a chart, with the same numbers in a table for keyboard and screen-reader users.
import { useMemo } from 'react';
import { CHART_COLORS, chartOptions } from '../reports/charts/chart-kit';
import { Chart } from '../reports/charts/Chart';
import { useWords } from '../i18n/LocaleContext';

export interface WeeklySeries {
  key: string;
  name: string;
  /** Drawn as bars on the left axis, or as a line on the right one. */
  kind: 'bar' | 'line';
}

export function WeeklyChart({ rows, series, caption }: { rows: readonly { week: string }[]; series: readonly WeeklySeries[]; caption: string }) {
  const { t } = useWords();
  const options = useMemo(
    () =>
      chartOptions({
        data: rows.map((row) => ({ ...row })),
        // The key is drawn below in HTML: the chart's own legend is made of buttons the layout cannot hold.
        legend: { enabled: false },
        series: series.map((s, i) =>
          s.kind === 'bar'
            ? { type: 'bar' as const, xKey: 'week', yKey: s.key, yName: s.name, fill: i === 0 ? CHART_COLORS.current : CHART_COLORS.second }
            : { type: 'line' as const, xKey: 'week', yKey: s.key, yName: s.name, yKeyAxis: 'right', stroke: CHART_COLORS.target, marker: { enabled: false } },
        ),
        axes: {
          x: { type: 'category', label: { autoRotate: true } },
          y: { type: 'number', position: 'left' },
          ...(series.some((s) => s.kind === 'line') ? { right: { type: 'number' as const, position: 'right' as const } } : {}),
        },
      }),
    [rows, series],
  );
  if (rows.length === 0) return <p className="muted">{t('rosters.noWeeks')}</p>;
  return (
    <figure className="rosters-chart">
      <Chart options={options} height={200} />
      <figcaption>
        <span className="visually-hidden">{caption}: </span>
        {series.map((s, i) => (
          <span key={s.key} className="rosters-key">
            <span aria-hidden="true" className={`rosters-key-mark rosters-key-${s.kind}`} style={{ background: s.kind === 'line' ? CHART_COLORS.target : i === 0 ? CHART_COLORS.current : CHART_COLORS.second }} />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
