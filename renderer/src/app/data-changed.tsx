// "The local data changed under you": the core's rows.changed events, for whatever shows rows (the queue, the
// detail pane, Reports) to fetch them again. An edit in another window of this console and a page pulled from
// the hub both arrive this way; a break in the event stream counts as everything changed. A burst (a snapshot's
// pages) is folded so a screen refetches at most once per FOLD_MS. An EventTarget rather than state, so a change
// re-renders nothing that does not listen.
import { createContext, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { RowsChanged } from '../../../shared/rows-events';
import { listen, onEventsResumed } from '../api';
import { EVERYTHING, mergeRowsChanged } from './rows-changed';

const EVENT = 'rows-changed';
const FOLD_MS = 300;
const DataChangedContext = createContext<EventTarget | null>(null);

class RowsChangedEvent extends Event {
  constructor(readonly change: RowsChanged) {
    super(EVENT);
  }
}

export function DataChangedProvider({ children }: { children: ReactNode }) {
  const [target] = useState(() => new EventTarget());
  useEffect(() => {
    let held: RowsChanged | null = null;
    let timer: number | undefined;
    // The first change goes at once; those within FOLD_MS after it wait and go together.
    const release = () => {
      timer = undefined;
      if (held === null) return;
      const change = held;
      held = null;
      target.dispatchEvent(new RowsChangedEvent(change));
      timer = window.setTimeout(release, FOLD_MS);
    };
    const hear = (change: RowsChanged) => {
      held = held === null ? change : mergeRowsChanged(held, change);
      if (timer === undefined) release();
    };
    const stopRows = listen('rows.changed', hear);
    const stopResumed = onEventsResumed(() => hear(EVERYTHING));
    return () => {
      stopRows();
      stopResumed();
      window.clearTimeout(timer);
    };
  }, [target]);
  return <DataChangedContext value={target}>{children}</DataChangedContext>;
}

/** Calls `listener` (its latest version) with each change to the local data. */
export function useOnRowsChanged(listener: (change: RowsChanged) => void): void {
  const target = useContext(DataChangedContext);
  if (!target) throw new Error('the rows-changed signal needs a DataChangedProvider above it');
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const hear = (event: Event) => latest.current((event as RowsChangedEvent).change);
    target.addEventListener(EVENT, hear);
    return () => target.removeEventListener(EVENT, hear);
  }, [target]);
}
