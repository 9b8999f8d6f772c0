// "The local data changed under you": fired when a sync brings rows in or a conflict is settled, heard
// by whatever shows rows (the queue) so it fetches them again. An EventTarget rather than state, so
// firing it re-renders nothing that does not listen.
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

const EVENT = 'data-changed';
const DataChangedContext = createContext<EventTarget | null>(null);

export function DataChangedProvider({ children }: { children: ReactNode }) {
  const [target] = useState(() => new EventTarget());
  return <DataChangedContext value={target}>{children}</DataChangedContext>;
}

function useTarget(): EventTarget {
  const target = useContext(DataChangedContext);
  if (!target) throw new Error('the data-changed signal needs a DataChangedProvider above it');
  return target;
}

/** Returns the function that tells listeners the local data changed. */
export function useAnnounceDataChanged(): () => void {
  const target = useTarget();
  return useCallback(() => target.dispatchEvent(new Event(EVENT)), [target]);
}

/** Calls `listener` (its latest version) each time the local data changes. */
export function useOnDataChanged(listener: () => void): void {
  const target = useTarget();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const hear = () => latest.current();
    target.addEventListener(EVENT, hear);
    return () => target.removeEventListener(EVENT, hear);
  }, [target]);
}
