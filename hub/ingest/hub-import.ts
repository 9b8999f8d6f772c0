// A platform's export into the hub (`npm run hub:import`): the console's import engine runs on a scratch store holding
// what the hub has of the source (scratch-store.ts), and what it changed is written to PostgreSQL batch by batch,
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
import { saveKeys, writeBatch, type SourceKey } from './hub-write';
import { changedRows, hubMaxIds, KEYED, loadHubState, type BatchScope } from './scratch-store';

export interface HubImportOptions {
  dir: string;
  ratesDir: string;
  dryRun?: boolean;
  /** For a batch: the source ids it names, so only what they need is read from the hub (the whole source otherwise). */
  scope?: BatchScope;
  /** Rows per write transaction. */
  batchRows?: number;
  onProgress?: (step: string) => void;
}

export interface HubImportResult {
  summary: ImportSummary;
  /** Rows written to each table (inserted or changed), and the write transactions that wrote them. */
  written: Record<'customers' | 'orders' | 'feedback', number>;
  transactions: number;
  /** Every record kept aside (the summary lists the first few). */
  rejects: Omit<Reject, 'record'>[];
}

/** Rows per write transaction: each batch holds the sequence row for one set-based upsert of this many rows. */
const BATCH_ROWS = 5_000;

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
  const batchRows = options.batchRows ?? BATCH_ROWS;
  const temp = mkdtempSync(path.join(tmpdir(), 'ops-hub-import-'));
  const scratch = openDatabase(path.join(temp, 'scratch.sqlite'));
  // Thrown away whatever happens (a run killed midway starts again from the hub): nothing of it need reach the disk.
  scratch.pragma('journal_mode = MEMORY');
  scratch.pragma('synchronous = OFF');
  const written = { customers: 0, orders: 0, feedback: 0 };
  let transactions = 0;
  try {
    progress('reading what the hub holds of the source');
    // Read in one snapshot: the last batch of a run killed midway may still be committing (its COMMIT was sent), and
    // must be in all of what is read (its keys, rows and ids) or in none of it; written again, it then changes nothing.
    await lock.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const idsAfter = await loadHubState(lock, scratch, mapping.source, options.scope)
      .then(() => hubMaxIds(lock))
      .finally(() => lock.query('COMMIT'));
    const summary = await importSource(scratch, mapping, { dir: options.dir, ratesDir: options.ratesDir, idsAfter, onProgress: progress });
    const rejects = all<Omit<Reject, 'record'>>(
      scratch,
      'SELECT file, line, column_name AS "column", value, reason FROM import_rejects WHERE run_id = ? ORDER BY file, line',
      [summary.runId],
    );
    if (summary.state !== 'done' || options.dryRun) return { summary, written, transactions, rejects: summary.rejects };
    // Parents first, each table in id order: a run killed midway has written the lowest ids, which a new run gives
    // the same rows again.
    for (const { table, entity } of KEYED) {
      const { rows, keys } = changedRows(scratch, mapping.source, table, entity);
      progress(`writing ${rows.length} ${table} to the hub`);
      const inRows = new Set(rows.map((row) => row[0] as number));
      // Both in id order: a batch's keys are the next ones up to its last row's id.
      const rowKeys = keys.filter((k) => inRows.has(k.local_id));
      let key = 0;
      // Two batches at a time: one stages while the one before commits, and commits after it, so batches still commit
      // in id order. A table's last batch has committed before the next table's first (their rows refer to it).
      let previous: Promise<void> | undefined;
      for (let at = 0; at < rows.length; at += batchRows) {
        const batch = rows.slice(at, at + batchRows);
        const last = batch[batch.length - 1]?.[0] as number;
        const from = key;
        while (key < rowKeys.length && (rowKeys[key] as SourceKey).local_id <= last) key++;
        const current = writeBatch(pool, mapping.source, table, entity, batch, rowKeys.slice(from, key), previous);
        // Its failure is the one awaited next: never left unhandled meanwhile.
        current.catch(() => undefined);
        await previous;
        previous = current;
        transactions++;
        written[table] += batch.length;
      }
      await previous;
      // Keys whose rows needed no write: a source record whose change touched nothing the hub keeps.
      await saveKeys(pool, mapping.source, entity, keys.filter((k) => !inRows.has(k.local_id)));
    }
    return { summary, written, transactions, rejects };
  } finally {
    scratch.close();
    rmSync(temp, { recursive: true, force: true });
  }
}
