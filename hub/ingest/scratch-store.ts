// The hub's import runs the console's own import (main/services/imports) on a scratch SQLite store holding what the
// hub already has of the source: its directory, the source's ids and the rows they became. What the import then
// changed in the scratch store is what the hub must write.
import type { Db } from '../../main/db/open';
import { all, run, tuples } from '../../main/db/statement-cache';
import { TABLE_BY_NAME, columnNames, type TableName } from '../../shared/table-registry';
import type { Client } from '../db/pool';

/** What the hub is read through: the import's own connection, inside the one snapshot it reads (hub-import.ts). */
type Reader = Pick<Client, 'query'>;
import { rowJson } from '../table-sql';
import type { SourceKey } from './hub-write';

export const KEYED: { table: 'customers' | 'orders' | 'feedback'; entity: 'person' | 'order' | 'review' }[] = [
  { table: 'customers', entity: 'person' },
  { table: 'orders', entity: 'order' },
  { table: 'feedback', entity: 'review' },
];
const DIRECTORY: TableName[] = ['regions', 'people', 'people_regions', 'sla_policies'];
const CHUNK = 10_000;

function columnsOf(table: TableName): string[] {
  const spec = TABLE_BY_NAME.get(table);
  if (!spec) throw new Error(`${table} is not in the table registry`);
  return columnNames(spec);
}

/** The row as one JSON array in column order, written the same way whichever store it was read from. */
export const rowText = (table: TableName) => `json_array(${columnsOf(table).map((c) => `"${c}"`).join(', ')})`;

