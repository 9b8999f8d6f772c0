import { inTransaction, type Client, type Pool } from './db/pool';

export const CHANGES_CHANNEL = 'hub_changes';

/**
 * Runs `write` in a transaction that holds the change sequence: every row it writes is stamped with the
 * returned number, and writers commit in that order (hub/PROTOCOL.md, "The change sequence").
 */
export function withWriteTransaction<T>(pool: Pool, write: (client: Client, seq: number) => Promise<T>): Promise<T> {
  return inTransaction(pool, 'BEGIN', async (client) => {
    const { rows } = await client.query<{ seq: number }>('UPDATE hub_sequence SET seq = seq + 1 RETURNING seq');
    const seq = rows[0]?.seq;
    if (seq === undefined) throw new Error('The hub database has no change sequence: run its migrations');
    const result = await write(client, seq);
    await client.query(`SELECT pg_notify('${CHANGES_CHANNEL}', $1)`, [String(seq)]);
    return result;
  });
}
