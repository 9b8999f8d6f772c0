// A running import: which file it reads or which table it writes, step of steps, and a way to stop it (at its next
// batch; what it wrote stays, and running the folder again completes it).
import type { ImportProgress } from '../../../shared/imports';
import { useWords } from '../i18n/LocaleContext';

export function ImportProgressBar({ progress, cancelling, onCancel }: { progress: ImportProgress | null; cancelling: boolean; onCancel(): void }) {
  const { t } = useWords();
  const step = progress ? progress.done + 1 : 0;
  const total = progress?.total ?? 1;
  const percent = Math.round((100 * (progress?.done ?? 0)) / total);
  const text = progress ? t('imports.progressText', { phase: progress.phase, subject: progress.subject, step, total }) : t('imports.stateValue', { state: 'running' });
  return (
    <div className="import-progress">
      <div
        className="import-progress-track"
        role="progressbar"
        aria-label={t('imports.progressLabel')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <div className="import-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="import-progress-text" aria-live="polite">
        {text}
      </span>
      <button type="button" className="button button-small" disabled={cancelling} onClick={onCancel}>
        {cancelling ? t('imports.cancelling') : t('imports.cancel')}
      </button>
    </div>
  );
}
