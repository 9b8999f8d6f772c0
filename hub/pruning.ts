// What the hub keeps only for a while: tombstones (a console needs them until it has pulled past them) and each
// mutation's recorded answer (a console needs it until it has heard it). Both go once older than the retention;
// a console whose cursor is below the raised horizon then starts again from a snapshot (hub/PROTOCOL.md, "Pruning").
import { inTransaction, type Pool } from './db/pool';
import { pruneTombstones } from './tombstones';

export const DEFAULT_RETENTION_MS = 30 * 24 * 3_600_000;
export const DEFAULT_PRUNE_EVERY_MS = 3_600_000;

export interface Pruned {
  tombstones: number;
  results: number;
}

export async function pruneHub(pool: Pool, now: number, retentionMs: number): Promise<Pruned> {
  const cutoff = now - retentionMs;
  return inTransaction(pool, 'BEGIN', async (client) => {
    const { rows } = await client.query<{ seq: number | null }>('SELECT max(seq) AS seq FROM hub_tombstones WHERE at < $1', [cutoff]);
    const below = rows[0]?.seq ?? null;
    const tombstones = below === null ? 0 : await pruneTombstones(client, below);
    const { rowCount } = await client.query('DELETE FROM hub_mutation_results WHERE at < $1', [cutoff]);
    return { tombstones, results: rowCount ?? 0 };
  });
}

/** Prunes every `everyMs` for as long as the hub runs; the timer never keeps the process alive. */
export function schedulePruning(pool: Pool, options: { everyMs: number; retentionMs: number; log: (line: string) => void }): () => void {
  const timer = setInterval(() => {
    pruneHub(pool, Date.now(), options.retentionMs).catch((error: unknown) =>
      options.log(`pruning failed: ${error instanceof Error ? error.message : String(error)}`),
    );
  }, options.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
