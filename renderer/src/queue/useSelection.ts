// What the bulk actions act on. Kept in React state, not in AG Grid's row selection, because the
// infinite row model drops rows that scroll out of its cache, and "all matching" may cover rows never
// loaded at all.
import { useCallback, useMemo, useState } from 'react';
import type { RegionCode } from '../../../shared/domain';
import type { BulkTarget, QueueFilter } from '../../../shared/queue';

/** A row as the selection keeps it: its region says who may be given it. */
export interface SelectedRow {
  id: number;
  region: RegionCode;
}

export type Selection =
  | { mode: 'ids'; ids: ReadonlyMap<number, RegionCode> }
  | { mode: 'all'; filter: QueueFilter; exceptIds: ReadonlySet<number> };

export interface SelectionApi {
  selection: Selection;
  isSelected(id: number): boolean;
  toggle(row: SelectedRow): void;
  selectAllMatching(filter: QueueFilter): void;
  clear(): void;
  /** How many items an action would touch, given the view's current count. */
  size(matchingCount: number | null): number;
  /** Explicitly chosen ids in the order they were chosen (empty in "all matching" mode). */
  explicitIds: number[];
  target(): BulkTarget | null;
  /** The regions the selected items may be in: those of the rows ticked, or in "all matching" mode those the
   * filter names (else every region granted, as the core has not said which the view spans). */
  regions(granted: readonly RegionCode[]): RegionCode[];
}

const NONE: Selection = { mode: 'ids', ids: new Map() };

function toggled(set: ReadonlySet<number>, id: number): Set<number> {
  const next = new Set(set);
  if (!next.delete(id)) next.add(id);
  return next;
}

function toggledRow(rows: ReadonlyMap<number, RegionCode>, row: SelectedRow): Map<number, RegionCode> {
  const next = new Map(rows);
  if (!next.delete(row.id)) next.set(row.id, row.region);
  return next;
}

export function useSelection(): SelectionApi {
  const [selection, setSelection] = useState<Selection>(NONE);

  const toggle = useCallback(
    (row: SelectedRow) =>
      setSelection((current) =>
        current.mode === 'ids'
          ? { mode: 'ids', ids: toggledRow(current.ids, row) }
          : { ...current, exceptIds: toggled(current.exceptIds, row.id) },
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
      explicitIds: selection.mode === 'ids' ? [...selection.ids.keys()] : [],
      target: () => {
        if (selection.mode === 'all') return { filter: selection.filter, exceptIds: [...selection.exceptIds] };
        return selection.ids.size > 0 ? { ids: [...selection.ids.keys()] } : null;
      },
      regions: (granted) =>
        selection.mode === 'ids' ? [...new Set(selection.ids.values())] : (selection.filter.regions ?? [...granted]),
    };
  }, [selection, toggle, selectAllMatching, clear]);
}
