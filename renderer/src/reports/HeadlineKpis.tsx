// The week's headline KPIs as cards, in reading groups (acquisition, retention, orders, service).
import type { HeadlineKpi } from '../../../shared/report-types';
import { groupByKpi } from './kpi-groups';
import { KpiCard } from './KpiCard';
import { useWords } from '../i18n/LocaleContext';

export function HeadlineKpis({ headline }: { headline: readonly HeadlineKpi[] }) {
  const { t, label } = useWords();
  return (
    <section className="report-section" aria-label={t('headline.title')}>
      <h3 className="report-section-title">{t('headline.title')}</h3>
      {groupByKpi(headline).map(({ group, items }) => (
        <div key={group} className="kpi-group">
          <h4 className="kpi-group-title">{label('kpiGroup', group)}</h4>
          <div className="kpi-cards">
            {items.map((item) => (
              <KpiCard key={item.kpi} headline={item} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
