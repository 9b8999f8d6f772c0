// The week's headline KPIs as cards, in reading groups (acquisition, retention, orders, service).
import type { HeadlineKpi } from '../../../shared/report-types';
import { groupByKpi } from './kpi-groups';
import { KpiCard } from './KpiCard';

export function HeadlineKpis({ headline, locale }: { headline: readonly HeadlineKpi[]; locale: string }) {
  return (
    <section className="report-section" aria-label="Headline KPIs">
      <h3 className="report-section-title">Headline KPIs</h3>
      {groupByKpi(headline).map(({ group, items }) => (
        <div key={group} className="kpi-group">
          <h4 className="kpi-group-title">{group}</h4>
          <div className="kpi-cards">
            {items.map((item) => (
              <KpiCard key={item.kpi} headline={item} locale={locale} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
