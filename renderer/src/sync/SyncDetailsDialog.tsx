// The "Sync" dialog while signed in: where sync stands, what went wrong lately, and the two things a
// person can do about it (sync now, sign out).
import { useState } from 'react';
import type { SyncStatus } from '../../../shared/sync';
import { api } from '../api';
import { useScreen } from '../app/ScreenContext';
import { Facts, type Fact } from '../detail/Facts';
import { localFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';
import { Dialog } from '../ui/Dialog';
import { failureText } from '../ui/failure-text';
import { useNow } from '../ui/useNow';
import { SyncProblems } from './SyncProblems';
import { useSyncStatus } from './SyncStatusContext';
import { progressText, relativeTime } from './sync-words';

export function SyncDetailsDialog({ onClose }: { onClose(): void }) {
  const sync = useSyncStatus();
  const { go } = useScreen();
  const now = useNow();
  const words = useWords();
  const { t, label } = words;
  const local = localFormat(words.locale);
  const { status, failure } = sync;
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [confirmingSignOut, setConfirmingSignOut] = useState(false);

  const run = (call: Promise<SyncStatus>, then?: () => void) => {
    setBusy(true);
    setProblem(null);
    sync.track(call).then(
      () => {
        setBusy(false);
        then?.();
      },
      (rejection: unknown) => {
        setBusy(false);
        setProblem(failureText(rejection, words));
      },
    );
  };

  const facts = (shown: SyncStatus): Fact[] => [
    [t('syncDialog.state'), label('sync.state', shown.state)],
    [t('syncDialog.problem'), shown.reason],
    [t('syncDialog.hub'), shown.hubUrl && <span className="mono">{shown.hubUrl}</span>],
    [
      t('syncDialog.lastSynced'),
      shown.lastSyncedAt === null
        ? t('syncDialog.notYet')
        : t('syncDialog.lastSyncedValue', { relative: relativeTime(shown.lastSyncedAt, now, words), when: local.dateTime(shown.lastSyncedAt) }),
    ],
    [t('syncDialog.nextTry'), shown.nextAttemptAt === null ? null : t('syncDialog.nextTryValue', { time: local.time(shown.nextAttemptAt) })],
    [t('syncDialog.initialSync'), shown.initialSync && progressText(shown.initialSync, words)],
    [
      t('syncDialog.editsWaiting'),
      shown.editsWaiting === 0 ? t('common.none') : t('syncDialog.editsWaitingValue', { count: shown.editsWaiting }),
    ],
    [
      t('syncDialog.conflicts'),
      shown.conflicts === 0 ? (
        t('common.none')
      ) : (
        <span className="sync-inline">
          {t('sync.conflictCount', { count: shown.conflicts })}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              go('conflicts');
              onClose();
            }}
          >
            {t('syncDialog.review')}
          </button>
        </span>
      ),
    ],
    [t('syncDialog.dataCheck'), label('sync.checksum', shown.checksum)],
  ];

  return (
    <Dialog label={t('syncDialog.title')} onClose={onClose} className="sync-dialog">
      <div className="dialog-body">
        <h2 className="dialog-title">{t('syncDialog.title')}</h2>
        {failure !== null && <p className="form-problem">{t('syncDialog.cannotRead', { failure })}</p>}
        {status === null ? (
          failure === null && <p className="dialog-hint">{t('syncDialog.checking')}</p>
        ) : (
          <>
            <Facts facts={facts(status)} />
            {status.tokenSessionOnly && <p className="dialog-hint sync-token-session">{t('syncDialog.tokenSessionOnly')}</p>}
            <SyncProblems problems={status.problems} now={now} />
          </>
        )}
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        {confirmingSignOut && status !== null ? (
          <div className="sync-confirm">
            <p>
              <strong>{t('syncDialog.signOutQuestion', { hub: status.hubUrl ?? t('syncDialog.theHub') })}</strong>{' '}
              {t('syncDialog.signOutText')}
              {status.editsWaiting > 0 && ` ${t('syncDialog.editsNotReached', { count: status.editsWaiting })}`}
            </p>
            <div className="dialog-actions">
              <button type="button" className="button" autoFocus onClick={() => setConfirmingSignOut(false)}>
                {t('common.cancel')}
              </button>
              <button
                type="button"
                className="button button-danger"
                disabled={busy}
                onClick={() => run(api('sync.signOut', {}), onClose)}
              >
                {t('syncDialog.confirmSignOut')}
              </button>
            </div>
          </div>
        ) : (
          <div className="dialog-actions">
            {status !== null && (
              <button type="button" className="button sync-sign-out" onClick={() => setConfirmingSignOut(true)}>
                {t('syncDialog.signOut')}
              </button>
            )}
            <button type="button" className="button" onClick={onClose}>
              {t('common.close')}
            </button>
            <button
              type="button"
              className="button button-primary"
              autoFocus
              disabled={busy || status === null}
              onClick={() => run(api('sync.now', {}))}
            >
              {t('syncDialog.syncNow')}
            </button>
          </div>
        )}
      </div>
    </Dialog>
  );
}
