// The KPIs that moved more than two standard deviations from their trailing 8 weeks: what to explain first.
import type { KpiFlag } from '../../../shared/report-types';
import { flagText, formatKpi, toneOf } from './kpi-format';
import { useWords } from '../i18n/LocaleContext';

export function FlaggedChanges({ flags }: { flags: readonly KpiFlag[] }) {
  const words = useWords();
  const { t, label } = words;
  return (
    <section className="report-section" aria-label={t('flags.title')}>
      <h3 className="report-section-title">{t('flags.title')}</h3>
      {flags.length === 0 ? (
        <p className="muted">{t('flags.none')}</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag) => {
            const tone = toneOf(flag.kpi, flag.direction === 'up' ? 1 : -1);
            return (
              <li key={flag.kpi} className={`flag-item flag-${tone}`}>
                <span className="flag-kpi">{label('kpi', flag.kpi)}</span>
                <span className="flag-value">{formatKpi(flag.kpi, flag.value, words)}</span>
                <span className="flag-text">
                  {t('flags.line', { text: flagText(flag, words), mean: formatKpi(flag.kpi, flag.mean, words), tone })}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
