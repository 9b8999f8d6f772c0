// The table registry (shared/table-registry.ts) against the console's migrated schema: every table is either
// declared there or named as local-only, and each declared table has exactly the registry's columns, types,
// nullability and key. A migration that adds a table or column without the registry (or the reverse) fails here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_TABLES, TABLES, type ColumnType } from '../../shared/table-registry';
import { tempDbFile } from '../test-support/fixture-db';
import { openDatabase, type Db } from './open';
import { all } from './statement-cache';

const SQLITE_TYPES: Record<string, ColumnType> = { INTEGER: 'int', REAL: 'real', TEXT: 'text' };

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  const temp = tempDbFile();
  cleanup = temp.cleanup;
  db = openDatabase(temp.file);
});

afterAll(() => {
  db.close();
  cleanup();
});

/** Ordinary and virtual tables; FTS5's own shadow tables belong to their index and are left out. */
function schemaTables(): string[] {
  return all<{ name: string; type: string; schema: string }>(db, 'PRAGMA table_list')
    .filter((t) => t.schema === 'main' && (t.type === 'table' || t.type === 'virtual') && !t.name.startsWith('sqlite_'))
    .map((t) => t.name)
    .sort();
}

describe('the table registry against the console schema', () => {
  it('names every table of the migrated schema once: declared, or local-only with a reason', () => {
    const declared = TABLES.map((t) => t.name);
    const local = LOCAL_TABLES.map((t) => t.name);
    expect(new Set([...declared, ...local]).size, 'a table is declared twice').toBe(declared.length + local.length);
    expect([...declared, ...local].sort()).toEqual(schemaTables());
    for (const table of LOCAL_TABLES) expect(table.why.length, table.name).toBeGreaterThan(10);
  });

  it.each(TABLES.map((t) => [t.name, t] as const))('%s has the columns, types, nullability and key of the registry', (name, table) => {
    // table_info leaves out generated columns (customers.is_high_value): they are computed, never written or sent.
    const columns = all<ColumnInfo>(db, `PRAGMA table_info("${name}")`);
    const byName = new Map(columns.map((c) => [c.name, c]));
    expect(columns.map((c) => c.name).sort()).toEqual(table.columns.map((c) => c.name).sort());
    for (const column of table.columns) {
      const info = byName.get(column.name) as ColumnInfo;
      expect(SQLITE_TYPES[info.type], `${name}.${column.name} type`).toBe(column.type);
      // A WITHOUT ROWID table's key columns are NOT NULL whether or not the schema says so.
      const notNull = info.notnull === 1 || info.pk > 0;
      expect(notNull, `${name}.${column.name} NOT NULL`).toBe(!column.nullable);
    }
    const key = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk).map((c) => c.name);
    expect(key, `${name} primary key`).toEqual([...table.key]);
  });

  it('gives every table scoped by feedback the column that names its item, and every region table a region', () => {
    for (const table of TABLES) {
      const names = table.columns.map((c) => c.name);
      if (table.scope === 'feedback') expect(names, table.name).toContain(table.feedbackColumn);
      if (table.scope === 'region') expect(names, table.name).toContain('region');
      for (const key of table.key) expect(names, `${table.name} key`).toContain(key);
    }
  });
});
