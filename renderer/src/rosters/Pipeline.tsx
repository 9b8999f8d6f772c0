// The pipeline: KOLs per status under the other filters; a status narrows the grid to it.
import { KOL_STATUSES, type KolStatus } from '../../../shared/rosters';
import { useWords } from '../i18n/LocaleContext';

interface PipelineProps {
  counts: Record<KolStatus, number> | null;
  chosen: KolStatus | null;
  onChoose(status: KolStatus | null): void;
}

export function Pipeline({ counts, chosen, onChoose }: PipelineProps) {
  const { t, label, number } = useWords();
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  return (
    <nav className="sidebar rosters-pipeline" aria-label={t('rosters.pipeline')}>
      <h2 className="nav-heading">{t('rosters.pipeline')}</h2>
      <ul className="nav-list">
        <li>
          <button type="button" className="nav-item" aria-pressed={chosen === null} onClick={() => onChoose(null)}>
            <span className="nav-label">{t('rosters.allStatuses')}</span>
            <span className="nav-hint">{total === null ? '' : number(total)}</span>
          </button>
        </li>
        {KOL_STATUSES.map((status) => (
          <li key={status}>
            <button type="button" className="nav-item" aria-pressed={chosen === status} onClick={() => onChoose(chosen === status ? null : status)}>
              <span className="nav-label">{label('kolStatus', status)}</span>
              <span className="nav-hint">{counts ? number(counts[status]) : ''}</span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
