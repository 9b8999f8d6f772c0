// What an import changed, written into PostgreSQL a batch a transaction: the batch's rows go, as one array a column,
// into a temporary table, and from there into the table by one set-based upsert with the batch's change number
// (withStagedWriteTransaction), beside the source ids it settles. A row the hub already holds as the batch has it is
// left alone, so it is neither written nor announced. Rows and source ids new to the hub (above what it held when the
// run began, which no other writer takes meanwhile: hub-import.ts) are inserted plainly, without the cost of a
// conflict check per row inside the statement that holds the sequence row.
import { TABLE_BY_NAME } from '../../shared/table-registry';
import type { Client, Pool } from '../db/pool';
import { arrayParam } from '../table-sql';
import { withStagedWriteTransaction } from '../write-transaction';

export type ImportedTable = 'customers' | 'orders' | 'feedback';
export interface SourceKey {
  source_key: string;
  local_id: number;
  content: string;
  /** Whether the hub held this source id when the run began. */
  known: boolean;
}

/** Taken shared by every batch's transaction, so a new run can wait for those of a run killed midway (hub-import.ts). */
export const BATCH_LOCK = 7_311_044;

/** A feedback item already on the hub keeps its operators' work: only what the customer wrote follows the source. */
const SOURCE_FIELDS: Partial<Record<ImportedTable, string[]>> = { feedback: ['text', 'rating', 'updated_at', 'version'] };
const STAGE = 'import_stage';

function columnsOf(table: ImportedTable) {
  const spec = TABLE_BY_NAME.get(table);
  if (!spec) throw new Error(`${table} is not in the table registry`);
  return spec.columns;
}

/**
 * One column of the batch as a PostgreSQL array literal, for `unnest`: numbers bare, text quoted. Written here rather
 * than by the driver, which quotes every element and took twice as long over a million rows; text is escaped only
 * when it holds a quote or backslash (half the time again).
 */
function arrayLiteral(rows: unknown[][], column: number): string {
  let literal = '{';
  for (let r = 0; r < rows.length; r++) {
    const value = (rows[r] as unknown[])[column];
    if (r > 0) literal += ',';
    if (value === null || value === undefined) literal += 'NULL';
    else if (typeof value === 'number') literal += String(value);
    else {
      const text = String(value);
      literal += text.includes('"') || text.includes('\\') ? `"${text.replace(/[\\"]/g, '\\$&')}"` : `"${text}"`;
    }
  }
  return `${literal}}`;
}

async function stageRows(client: Client, table: ImportedTable, rows: unknown[][], fresh: boolean): Promise<void> {
  await client.query(`SELECT pg_advisory_xact_lock_shared(${BATCH_LOCK})`);
  const columns = columnsOf(table);
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  await client.query(
    `CREATE TEMP TABLE ${STAGE} ON COMMIT DROP AS SELECT * FROM unnest(${columns.map((c, i) => arrayParam(c, i + 1)).join(', ')}) AS s(${names})`,
    columns.map((_, c) => arrayLiteral(rows, c)),
  );
  // Locked before the change number is taken (see withStagedWriteTransaction), in id order as every import takes them.
  if (!fresh) await client.query(`SELECT 1 FROM ${table} t WHERE t.id IN (SELECT id FROM ${STAGE}) ORDER BY t.id FOR UPDATE`);
}

/**
 * The write from the stage, with the batch's number: rows new to the hub inserted, others upserted, where only rows
 * whose source fields differ are written.
 */
function writeFromStage(table: ImportedTable, seq: string, fresh: boolean): string {
  const columns = columnsOf(table).map((c) => c.name);
  const quoted = columns.map((c) => `"${c}"`);
  if (fresh) return `INSERT INTO ${table} (${quoted.join(', ')}, seq) SELECT ${quoted.join(', ')}, ${seq} FROM ${STAGE} ORDER BY id RETURNING region`;
  const updated = (SOURCE_FIELDS[table] ?? columns.filter((c) => c !== 'id')).map((c) => `"${c}"`);
  return `INSERT INTO ${table} AS t (${quoted.join(', ')}, seq) SELECT ${quoted.join(', ')}, ${seq} FROM ${STAGE} ORDER BY id
    ON CONFLICT (id) DO UPDATE SET ${updated.map((c) => `${c} = excluded.${c}`).join(', ')}, seq = excluded.seq
    WHERE (${updated.map((c) => `t.${c}`).join(', ')}) IS DISTINCT FROM (${updated.map((c) => `excluded.${c}`).join(', ')})
    RETURNING t.region`;
}

/** Records which row each source id became, and what the source said of it. */
export async function saveKeys(client: Pick<Client, 'query'>, source: string, entity: string, keys: SourceKey[]): Promise<void> {
  for (const known of [false, true]) {
    const some = keys.filter((k) => k.known === known);
    if (some.length === 0) continue;
    await client.query(
      `INSERT INTO import_keys (source, entity, source_key, local_id, content)
       SELECT $1, $2, k.source_key, k.local_id, k.content FROM unnest($3::text[], $4::bigint[], $5::text[]) AS k(source_key, local_id, content)
       ${known ? 'ON CONFLICT (source, entity, source_key) DO UPDATE SET local_id = excluded.local_id, content = excluded.content' : ''}`,
      [source, entity, some.map((k) => k.source_key), some.map((k) => k.local_id), some.map((k) => k.content)],
    );
  }
}

/**
 * One batch: its rows and the keys naming them, in one transaction with one change number, committed after the batch
 * `after` (which it stages beside). `fresh`: every row of it is new to the hub.
 */
export function writeBatch(
  pool: Pool,
  batch: { source: string; table: ImportedTable; entity: string; rows: unknown[][]; keys: SourceKey[]; fresh: boolean },
  after?: Promise<unknown>,
): Promise<void> {
  return withStagedWriteTransaction(
    pool,
    batch.table,
    async (client) => {
      await stageRows(client, batch.table, batch.rows, batch.fresh);
      await saveKeys(client, batch.source, batch.entity, batch.keys);
    },
    (seq) => writeFromStage(batch.table, seq, batch.fresh),
    after,
  );
}
