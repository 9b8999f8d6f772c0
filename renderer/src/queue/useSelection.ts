// What the bulk actions act on. Kept in React state, not in AG Grid's row selection, because the
// infinite row model drops rows that scroll out of its cache, and "all matching" may cover rows never
// loaded at all.
import { useCallback, useMemo, useState } from 'react';
import type { BulkTarget, QueueFilter } from '../../../shared/queue';

export type Selection =
  | { mode: 'ids'; ids: ReadonlySet<number> }
  | { mode: 'all'; filter: QueueFilter; exceptIds: ReadonlySet<number> };

export interface SelectionApi {
  selection: Selection;
  isSelected(id: number): boolean;
  toggle(id: number): void;
  selectAllMatching(filter: QueueFilter): void;
  clear(): void;
  /** How many items an action would touch, given the view's current count. */
  size(matchingCount: number | null): number;
  /** Explicitly chosen ids in the order they were chosen (empty in "all matching" mode). */
  explicitIds: number[];
  target(): BulkTarget | null;
}

const NONE: Selection = { mode: 'ids', ids: new Set() };

function toggled(set: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

export function useSelection(): SelectionApi {
  const [selection, setSelection] = useState<Selection>(NONE);

  const toggle = useCallback(
    (id: number) =>
      setSelection((current) =>
        current.mode === 'ids'
          ? { mode: 'ids', ids: toggled(current.ids, id) }
          : { ...current, exceptIds: toggled(current.exceptIds, id) },
      ),
    [],
  );
  const selectAllMatching = useCallback(
    (filter: QueueFilter) => setSelection({ mode: 'all', filter, exceptIds: new Set() }),
    [],
  );
  const clear = useCallback(() => setSelection(NONE), []);

  return useMemo<SelectionApi>(() => {
    const isSelected = (id: number) =>
      selection.mode === 'ids' ? selection.ids.has(id) : !selection.exceptIds.has(id);
    return {
      selection,
      isSelected,
      toggle,
      selectAllMatching,
      clear,
      size: (matchingCount) =>
        selection.mode === 'ids'
          ? selection.ids.size
          : Math.max(0, (matchingCount ?? 0) - selection.exceptIds.size),
      explicitIds: selection.mode === 'ids' ? [...selection.ids] : [],
      target: () => {
        if (selection.mode === 'all') return { filter: selection.filter, exceptIds: [...selection.exceptIds] };
        return selection.ids.size > 0 ? { ids: [...selection.ids] } : null;
      },
    };
  }, [selection, toggle, selectAllMatching, clear]);
}
