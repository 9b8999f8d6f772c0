// The person's queue columns (which show, in what order, how wide), kept on this machine and applied whenever
// the grid is made, so a resized or hidden column stays so after a reload. Sorting is the view's, not kept here.
import type { ApplyColumnStateParams, ColumnState } from 'ag-grid-community';
import { machineStorage } from '../ui/machine-storage';

const STORAGE_KEY = 'ops.queue.columns';

interface StoredColumn {
  colId: string;
  hide: boolean;
  width?: number;
  flex?: number;
}

function isStoredColumn(value: unknown): value is StoredColumn {
  if (typeof value !== 'object' || value === null) return false;
  const column = value as Record<string, unknown>;
  return typeof column.colId === 'string' && typeof column.hide === 'boolean';
}

export function storeColumnLayout(columns: readonly ColumnState[]): void {
  const stored: StoredColumn[] = columns.map((column) => ({
    colId: column.colId,
    hide: column.hide ?? false,
    // A flexible column takes what the others leave: keep its flex, not the width it happened to get.
    ...(column.flex ? { flex: column.flex } : column.width ? { width: Math.round(column.width) } : {}),
  }));
  machineStorage()?.setItem(STORAGE_KEY, JSON.stringify(stored));
}

/** The stored layout, or null when there is none (or it is unreadable: then the defaults apply). */
export function storedColumnLayout(): ApplyColumnStateParams | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(machineStorage()?.getItem(STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (!Array.isArray(parsed) || !parsed.every(isStoredColumn)) return null;
  // Columns added since the layout was stored keep their defaults (applyOrder leaves them at the end).
  return { state: parsed, applyOrder: true };
}
