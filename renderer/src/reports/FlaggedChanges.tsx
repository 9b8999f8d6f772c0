// The KPIs that moved more than two standard deviations from their trailing 8 weeks: what to explain first.
import { KPI_INFO } from '../../../shared/kpi-definitions';
import type { KpiFlag } from '../../../shared/report-types';
import { flagText, formatKpi, toneOf } from './kpi-format';

export function FlaggedChanges({ flags, locale }: { flags: readonly KpiFlag[]; locale: string }) {
  return (
    <section className="report-section" aria-label="Flagged changes">
      <h3 className="report-section-title">Flagged changes</h3>
      {flags.length === 0 ? (
        <p className="muted">No KPI is more than two standard deviations from its trailing 8 weeks.</p>
      ) : (
        <ul className="flag-list">
          {flags.map((flag) => {
            const tone = toneOf(flag.kpi, flag.direction === 'up' ? 1 : -1);
            return (
              <li key={flag.kpi} className={`flag-item flag-${tone}`}>
                <span className="flag-kpi">{KPI_INFO[flag.kpi].label}</span>
                <span className="flag-value">{formatKpi(flag.kpi, flag.value, locale)}</span>
                <span className="flag-text">
                  {flagText(flag, locale)} (mean {formatKpi(flag.kpi, flag.mean, locale)}) —{' '}
                  {tone === 'good' ? 'better than usual' : 'worse than usual'}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
