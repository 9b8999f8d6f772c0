// Between a saved view's state and the grid's column state.
import type { ApplyColumnStateParams, ColumnState } from 'ag-grid-community';
import type { SavedView, SavedViewState } from '../../../shared/contract';
import { SORTABLE_COLUMNS, type QueueFilter, type SortableColumn } from '../../../shared/queue';

const MAX_SORT_COLUMNS = 3;
const MIN_WIDTH = 20;
const MAX_WIDTH = 2000;

function isSortable(colId: string): colId is SortableColumn {
  return (SORTABLE_COLUMNS as readonly string[]).includes(colId);
}

export function viewStateFromGrid(filter: QueueFilter, columns: readonly ColumnState[]): SavedViewState {
  const sort = columns
    .filter((column) => column.sort && isSortable(column.colId))
    .sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0))
    .slice(0, MAX_SORT_COLUMNS)
    .map((column) => ({ colId: column.colId as SortableColumn, sort: column.sort === 'desc' ? 'desc' : 'asc' }) as const);
  return {
    filter,
    sort,
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
