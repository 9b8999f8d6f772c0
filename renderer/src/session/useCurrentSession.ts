// Who the window is for: read from the core at start, and again whenever the sync status names another
// person, role or regions (a sign-in, grants or a role changed at the hub) or the rows it is made of change
// (the people one can assign to arrive with the first sync). It keys off the status's value, not off how the
// status reaches the window.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Session } from '../../../shared/session-calls';
import type { ActingPerson } from '../../../shared/sync';
import { api } from '../api';
import { useOnRowsChanged } from '../app/data-changed';
import { useSyncStatus } from '../sync/SyncStatusContext';

/** What a session is read from. */
const SESSION_TABLES = new Set(['people', 'people_regions', 'regions']);

export type SessionState = { status: 'loading' } | { status: 'ready'; session: Session } | { status: 'failed'; failure: unknown };

/** One string per person, role and set of regions: what the window must follow. */
function keyOf(person: ActingPerson): string {
  return `${person.id}:${person.role}:${person.regions.join(',')}`;
}

export function sessionKey(session: Session): string {
  return keyOf({ id: session.person.id, role: session.person.role, regions: session.regions.map((region) => region.code) });
}

export function useCurrentSession(): { state: SessionState; retry(): void } {
  const { status } = useSyncStatus();
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  // Reads overlap (a sign-in's status while the first read is out): only the latest one is shown.
  const latest = useRef(0);

  const read = useCallback((blank: boolean) => {
    const ticket = ++latest.current;
    if (blank) setState({ status: 'loading' });
    api('session.get', {}).then(
      (session) => ticket === latest.current && setState({ status: 'ready', session }),
      (failure: unknown) => ticket === latest.current && setState({ status: 'failed', failure }),
    );
  }, []);

  const wanted = status?.person ? keyOf(status.person) : null;
  const shown = state.status === 'ready' ? sessionKey(state.session) : null;
  useEffect(() => read(false), [read]);
  // Whenever the status names someone the window does not show (or could not read): the old session stays
  // on screen until the new one arrives.
  const settled = state.status !== 'loading';
  useEffect(() => {
    if (settled && wanted !== null && wanted !== shown) read(false);
  }, [settled, wanted, shown, read]);
  useOnRowsChanged((change) => {
    if (change.tables.some((table) => SESSION_TABLES.has(table))) read(false);
  });

  return { state, retry: () => read(true) };
}
