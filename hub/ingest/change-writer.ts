// What an import changes, written to the hub while the import engine goes on: each table from the moment the engine
// says its rows are final (run-import.ts's onFinal), parents first, each in id order and a batch a transaction
// (hub-write.ts), the rows read from the scratch store a batch at a time. So PostgreSQL works beside the engine
// instead of after it, and the hub still receives what a run writes in one order: a run stopped at any point (killed,
// or its engine failing) has written the lowest ids of the first tables, which a new run gives the same rows again.
import type { Db } from '../../main/db/open';
import type { Pool } from '../db/pool';
import { saveKeys, writeBatch, type ImportedTable } from './hub-write';
import { changedKeys, changedRowsAfter, KEYED } from './scratch-store';

/** Batches at once: one commits while the next stages. Three did worse than two on two cores (each batch is busy in PostgreSQL). */
const IN_FLIGHT = 2;

export class ChangeWriter {
  readonly written: Record<ImportedTable, number> = { customers: 0, orders: 0, feedback: 0 };
  transactions = 0;
  /** The tables' writes, one after another in the order they were told. */
  private chain: Promise<void> = Promise.resolve();
  private stopped = false;
  private failed = false;

  constructor(
    private readonly pool: Pool,
    private readonly scratch: Db,
    private readonly source: string,
    private readonly batchRows: number,
    /** The highest id of each table when the run began: rows above it are new to the hub. */
    private readonly idsAfter: Record<ImportedTable, number>,
    private readonly progress: (step: string) => void,
    /** Told once, of the first write that fails: the engine is then stopped (nothing after it could be written). */
    private readonly onFailure: (error: unknown) => void,
  ) {}

  /** Queues the writes of tables whose rows are now final, behind those already queued. */
  final(tables: ImportedTable[]): void {
    for (const table of tables) this.chain = this.chain.then(() => (this.stopped ? undefined : this.writeTable(table)));
    this.chain.catch((error: unknown) => {
      if (this.failed) return;
      this.failed = true;
      this.onFailure(error);
    });
  }

  /** Every queued write, done; rejects with the first that failed. */
  finished(): Promise<void> {
    return this.chain;
  }

  /** Starts no further batch; resolves once those already started have ended, committed or not. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.chain.catch(() => undefined);
  }

  private async writeTable(table: ImportedTable): Promise<void> {
    const entity = (KEYED.find((k) => k.table === table) as (typeof KEYED)[number]).entity;
    this.progress(`writing ${table} to the hub`);
    // In the order of their rows: a batch's keys are those up to its last row's id, whether that row changed or not.
    const keys = changedKeys(this.scratch, this.source, entity);
    let key = 0;
    let after = 0;
    // A few batches at a time: each stages while those before it commit, and commits after them, so batches still
    // commit in id order. A table's last batch has committed before the next table's first (their rows refer to it).
    const inFlight: Promise<void>[] = [];
    try {
      while (!this.stopped) {
        const read = changedRowsAfter(this.scratch, table, after, this.batchRows);
        if (read.length === 0) break;
        // A batch is all new rows or none: one that would hold both ends before the first new one.
        const fresh = (read[0]?.[0] as number) > this.idsAfter[table];
        const rows = fresh ? read : read.filter((row) => (row[0] as number) <= this.idsAfter[table]);
        after = rows[rows.length - 1]?.[0] as number;
        const from = key;
        while (key < keys.length && (keys[key]?.local_id as number) <= after) key++;
        const current = writeBatch(this.pool, { source: this.source, table, entity, rows, keys: keys.slice(from, key), fresh }, inFlight.at(-1));
        // Its failure is the one awaited when its turn comes: never left unhandled meanwhile.
        current.catch(() => undefined);
        inFlight.push(current);
        this.transactions++;
        this.written[table] += rows.length;
        if (inFlight.length >= IN_FLIGHT) await inFlight.shift();
      }
      for (const batch of inFlight.splice(0)) await batch;
    } finally {
      // After a failure, those still running fail too (each commits only after the one before): let them end first.
      await Promise.allSettled(inFlight);
    }
    // Keys after the last written row: source records whose change touched nothing the hub keeps.
    if (!this.stopped) await saveKeys(this.pool, this.source, entity, keys.slice(key));
  }
}