function insertRows(scratch: Db, table: TableName, rows: unknown[][]): void {
  const columns = columnsOf(table);
  const sql = `INSERT INTO ${table} (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  scratch.transaction(() => {
    for (const row of rows) run(scratch, sql, row as (string | number | null)[]);
  })();
}

async function readRows(hub: Reader, table: TableName, where: string, params: unknown[]): Promise<unknown[][]> {
  const spec = TABLE_BY_NAME.get(table);
  if (!spec) throw new Error(`${table} is not in the table registry`);
  const { rows } = await hub.query<{ row: string }>(`SELECT ${rowJson(spec)} AS row FROM ${table} WHERE ${where}`, params);
  return rows.map((r) => JSON.parse(r.row) as unknown[]);
}

/** The source ids a batch names (ingest): only their rows, and what the import reads beside them, are loaded. */
export interface BatchScope {
  person: string[];
  order: string[];
  review: string[];
}

type KeyRow = { entity: string; source_key: string; local_id: number; content: string };
type KeyedTable = (typeof KEYED)[number]['table'];

async function readByIds(hub: Reader, table: KeyedTable, ids: number[]): Promise<unknown[][]> {
  const rows: unknown[][] = [];
  for (let at = 0; at < ids.length; at += CHUNK) rows.push(...(await readRows(hub, table, 'id = ANY($1::bigint[])', [ids.slice(at, at + CHUNK)])));
  return rows;
}

/**
 * The rows a scoped import reads: the keyed rows, every order of the batch's persons (their totals are recomputed),
 * the customers of those orders, and every feedback item of those customers (the rules count their earlier complaints).
 */
async function scopedRows(hub: Reader, keys: KeyRow[]): Promise<Record<KeyedTable, unknown[][]>> {
  const idsOf = (entity: string) => keys.filter((k) => k.entity === entity).map((k) => k.local_id);
  const persons = idsOf('person');
  const orders = await readRows(hub, 'orders', 'id = ANY($1::bigint[]) OR customer_id = ANY($2::bigint[])', [idsOf('order'), persons]);
  const customerAt = columnsOf('orders').indexOf('customer_id');
  const customerIds = [...new Set([...persons, ...orders.map((row) => row[customerAt] as number)])];
  return {
    customers: await readByIds(hub, 'customers', customerIds),
    orders,
    feedback: await readRows(hub, 'feedback', 'id = ANY($1::bigint[]) OR customer_id = ANY($2::bigint[])', [idsOf('review'), customerIds]),
  };
}

/**
 * Copies into the scratch store the hub's directory, the source's keys and the rows they name (or, for a batch, only
 * what its scope needs), and notes each row as loaded (`loaded_<table>`), to tell afterwards what the import changed.
 */
export async function loadHubState(hub: Reader, scratch: Db, source: string, scope?: BatchScope): Promise<void> {
  scratch.pragma('foreign_keys = OFF');
  for (const table of DIRECTORY) insertRows(scratch, table, await readRows(hub, table, 'true', []));
  const { rows: keys } = scope
    ? await hub.query<KeyRow>(
        `SELECT entity, source_key, local_id, content FROM import_keys WHERE source = $1 AND ((entity = 'person' AND source_key = ANY($2))
           OR (entity = 'order' AND source_key = ANY($3)) OR (entity = 'review' AND source_key = ANY($4)))`,
        [source, scope.person, scope.order, scope.review],
      )
    : await hub.query<KeyRow>('SELECT entity, source_key, local_id, content FROM import_keys WHERE source = $1', [source]);
  scratch.transaction(() => {
    for (const k of keys) run(scratch, 'INSERT INTO import_keys (source, entity, source_key, local_id, content) VALUES (?, ?, ?, ?, ?)', [source, k.entity, k.source_key, k.local_id, k.content]);
  })();
  const rows = scope ? await scopedRows(hub, keys) : undefined;
  for (const { table, entity } of KEYED) {
    insertRows(scratch, table, rows?.[table] ?? (await readByIds(hub, table, keys.filter((k) => k.entity === entity).map((k) => k.local_id))));
    scratch.exec(`CREATE TABLE loaded_${table} (id INTEGER PRIMARY KEY, row TEXT NOT NULL)`);
    scratch.exec(`INSERT INTO loaded_${table} SELECT id, ${rowText(table)} FROM ${table}`);
  }
  scratch.exec('CREATE TABLE loaded_keys (entity TEXT NOT NULL, source_key TEXT NOT NULL, content TEXT NOT NULL, PRIMARY KEY (entity, source_key))');
  run(scratch, 'INSERT INTO loaded_keys SELECT entity, source_key, content FROM import_keys WHERE source = ?', [source]);
}

/** The ids the hub holds, so the scratch store gives new rows ids above them. */
export async function hubMaxIds(hub: Reader): Promise<Record<'customers' | 'orders' | 'feedback', number>> {
  const { rows } = await hub.query<{ customers: number; orders: number; feedback: number }>(
    `SELECT (SELECT coalesce(max(id), 0) FROM customers) AS customers, (SELECT coalesce(max(id), 0) FROM orders) AS orders,
            (SELECT coalesce(max(id), 0) FROM feedback) AS feedback`,
  );
  return rows[0] as Record<'customers' | 'orders' | 'feedback', number>;
}

/** The next `limit` rows of `table` after id `after` that the import inserted or changed, in id order, as arrays in column order. */
export function changedRowsAfter(scratch: Db, table: KeyedTable, after: number, limit: number): unknown[][] {
  return tuples<unknown[]>(
    scratch,
    `SELECT ${columnsOf(table).map((c) => `t."${c}"`).join(', ')} FROM ${table} t LEFT JOIN loaded_${table} l ON l.id = t.id
     WHERE t.id > ? AND (l.id IS NULL OR l.row IS NOT ${rowText(table).replace(/"(\w+)"/g, 't."$1"')}) ORDER BY t.id LIMIT ?`,
    [after, limit],
  );
}

/** The source ids of `entity` the import gave a new row or new content, in the order of their rows. */
export function changedKeys(scratch: Db, source: string, entity: string): SourceKey[] {
  return all<Omit<SourceKey, 'known'> & { known: number }>(
    scratch,
    `SELECT k.source_key, k.local_id, k.content, l.content IS NOT NULL AS known FROM import_keys k LEFT JOIN loaded_keys l ON l.entity = k.entity AND l.source_key = k.source_key
     WHERE k.source = ? AND k.entity = ? AND l.content IS NOT k.content ORDER BY k.local_id`,
    [source, entity],
  ).map((k) => ({ ...k, known: k.known === 1 }));
}
