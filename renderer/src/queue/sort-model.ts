// The grid's sort to the core's: only the columns the core can sort by, at most three of them.
import { SORTABLE_COLUMNS, type SortableColumn } from '../../../shared/queue';

const MAX_SORT_COLUMNS = 3;

function isSortable(colId: string): colId is SortableColumn {
  return (SORTABLE_COLUMNS as readonly string[]).includes(colId);
}

export function toQueueSort(items: readonly { colId: string; sort: 'asc' | 'desc' }[]) {
  return items
    .filter((item) => isSortable(item.colId))
    .slice(0, MAX_SORT_COLUMNS)
    .map((item) => ({ colId: item.colId as SortableColumn, sort: item.sort }));
}
