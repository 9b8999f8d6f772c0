// Fields changed both here and on another console before they synced. The person keeps one value per
// row; the other is dropped. Conflicts are few, so a plain table serves.
import { useEffect, useId, useRef, useState } from 'react';
import type { SyncConflict } from '../../../shared/sync';
import { api } from '../api';
import { useSession } from '../session/SessionContext';
import { useToast } from '../ui/Toast';
import { useNow } from '../ui/useNow';
import { CONFLICT_FIELD_LABELS, conflictValueText, keepButtonName } from './conflict-words';
import { relativeTime } from './sync-words';
import { useConflicts } from './useConflicts';
import { useSyncStatus } from './SyncStatusContext';

const fullTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

export function ConflictsScreen() {
  const { session } = useSession();
  const sync = useSyncStatus();
  const toast = useToast();
  const now = useNow();
  const { list, reload } = useConflicts();
  const [busyId, setBusyId] = useState<number | null>(null);
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const table = useRef<HTMLTableElement>(null);
  // The row settled disappears: keyboard focus goes on to the row now in its place (or the heading).
  const focusRowAfter = useRef<number | null>(null);
  const people = [session.person, ...session.people];

  useEffect(() => {
    const index = focusRowAfter.current;
    if (index === null || list.status === 'loading') return;
    focusRowAfter.current = null;
    const rows = table.current?.tBodies[0]?.rows;
    const row = rows?.[Math.min(index, rows.length - 1)];
    (row?.querySelector('button') ?? heading.current)?.focus();
  }, [list]);

  const resolve = async (conflict: SyncConflict, index: number, keep: 'local' | 'hub') => {
    setBusyId(conflict.id);
    const field = CONFLICT_FIELD_LABELS[conflict.field].toLowerCase();
    try {
      await api('sync.resolveConflict', { id: conflict.id, keep });
      toast.info(`Kept ${keep === 'local' ? 'your' : 'the hub’s'} ${field} for feedback #${conflict.feedbackId}`);
    } catch (failure) {
      toast.error(failure);
    } finally {
      setBusyId(null);
      focusRowAfter.current = index;
      reload();
      sync.refresh();
    }
  };

  return (
    <main className="screen-page" aria-labelledby={headingId}>
      <div className="screen-head">
        <h2 id={headingId} ref={heading} tabIndex={-1} className="screen-title">
          Conflicts
        </h2>
        <p className="screen-text">
          Each row is a field changed on this console and on another before the two synced. Keep one value; the
          other is dropped.
        </p>
      </div>

      {list.status === 'loading' && <p className="screen-message">Loading conflicts…</p>}
      {list.status === 'failed' && (
        <div className="screen-message">
          <p role="alert">{list.message}</p>
          <button type="button" className="button" onClick={reload}>
            Try again
          </button>
        </div>
      )}
      {list.status === 'ready' && list.conflicts.length === 0 && (
        <p className="screen-message">No conflicts. Edits made on this console and on others agree.</p>
      )}
      {list.status === 'ready' && list.conflicts.length > 0 && (
        <table ref={table} className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">Feedback</th>
              <th scope="col">Field</th>
              <th scope="col">Before</th>
              <th scope="col">Your value</th>
              <th scope="col">Hub value</th>
              <th scope="col">When</th>
              <th scope="col">Keep</th>
            </tr>
          </thead>
          <tbody>
            {list.conflicts.map((conflict, index) => (
              <tr key={conflict.id}>
                <td className="mono">#{conflict.feedbackId}</td>
                <td>{CONFLICT_FIELD_LABELS[conflict.field]}</td>
                <td className="muted">{conflictValueText(conflict.field, conflict.baseValue, people)}</td>
                <td className="conflict-value">{conflictValueText(conflict.field, conflict.localValue, people)}</td>
                <td className="conflict-value">{conflictValueText(conflict.field, conflict.hubValue, people)}</td>
                <td>
                  <time dateTime={new Date(conflict.at).toISOString()} title={fullTime.format(conflict.at)}>
                    {relativeTime(conflict.at, now)}
                  </time>
                </td>
                <td className="conflict-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={keepButtonName('local', conflict)}
                    disabled={busyId === conflict.id}
                    onClick={() => void resolve(conflict, index, 'local')}
                  >
                    Keep mine
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={keepButtonName('hub', conflict)}
                    disabled={busyId === conflict.id}
                    onClick={() => void resolve(conflict, index, 'hub')}
                  >
                    Keep hub's
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
