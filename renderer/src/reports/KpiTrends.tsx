// Every KPI over time as small multiples, in the same groups as the headline cards. The charts mount as they
// scroll into view (see WhenVisible), so two dozen of them do not slow the first paint.
import type { KpiSeries } from '../../../shared/report-types';
import { groupByKpi } from './kpi-groups';
import { KpiTrend } from './KpiTrend';

export function KpiTrends({ series, locale }: { series: readonly KpiSeries[]; locale: string }) {
  return (
    <section className="report-section" aria-label="KPI trends">
      <h3 className="report-section-title">KPI trends</h3>
      <p className="trend-key" aria-hidden="true">
        <span className="key key-current">This year</span>
        <span className="key key-prior">Year before</span>
        <span className="key key-target">Target</span>
      </p>
      {groupByKpi(series).map(({ group, items }) => (
        <div key={group} className="kpi-group">
          <h4 className="kpi-group-title">{group}</h4>
          <div className="trend-grid">
            {items.map((item) => (
              <KpiTrend key={item.kpi} series={item} locale={locale} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
