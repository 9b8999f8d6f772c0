// Fields changed both here and on another console before they synced. The person keeps one value per
// row; the other is dropped. Conflicts are few, so a plain table serves.
import { useEffect, useId, useRef, useState } from 'react';
import type { SyncConflict } from '../../../shared/sync';
import { api } from '../api';
import { localFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { LoadFailure } from '../ui/LoadFailure';
import { useToast } from '../ui/Toast';
import { useNow } from '../ui/useNow';
import { conflictSubject, conflictValueText, keepButtonName, keptText } from './conflict-words';
import { relativeTime } from './sync-words';
import { useConflicts } from './useConflicts';
import { useSyncStatus } from './SyncStatusContext';

export function ConflictsScreen() {
  const { session } = useSession();
  const sync = useSyncStatus();
  const toast = useToast();
  const now = useNow();
  const words = useWords();
  const { t } = words;
  const local = localFormat(words.locale);
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
    try {
      await api('sync.resolveConflict', { id: conflict.id, keep });
      toast.info(keptText(keep, conflict, words));
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
          {t('conflicts.title')}
        </h2>
        <p className="screen-text">{t('conflicts.text')}</p>
      </div>

      {list.status === 'loading' && <p className="screen-message">{t('conflicts.loading')}</p>}
      {list.status === 'failed' && <LoadFailure failure={list.failure} onRetry={reload} />}
      {list.status === 'ready' && list.conflicts.length === 0 && <p className="screen-message">{t('conflicts.none')}</p>}
      {list.status === 'ready' && list.conflicts.length > 0 && (
        <table ref={table} className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('conflicts.feedback')}</th>
              <th scope="col">{t('conflicts.field')}</th>
              <th scope="col">{t('conflicts.before')}</th>
              <th scope="col">{t('conflicts.yours')}</th>
              <th scope="col">{t('conflicts.hubs')}</th>
              <th scope="col">{t('conflicts.when')}</th>
              <th scope="col">{t('conflicts.keep')}</th>
            </tr>
          </thead>
          <tbody>
            {list.conflicts.map((conflict, index) => (
              <tr key={conflict.id}>
                <td className="mono">{conflictSubject(conflict, words).subject}</td>
                <td>{conflictSubject(conflict, words).field}</td>
                <td className="muted">{conflictValueText(conflict, conflict.baseValue, people, words)}</td>
                <td className="conflict-value">{conflictValueText(conflict, conflict.localValue, people, words)}</td>
                <td className="conflict-value">{conflictValueText(conflict, conflict.hubValue, people, words)}</td>
                <td>
                  <time dateTime={new Date(conflict.at).toISOString()} title={local.dateTime(conflict.at)}>
                    {relativeTime(conflict.at, now, words)}
                  </time>
                </td>
                <td className="conflict-actions">
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={keepButtonName('local', conflict, words)}
                    disabled={busyId === conflict.id}
                    onClick={() => void resolve(conflict, index, 'local')}
                  >
                    {t('conflicts.keepMine')}
                  </button>
                  <button
                    type="button"
                    className="button button-small"
                    aria-label={keepButtonName('hub', conflict, words)}
                    disabled={busyId === conflict.id}
                    onClick={() => void resolve(conflict, index, 'hub')}
                  >
                    {t('conflicts.keepHub')}
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
