import type { TableName } from '../shared/table-registry';
import type { Client } from './db/pool';

/** Records deleted keys (as JSON arrays in the table's key order) for consoles to replay. */
export async function recordDeletions(client: Client, table: TableName, keys: unknown[][], region: string | null, seq: number): Promise<void> {
  if (keys.length === 0) return;
  await client.query(
    `INSERT INTO hub_tombstones (tbl, key, region, seq)
     SELECT $1, k, $3, $4 FROM jsonb_array_elements($2::jsonb) AS k
     ON CONFLICT (tbl, key) DO UPDATE SET region = excluded.region, seq = excluded.seq, at = excluded.at`,
    [table, JSON.stringify(keys), region, seq],
  );
}

/** A key written again is alive: its tombstone goes. */
export async function forgetDeletions(client: Client, table: TableName, keys: unknown[][]): Promise<void> {
  if (keys.length === 0) return;
  await client.query(`DELETE FROM hub_tombstones WHERE tbl = $1 AND key IN (SELECT jsonb_array_elements($2::jsonb))`, [
    table,
    JSON.stringify(keys),
  ]);
}

/**
 * Drops tombstones at or below `belowSeq` and raises the horizon to it: a console whose cursor is older
 * starts again from a snapshot rather than miss a deletion.
 */
export async function pruneTombstones(client: Client, belowSeq: number): Promise<number> {
  const { rowCount } = await client.query('DELETE FROM hub_tombstones WHERE seq <= $1', [belowSeq]);
  await client.query('UPDATE hub_state SET tombstone_horizon = greatest(tombstone_horizon, $1)', [belowSeq]);
  return rowCount ?? 0;
}
