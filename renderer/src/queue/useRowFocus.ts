// The row the keyboard and the detail pane follow. Held in a ref as well as in state because key
// repeat fires faster than React re-renders: each j or k must start from where the last one ended.
import { useCallback, useRef, useState } from 'react';

export interface RowFocus {
  index: number;
  /** Null while the row's block is still loading. */
  id: number | null;
}

export interface RowFocusApi {
  focus: RowFocus | null;
  current(): RowFocus | null;
  set(focus: RowFocus | null): void;
}

export function useRowFocus(): RowFocusApi {
  const [focus, setFocus] = useState<RowFocus | null>(null);
  const latest = useRef<RowFocus | null>(null);
  const set = useCallback((next: RowFocus | null) => {
    latest.current = next;
    setFocus(next);
  }, []);
  const current = useCallback(() => latest.current, []);
  return { focus, current, set };
}
