// Always in the header: how sync stands at a glance, and what waits on the person (edits not yet
// answered, conflicts to settle). Opens the Sync dialog, or sign-in when signed out.
import { useState } from 'react';
import { useScreen } from '../app/ScreenContext';
import { useWords } from '../i18n/LocaleContext';
import { useNow } from '../ui/useNow';
import { InitialSyncBar } from './InitialSyncBar';
import { SyncDialog } from './SyncDialog';
import { useSyncStatus } from './SyncStatusContext';
import { indicatorDetail, indicatorName } from './sync-words';

export function SyncIndicator() {
  const { status, failure } = useSyncStatus();
  const { go } = useScreen();
  const now = useNow();
  const words = useWords();
  const { t, label } = words;
  const [open, setOpen] = useState(false);
  const name = indicatorName(status, failure, now, words);
  const tone = failure !== null ? 'failed' : (status?.state ?? 'checking');
  const stateText = failure !== null ? t('sync.unavailable') : status ? label('sync.state', status.state) : t('sync.checking');
  const detail = failure ?? (status && indicatorDetail(status, now, words));

  return (
    <div className="sync-indicator">
      <button
        type="button"
        className="sync-button"
        aria-label={name}
        title={name}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span className={`sync-dot sync-dot-${tone}`} aria-hidden="true" />
        <span className="sync-state">{stateText}</span>
        {detail && <span className="sync-detail">{detail}</span>}
      </button>
      {status?.initialSync && <InitialSyncBar progress={status.initialSync} />}
      {status !== null && status.editsWaiting > 0 && (
        <span className="sync-badge" title={t('sync.waitingTitle')}>
          {t('sync.waitingBadge', { count: status.editsWaiting })}
        </span>
      )}
      {status !== null && status.conflicts > 0 && (
        <button type="button" className="sync-badge sync-badge-conflicts" onClick={() => go('conflicts')}>
          {t('sync.conflictCount', { count: status.conflicts })}
        </button>
      )}
      {open && <SyncDialog onClose={() => setOpen(false)} />}
    </div>
  );
}
