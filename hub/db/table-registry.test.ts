// The table registry (shared/table-registry.ts) against the hub's migrated PostgreSQL schema: each declared table
// has the registry's columns (plus `seq`, the region of rows scoped by feedback, and the hub-only columns the
// registry names), with matching types, nullability and key, so what the hub sends is what consoles check.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES, type ColumnType } from '../../shared/table-registry';
import { createTestDatabase, type TestDatabase } from '../test-support/postgres';
import { createPool, type Pool } from './pool';

const PG_TYPES: Record<string, ColumnType> = { bigint: 'int', integer: 'int', 'double precision': 'real', text: 'text' };

interface ColumnInfo {
  table_name: string;
  column_name: string;
  data_type: string;
  is_nullable: 'YES' | 'NO';
}

let database: TestDatabase;
let pool: Pool;
let columns: ColumnInfo[];
let keys: Map<string, string[]>;

beforeAll(async () => {
  database = await createTestDatabase('table_registry');
  pool = createPool(database.url, 1);
  ({ rows: columns } = await pool.query<ColumnInfo>(
    `SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns WHERE table_schema = 'public'`,
  ));
  const { rows } = await pool.query<{ table_name: string; columns: string[] }>(
    `SELECT c.conrelid::regclass::text AS table_name, array_agg(a.attname::text ORDER BY k.ord) AS columns
       FROM pg_constraint c
       CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
       JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
      WHERE c.contype = 'p' AND c.connamespace = 'public'::regnamespace
      GROUP BY c.conrelid`,
  );
  keys = new Map(rows.map((row) => [row.table_name, row.columns]));
});

afterAll(async () => {
  await pool?.end();
  await database?.drop();
});

describe('the table registry against the hub schema', () => {
  it.each(TABLES.map((t) => [t.name, t] as const))('%s has the columns, types, nullability and key of the registry', (name, table) => {
    const hub = columns.filter((c) => c.table_name === name);
    const extra = ['seq', ...(table.scope === 'feedback' ? ['region'] : []), ...(table.hubOnly ?? [])];
    expect(hub.map((c) => c.column_name).sort(), `${name} columns`).toEqual([...table.columns.map((c) => c.name), ...extra].sort());
    for (const column of table.columns) {
      const info = hub.find((c) => c.column_name === column.name) as ColumnInfo;
      expect(PG_TYPES[info.data_type], `${name}.${column.name} type`).toBe(column.type);
      expect(info.is_nullable === 'NO', `${name}.${column.name} NOT NULL`).toBe(!column.nullable);
    }
    expect(keys.get(name), `${name} primary key`).toEqual([...table.key]);
  });
});
