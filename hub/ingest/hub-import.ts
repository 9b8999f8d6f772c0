// A platform's export into the hub (`npm run hub:import`): the console's import engine runs on a scratch store holding
// what the hub has of the source (scratch-store.ts), and what it changes is written to PostgreSQL batch by batch while
// it goes on (change-writer.ts),
// each batch one write transaction with its own change number and the source ids it settles. So the same files twice
// write nothing and announce nothing; a changed record is one change that reaches the consoles; and a run killed at
// any point, started again, finds its committed batches unchanged and writes the rest, ending as one clean run would.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../main/db/open';
import type { SourceMapping } from '../../main/ingest/mapping';
import type { Reject } from '../../main/ingest/read-entity';
import { all } from '../../main/db/statement-cache';
import { importSource, type ImportSummary } from '../../main/services/imports/run-import';
import type { Client, Pool } from '../db/pool';
import { ChangeWriter } from './change-writer';
import { BATCH_LOCK } from './hub-write';
import { hubMaxIds, loadHubState, type BatchScope } from './scratch-store';

export interface HubImportOptions {
  dir: string;
  ratesDir: string;
  dryRun?: boolean;
  /** For a batch: the source ids it names, so only what they need is read from the hub (the whole source otherwise). */
  scope?: BatchScope;
  /** Rows per write transaction. */
  batchRows?: number;
  onProgress?: (step: string) => void;
  /** Stops the run at its next batch, engine or hub write; what has committed stays, as a killed run leaves it. */
  signal?: AbortSignal;
}

export interface HubImportResult {
  summary: ImportSummary;
  /** Rows written to each table (inserted or changed), and the write transactions that wrote them. */
  written: Record<'customers' | 'orders' | 'feedback', number>;
  transactions: number;
  /** Every record kept aside (the summary lists the first few). */
  rejects: Omit<Reject, 'record'>[];
}

/**
 * Rows per write transaction: each batch holds the sequence row for one set-based write of this many rows (about
 * 0.15 s for orders, whose two foreign keys are checked row by row). 10,000 wrote the generated 1.37 M-record export
 * in 19 s where 5,000 took 22 s (fewer commits and round trips), on a loaded machine.
 */
const BATCH_ROWS = 10_000;

/** Imports run one at a time, across hubs and the CLI: each gives new rows ids above what the hub holds when it starts. */
const IMPORT_LOCK = 7_311_043;
const LOCK_RETRY_MS = 200;
/** This process's imports, one after another: only the one running holds a connection (the hub's admin pool is small). */
let queue: Promise<unknown> = Promise.resolve();

/** A connection holding the import lock. Never waits inside PostgreSQL, so a waiting import holds no connection. */
async function takeLock(pool: Pool): Promise<Client> {
  for (;;) {
    const client = await pool.connect();
    const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [IMPORT_LOCK]);
    if (rows[0]?.got) return client;
    client.release();
    await new Promise((resolve) => setTimeout(resolve, LOCK_RETRY_MS));
  }
}

export function importIntoHub(pool: Pool, mapping: SourceMapping, options: HubImportOptions): Promise<HubImportResult> {
  const run = queue.then(async () => {
    const lock = await takeLock(pool);
    try {
      return await importHoldingLock(pool, lock, mapping, options);
    } finally {
      await lock.query('SELECT pg_advisory_unlock($1)', [IMPORT_LOCK]).catch(() => undefined);
      lock.release();
    }
  });
  queue = run.catch(() => undefined);
  return run;
}

async function importHoldingLock(pool: Pool, lock: Client, mapping: SourceMapping, options: HubImportOptions): Promise<HubImportResult> {
  const progress = options.onProgress ?? (() => undefined);
  const temp = mkdtempSync(path.join(tmpdir(), 'ops-hub-import-'));
  const scratch = openDatabase(path.join(temp, 'scratch.sqlite'));
  // Thrown away whatever happens (a run killed midway starts again from the hub): nothing of it need reach the disk.
  scratch.pragma('journal_mode = MEMORY');
  scratch.pragma('synchronous = OFF');
  // The engine stops at its next batch when the writes fail or the caller stops the run, and the writes likewise.
  const abort = new AbortController();
  let writer: ChangeWriter | undefined;
  const stop = () => {
    abort.abort(options.signal?.reason);
    void writer?.stop();
  };
  options.signal?.addEventListener('abort', stop, { once: true });
  try {
    options.signal?.throwIfAborted();
    progress('reading what the hub holds of the source');
    // A run killed midway may have sent its last batch's COMMIT: wait for that batch to end, so what is read next has
    // all it committed, and the ids above the hub's highest and the source ids not read are new to the hub (hub-write.ts).
    await lock.query('SELECT pg_advisory_lock($1), pg_advisory_unlock($1)', [BATCH_LOCK]);
    await lock.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const idsAfter = await loadHubState(lock, scratch, mapping.source, options.scope)
      .then(() => hubMaxIds(lock))
      .finally(() => lock.query('COMMIT'));
    const changes = new ChangeWriter(pool, scratch, mapping.source, options.batchRows ?? BATCH_ROWS, idsAfter, progress, (error) => abort.abort(error));
    writer = changes;
    let summary: ImportSummary;
    try {
      summary = await importSource(scratch, mapping, {
        dir: options.dir,
        ratesDir: options.ratesDir,
        idsAfter,
        onProgress: progress,
        signal: abort.signal,
        onFinal: options.dryRun ? undefined : (tables) => changes.final(tables),
      });
    } catch (error) {
      // The hub keeps the batches already committed, as a killed run leaves them: a new run writes the rest.
      await changes.stop();
      throw abort.signal.aborted ? abort.signal.reason : error;
    }
    // A refused run stopped before any table was final: nothing was written.
    if (summary.state !== 'done' || options.dryRun) return { summary, written: changes.written, transactions: 0, rejects: summary.rejects };
    progress('finishing the writes to the hub');
    await changes.finished();
    abort.signal.throwIfAborted();
    const rejects = all<Omit<Reject, 'record'>>(
      scratch,
      'SELECT file, line, column_name AS "column", value, reason FROM import_rejects WHERE run_id = ? ORDER BY file, line',
      [summary.runId],
    );
    return { summary, written: changes.written, transactions: changes.transactions, rejects };
  } finally {
    options.signal?.removeEventListener('abort', stop);
    scratch.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
