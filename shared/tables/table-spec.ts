// What the registry says of a table: its columns (with the checks a pulled row must pass), its key, how its rows
// are scoped to a person, and what the demo data set and the checksums do with it. One shape for every domain's
// tables (shared/tables/*-tables.ts), gathered in shared/table-registry.ts.

export type ColumnType = 'int' | 'real' | 'text';

export interface ColumnSpec {
  name: string;
  type: ColumnType;
  nullable?: boolean;
  /** The only values allowed, for enumerated text. */
  values?: readonly string[];
  /** Longest text accepted. */
  max?: number;
  /** Smallest and largest number accepted. */
  range?: readonly [number, number];
}

/**
 * How a table's rows are scoped to a person: `region` rows carry their region, `feedback` rows hang off a
 * feedback item (the hub keeps the item's region beside them), `directory` rows go to every console.
 */
export type TableScope = 'region' | 'feedback' | 'directory';

export interface TableSpec {
  name: string;
  /** In the order the hub sends a row's values. */
  columns: readonly ColumnSpec[];
  key: readonly string[];
  scope: TableScope;
  /** For `feedback` scope: the column naming the feedback item. */
  feedbackColumn?: string;
  /** Whether the demo data set (main/seed) fills it; a table whose rows only come from use (merges) is not. */
  demo: boolean;
  /**
   * What a region's checksum takes from it (hub/PROTOCOL.md, "Checksums"): its row count, or the count and a
   * hash of each row's id and version. Left out, the table is not in the checksum.
   */
  checksum?: 'count' | 'versions';
  /** Columns the hub keeps beside these, besides `seq` (and `region` in `feedback` scope): never sent. */
  hubOnly?: readonly string[];
}

/** A table only the console has: never synced, never seeded, with the reason it stays local. */
export interface LocalTable {
  name: string;
  why: string;
}

export const int = (name: string, nullable = false): ColumnSpec => ({ name, type: 'int', nullable });
export const real = (name: string): ColumnSpec => ({ name, type: 'real' });
export const text = (name: string, max = 200, nullable = false): ColumnSpec => ({ name, type: 'text', max, nullable });
export const oneOf = (name: string, values: readonly string[], nullable = false): ColumnSpec => ({ name, type: 'text', values, nullable });
/** A local date, 'YYYY-MM-DD': the console's own check refuses any other shape. */
export const day = (): ColumnSpec => text('day', 10);
/** A count of a day's visitors or steps: far above any region's day, far below overflow. */
export const count = (name: string): ColumnSpec => ({ ...int(name), range: [0, 1_000_000_000] });
