// The console's sync status for the whole window: polled from the core every 2 s (a cheap local read),
// and replaced at once by the status each sync.* call answers with. One poller, so the header badge and
// the Conflicts screen never disagree.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SyncStatus } from '../../../shared/sync';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { useAnnounceDataChanged } from '../app/data-changed';
import { syncFinishedSince } from './sync-words';

const POLL_MS = 2_000;

export interface SyncStatusValue {
  /** Null until the first answer. */
  status: SyncStatus | null;
  /** Why the last sync.status call failed; null once one succeeds. */
  failure: string | null;
  /** Asks for the status now, e.g. after settling a conflict, rather than at the next poll. */
  refresh(): void;
  /** Shows the status a sync.* call answers with; rejects with the call's error for the caller to show. */
  track(call: Promise<SyncStatus>): Promise<SyncStatus>;
}

const SyncStatusContext = createContext<SyncStatusValue | null>(null);

export function SyncStatusProvider({ children }: { children: ReactNode }) {
  const announceDataChanged = useAnnounceDataChanged();
  const words = useWords();
  const [shown, setShown] = useState<{ status: SyncStatus | null; failure: string | null }>({ status: null, failure: null });
  // Calls overlap (a poll in flight while "Sync now" answers): tickets keep an older answer from
  // overwriting a newer one.
  const tickets = useRef({ issued: 0, shown: 0 });
  const lastStatus = useRef<SyncStatus | null>(null);
  const lastJson = useRef('');

  const show = useCallback(
    (ticket: number, answer: { status: SyncStatus } | { failure: string }) => {
      if (ticket <= tickets.current.shown) return;
      tickets.current.shown = ticket;
      if ('failure' in answer) {
        lastJson.current = '';
        setShown((before) => ({ ...before, failure: answer.failure }));
        return;
      }
      const { status } = answer;
      if (syncFinishedSince(lastStatus.current, status)) announceDataChanged();
      lastStatus.current = status;
      // Most polls answer what the last one did: nothing to draw.
      const json = JSON.stringify(status);
      if (json === lastJson.current) return;
      lastJson.current = json;
      setShown({ status, failure: null });
    },
    [announceDataChanged],
  );

  const track = useCallback(
    async (call: Promise<SyncStatus>) => {
      const ticket = ++tickets.current.issued;
      const status = await call;
      show(ticket, { status });
      return status;
    },
    [show],
  );

  const fetchStatus = useCallback(async () => {
    const ticket = ++tickets.current.issued;
    try {
      show(ticket, { status: await api('sync.status', {}) });
    } catch (failure) {
      show(ticket, { failure: failureText(failure, words) });
    }
  }, [show, words]);

  useEffect(() => {
    let stopped = false;
    let timer: number | undefined;
    // The next poll waits for the previous answer, so a slow core never piles calls up.
    const poll = () =>
      void fetchStatus().then(() => {
        if (!stopped) timer = window.setTimeout(poll, POLL_MS);
      });
    poll();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
    };
  }, [fetchStatus]);

  const value = useMemo<SyncStatusValue>(
    () => ({ ...shown, refresh: () => void fetchStatus(), track }),
    [shown, fetchStatus, track],
  );
  return <SyncStatusContext value={value}>{children}</SyncStatusContext>;
}

export function useSyncStatus(): SyncStatusValue {
  const value = useContext(SyncStatusContext);
  if (!value) throw new Error('useSyncStatus needs a SyncStatusProvider above it');
  return value;
}
