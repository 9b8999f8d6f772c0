// Every KPI over time as small multiples, in the same groups as the headline cards. The charts mount as they
// scroll into view (see WhenVisible), so two dozen of them do not slow the first paint.
import type { KpiSeries } from '../../../shared/report-types';
import { groupByKpi } from './kpi-groups';
import { KpiTrend } from './KpiTrend';
import { useWords } from '../i18n/LocaleContext';

export function KpiTrends({ series }: { series: readonly KpiSeries[] }) {
  const { t, label } = useWords();
  return (
    <section className="report-section" aria-label={t('trends.title')}>
      <h3 className="report-section-title">{t('trends.title')}</h3>
      <p className="trend-key" aria-hidden="true">
        <span className="key key-current">{t('trends.thisYear')}</span>
        <span className="key key-prior">{t('trends.yearBefore')}</span>
        <span className="key key-target">{t('trends.target')}</span>
      </p>
      {groupByKpi(series).map(({ group, items }) => (
        <div key={group} className="kpi-group">
          <h4 className="kpi-group-title">{label('kpiGroup', group)}</h4>
          <div className="trend-grid">
            {items.map((item) => (
              <KpiTrend key={item.kpi} series={item} />
            ))}
          </div>
        </div>
      ))}
    </section>
  );
}
