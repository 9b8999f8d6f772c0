// The console's sync status for the whole window: read once, then kept current by the core's
// sync.statusChanged events (read again after a break in the event stream), and replaced at once by the status
// each sync.* call answers with. One holder, so the header badge and the Conflicts screen never disagree.
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { SyncStatus } from '../../../shared/sync';
import { api, listen, onEventsResumed } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';

export interface SyncStatusValue {
  /** Null until the first answer. */
  status: SyncStatus | null;
  /** Why the last sync.status call failed; null once one succeeds. */
  failure: string | null;
  /** Asks for the status now, e.g. after settling a conflict, rather than waiting for its event. */
  refresh(): void;
  /** Shows the status a sync.* call answers with; rejects with the call's error for the caller to show. */
  track(call: Promise<SyncStatus>): Promise<SyncStatus>;
}

const SyncStatusContext = createContext<SyncStatusValue | null>(null);

export function SyncStatusProvider({ children }: { children: ReactNode }) {
  const words = useWords();
  const [shown, setShown] = useState<{ status: SyncStatus | null; failure: string | null }>({ status: null, failure: null });
  // Answers overlap (a read in flight while an event or "Sync now" answers): tickets keep an older answer from
  // overwriting a newer one.
  const tickets = useRef({ issued: 0, shown: 0 });
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
      // A call may answer what the last event said: nothing to draw.
      const json = JSON.stringify(status);
      if (json === lastJson.current) return;
      lastJson.current = json;
      setShown({ status, failure: null });
    },
    [],
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
    // Listening first, so a change between the read and the subscription is not missed.
    const stopEvents = listen('sync.statusChanged', (status) => show(++tickets.current.issued, { status }));
    const stopResumed = onEventsResumed(() => void fetchStatus());
    void fetchStatus();
    return () => {
      stopEvents();
      stopResumed();
    };
  }, [fetchStatus, show]);

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
