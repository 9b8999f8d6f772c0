// The first sync (or a fresh start) copies every row of the person's regions: show how far it is.
import type { InitialSyncProgress } from '../../../shared/sync';
import { useWords } from '../i18n/LocaleContext';
import { progressPercent, progressText } from './sync-words';

export function InitialSyncBar({ progress }: { progress: InitialSyncProgress }) {
  const words = useWords();
  const percent = progressPercent(progress);
  const text = progressText(progress, words);
  return (
    <div className="sync-progress" title={text}>
      <div
        className="sync-progress-track"
        role="progressbar"
        aria-label={words.t('sync.initialSync')}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={words.t('sync.percentText', { percent, text })}
      >
        <div className="sync-progress-fill" style={{ width: `${percent}%` }} />
      </div>
      <span className="sync-progress-text">{text}</span>
    </div>
  );
}
