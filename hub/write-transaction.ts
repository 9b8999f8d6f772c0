import { TABLES } from '../shared/table-registry';
import type { Client, Pool } from './db/pool';

export const CHANGES_CHANNEL = 'hub_changes';

const list = (names: string[]) => `ARRAY[${names.map((name) => `'${name}'`).join(', ')}]::text[]`;
const REGION_TABLES = list(TABLES.filter((table) => table.scope !== 'directory').map((table) => table.name));
const DIRECTORY_TABLES = list(TABLES.filter((table) => table.scope === 'directory').map((table) => table.name));
const EVERY_TABLE = list([...TABLES.map((table) => table.name), 'hub_tombstones']);

export async function transaction<T>(pool: Pool, run: (client: Client) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    return await run(client);
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Runs `write` in a transaction whose changes get the next number of the change sequence (hub/PROTOCOL.md, "The change
 * sequence"). `write` stamps what it writes with the `seq` it is given, a placeholder (minus the transaction's id);
 * the number is taken only at the end, by hub_order_commit (hub migration 004), which re-stamps the rows, records the
 * tables and regions touched and announces them, in the same round trip as the COMMIT: the sequence row is locked for
 * that instant, not while `write` runs.
 */
export function withWriteTransaction<T>(pool: Pool, write: (client: Client, seq: number) => Promise<T>): Promise<T> {
  return transaction(pool, async (client) => {
    const { rows } = await client.query<{ p: number }>('SELECT -pg_current_xact_id()::text::bigint AS p');
    const placeholder = rows[0]?.p as number;
    const result = await write(client, placeholder);
    // Literal SQL (a number and the registry's table names), so the call and COMMIT go as one simple query.
    await client.query(`SELECT hub_order_commit(${placeholder}, ${REGION_TABLES}, ${DIRECTORY_TABLES}); COMMIT`);
    return result;
  });
}

/**
 * For a bulk write into one synced table (an import's batch): `stage` does the slow part without a number (fills a
 * temporary table, locks the rows it will change); then one simple query takes the number, runs `write` (a statement
 * writing `table` with `seq` set to the SQL expression it is given, RETURNING each written row's region), records and
 * announces the regions it wrote, and commits. Each row is written once, with its number, instead of stamped with a
 * placeholder and re-stamped, and the sequence row stays locked for that one statement. `stage` must lock every
 * existing row `write` changes: taking the sequence row first and such a row after would deadlock against a push.
 */
export function withStagedWriteTransaction<T>(
  pool: Pool,
  table: string,
  stage: (client: Client) => Promise<T>,
  write: (seq: string) => string,
  /** The write before this one: this one stages meanwhile, but commits only after it has (and not at all if it fails). */
  after: Promise<unknown> = Promise.resolve(),
): Promise<T> {
  return transaction(pool, async (client) => {
    const result = await stage(client);
    await after;
    await client.query(
      `WITH n AS (UPDATE hub_sequence SET seq = seq + 1 RETURNING seq),
         w AS (${write('(SELECT seq FROM n)')}),
         r AS (SELECT coalesce(array_agg(DISTINCT region), '{}') AS regions FROM w),
         c AS (INSERT INTO hub_table_changes SELECT '${table}', unnest(r.regions), n.seq FROM r, n ON CONFLICT (tbl, region) DO UPDATE SET seq = excluded.seq)
       SELECT pg_notify('${CHANGES_CHANNEL}', json_build_object('seq', n.seq, 'regions', r.regions, 'clients', '{}'::text[])::text) FROM n, r; COMMIT`,
    );
    return result;
  });
}

/**
 * The same with the number taken first and held to commit, so such writes run one at a time: for a write that must be
 * serialised against every other (adding a person takes the highest id plus one) or too large to re-stamp (the seed).
 * Every table counts as changed in every region, and every console hears of it.
 */
export function withSerialWriteTransaction<T>(pool: Pool, write: (client: Client, seq: number) => Promise<T>): Promise<T> {
  return transaction(pool, async (client) => {
    const { rows } = await client.query<{ seq: number }>('UPDATE hub_sequence SET seq = seq + 1 RETURNING seq');
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new Error('The hub database has no change sequence: run its migrations');
    const result = await write(client, seq);
    await client.query(
      `INSERT INTO hub_table_changes SELECT unnest(${EVERY_TABLE}), '*', ${seq} ON CONFLICT (tbl, region) DO UPDATE SET seq = excluded.seq;
       SELECT pg_notify('${CHANGES_CHANNEL}', json_build_object('seq', ${seq}, 'regions', NULL, 'clients', '{}'::text[])::text); COMMIT`,
    );
    return result;
  });
}
