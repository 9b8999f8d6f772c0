// Between a saved view's state and the grid's column state.
import type { ApplyColumnStateParams, ColumnState } from 'ag-grid-community';
import type { SavedView, SavedViewState } from '../../../shared/views-calls';
import type { QueueFilter } from '../../../shared/queue';
import { toQueueSort } from './sort-model';

/** The widths the core accepts for a saved column. */
const MIN_WIDTH = 20;
const MAX_WIDTH = 2000;

export function viewStateFromGrid(filter: QueueFilter, columns: readonly ColumnState[]): SavedViewState {
  const sorted = columns
    .filter((column) => column.sort === 'asc' || column.sort === 'desc')
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .map((column) => ({ colId: column.colId, sort: column.sort === 'desc' ? ('desc' as const) : ('asc' as const) }));
  return {
    filter,
    sort: toQueueSort(sorted),
    columns: columns.map((column) => ({
      colId: column.colId,
      hide: column.hide ?? undefined,
      width: column.width ? Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(column.width))) : undefined,
    })),
  };
}

export function columnStateForView(state: SavedView['state']): ApplyColumnStateParams {
  const listed = new Map(state.columns.map((column) => [column.colId, column]));
  const sortIndex = new Map<string, number>(state.sort.map((item, index) => [item.colId, index]));
  // A view may sort by a column it has no layout for (saved with default columns): include it too.
  const colIds = [...listed.keys(), ...state.sort.map((item) => item.colId).filter((colId) => !listed.has(colId))];
  return {
    state: colIds.map((colId) => {
      const column = listed.get(colId);
      const index = sortIndex.get(colId);
      return {
        colId,
        hide: column?.hide ?? false,
        ...(column?.width ? { width: column.width } : {}),
        sort: index === undefined ? null : (state.sort[index]?.sort ?? null),
        sortIndex: index ?? null,
      };
    }),
    applyOrder: listed.size > 0,
    // Columns the view does not list (added since it was saved) are shown and unsorted.
    defaultState: { sort: null, hide: false },
  };
}
