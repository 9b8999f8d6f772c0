// The review's shape in grey while it loads, so the page does not jump when the numbers arrive.
import { useWords } from '../i18n/LocaleContext';

export function ReportSkeleton() {
  const { t } = useWords();
  return (
    <div className="report-skeleton" aria-busy="true">
      <p className="visually-hidden">{t('reports.loading')}</p>
      <div className="kpi-cards">
        {Array.from({ length: 10 }, (_, index) => (
          <div key={index} className="skeleton-block skeleton-card" />
        ))}
      </div>
      <div className="report-grid">
        {Array.from({ length: 4 }, (_, index) => (
          <div key={index} className="skeleton-block skeleton-chart" />
        ))}
      </div>
    </div>
  );
}
