// The "Sync" dialog while signed in: where sync stands, what went wrong lately, and the two things a
// person can do about it (sync now, sign out).
import { useState } from 'react';
import type { SyncStatus } from '../../../shared/sync';
import { ApiError, api } from '../api';
import { useScreen } from '../app/ScreenContext';
import { Facts, type Fact } from '../detail/Facts';
import { Dialog } from '../ui/Dialog';
import { useNow } from '../ui/useNow';
import { SyncProblems } from './SyncProblems';
import { useSyncStatus } from './SyncStatusContext';
import { CHECKSUM_WORDS, STATE_WORDS, countOf, progressText, relativeTime } from './sync-words';

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });
const time = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });

export function SyncDetailsDialog({ onClose }: { onClose(): void }) {
  const sync = useSyncStatus();
  const { go } = useScreen();
  const now = useNow();
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
        setProblem(rejection instanceof ApiError ? rejection.message : String(rejection));
      },
    );
  };

  const facts = (shown: SyncStatus): Fact[] => [
    ['State', STATE_WORDS[shown.state]],
    ['Problem', shown.reason],
    ['Hub', shown.hubUrl && <span className="mono">{shown.hubUrl}</span>],
    [
      'Last synced',
      shown.lastSyncedAt === null ? 'Not yet' : `${relativeTime(shown.lastSyncedAt, now)} (${dateTime.format(shown.lastSyncedAt)})`,
    ],
    ['Next try', shown.nextAttemptAt === null ? null : `at ${time.format(shown.nextAttemptAt)}`],
    ['Initial sync', shown.initialSync && progressText(shown.initialSync)],
    ['Edits waiting', shown.editsWaiting === 0 ? 'None' : `${countOf(shown.editsWaiting, 'edit', 'edits')} not yet answered by the hub`],
    [
      'Conflicts',
      shown.conflicts === 0 ? (
        'None'
      ) : (
        <span className="sync-inline">
          {countOf(shown.conflicts, 'conflict', 'conflicts')}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              go('conflicts');
              onClose();
            }}
          >
            Review conflicts
          </button>
        </span>
      ),
    ],
    ['Data check', CHECKSUM_WORDS[shown.checksum]],
  ];

  return (
    <Dialog label="Sync" onClose={onClose} className="sync-dialog">
      <div className="dialog-body">
        <h2 className="dialog-title">Sync</h2>
        {failure !== null && <p className="form-problem">The console cannot read its sync status: {failure}</p>}
        {status === null ? (
          failure === null && <p className="dialog-hint">Checking…</p>
        ) : (
          <>
            <Facts facts={facts(status)} />
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
              <strong>Sign out of {status.hubUrl ?? 'the hub'}?</strong> The console stops syncing and keeps working
              offline on its local data.
              {status.editsWaiting > 0 &&
                ` ${countOf(status.editsWaiting, 'edit has', 'edits have')} not reached the hub yet.`}
            </p>
            <div className="dialog-actions">
              <button type="button" className="button" autoFocus onClick={() => setConfirmingSignOut(false)}>
                Cancel
              </button>
              <button
                type="button"
                className="button button-danger"
                disabled={busy}
                onClick={() => run(api('sync.signOut', {}), onClose)}
              >
                Yes, sign out
              </button>
            </div>
          </div>
        ) : (
          <div className="dialog-actions">
            {status !== null && (
              <button type="button" className="button sync-sign-out" onClick={() => setConfirmingSignOut(true)}>
                Sign out
              </button>
            )}
            <button type="button" className="button" onClick={onClose}>
              Close
            </button>
            <button
              type="button"
              className="button button-primary"
              autoFocus
              disabled={busy || status === null}
              onClick={() => run(api('sync.now', {}))}
            >
              Sync now
            </button>
          </div>
        )}
      </div>
    </Dialog>
  );
}
