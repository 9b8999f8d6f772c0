// One import of a source's files into this console, as its mapping says: every file is checked and staged first (a
// file that cannot be read refuses the whole run with nothing changed), records that cannot be used are kept aside
// with their reason, and the good ones land batch by batch, each batch one transaction. The run is recorded with
// its counts; a dry run does all of it and rolls it back.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { restoreSetAside, setAside } from '../../db/bulk-load';
import type { Db } from '../../db/open';
import { get, run } from '../../db/statement-cache';
import { FileRefused } from '../../ingest/csv-file';
import type { EntityName } from '../../ingest/entities';
import { localClock } from '../../ingest/local-time';
import type { EntityMapping, SourceMapping } from '../../ingest/mapping';
import { readEntity, type Reject } from '../../ingest/read-entity';
import { applyCustomers, refreshCustomerTotals } from './apply-customers';
import { applyFeedback } from './apply-feedback';
import { applyOrders } from './apply-orders';
import { readSyncState } from '../sync/sync-state';
import type { KeyedTable } from './keys';
import { applyRates, rateBook } from './rates';
import { createRejects, firstRejects, readBackRecords, rejectCount, storeRejects } from './rejects';
import { createStage, dropStage, rejectOrphans, stageEntity } from './staging';
import { emptyTallies, totals, type Pause, type Tallies } from './tally';

export interface ImportOptions {
  /** The folder holding the source's files. */
  dir: string;
  /** The folder holding the rates file the mapping names. */
  ratesDir: string;
  dryRun?: boolean;
  now?: () => number;
  onProgress?: (step: string) => void;
  /** New rows take ids above these: the ids a store this one is written into already holds (the hub's). */
  idsAfter?: Partial<Record<KeyedTable, number>>;
  /** From this many records on, the run is a bulk load; BULK_MIN_RECORDS by default. */
  bulkFrom?: number;
  /** Called with the run's id as soon as it is recorded, before any file is read. */
  onStarted?: (runId: number) => void;
  /** Stops the run at its next batch; the abort's reason (text) is recorded as the run's message. */
  signal?: AbortSignal;
  /**
   * Told, while the run goes on, which tables now hold their final rows (customers and orders once the customers'
   * totals follow the orders, feedback last), so a store fed from this one (the hub's) can write them meanwhile.
   * Not called in a dry run.
   */
  onFinal?: (tables: KeyedTable[]) => void;
}

export interface ImportSummary {
  /** The recorded run; null for a dry run. */
  runId: number | null;
  state: 'done' | 'refused';
  message: string | null;
  records: number;
  rejected: number;
  /** Reviews that are not feedback (a good score and no comment). */
  notFeedback: number;
  tallies: Tallies;
  /** The first rejects, for a summary on screen. */
  rejects: Omit<Reject, 'record'>[];
}

/** From this many records on, an import is a bulk load (the Olist sample's 78,000 are not). */
const BULK_MIN_RECORDS = 200_000;

const RATES_MAPPING: EntityMapping<'rates'> = { file: '', columns: { day: 'day', currency: 'currency', rate: 'rate' } };
/** Parents before children: a reference is checked against what is staged before it. */
const ORDER: EntityName[] = ['rates', 'customers', 'orders', 'order_lines', 'payments', 'reviews'];

function startRun(db: Db, source: string, dir: string, now: number): number {
  return Number(run(db, "INSERT INTO import_runs (source, folder, started_at, state) VALUES (?, ?, ?, 'running')", [source, dir, now]).lastInsertRowid);
}

export async function importSource(db: Db, mapping: SourceMapping, options: ImportOptions): Promise<ImportSummary> {
  const now = options.now ?? Date.now;
  const progress = options.onProgress ?? (() => undefined);
  const dir = path.resolve(options.dir);
  const tallies = emptyTallies();
  const runId = options.dryRun ? null : startRun(db, mapping.source, dir, now());
  if (runId !== null) options.onStarted?.(runId);
  const summary = (state: ImportSummary['state'], message: string | null, records: number, notFeedback: number): ImportSummary => ({
    runId,
    state,
    message,
    records,
    rejected: rejectCount(db),
    notFeedback,
    tallies,
    rejects: firstRejects(db, 20),
  });
  createStage(db);
  const reject = createRejects(db);
  try {
    if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new FileRefused(dir, 'there is no such folder');
    // Imported rows go into no outbox: on a console that syncs, the hub would never have them and a snapshot would drop them.
    if (readSyncState(db) !== undefined) throw new FileRefused(dir, 'this console syncs with a hub, which holds its data: import into a console used without one');
    if (!get(db, 'SELECT 1 FROM regions WHERE code = ?', [mapping.region])) {
      throw new FileRefused(dir, `this database has no region ${mapping.region}: open it with the console once, or seed it, first`);
    }
    const clock = localClock(mapping.timeZone);
    // Every file is opened and its header checked before any is read: one bad file refuses the run at once.
    const opened = [];
    for (const entity of ORDER) {
      const entityMapping = entity === 'rates' ? { ...RATES_MAPPING, file: mapping.rates.file } : mapping.entities[entity];
      if (!entityMapping) continue;
      const from = entity === 'rates' ? options.ratesDir : dir;
      opened.push({ entity, file: entityMapping.file, read: await readEntity(from, entity, entityMapping as EntityMapping<typeof entity>, clock) });
    }
    let records = 0;
    for (const { entity, file, read } of opened) {
      progress(`reading ${file}`);
      records += (await stageEntity(db, entity, file, read.items, reject, options.signal)).records;
    }
    db.exec('CREATE INDEX temp.stage_customers_person ON stage_customers(person)');
    db.exec('CREATE INDEX temp.stage_orders_customer ON stage_orders(customer)');
    const files = (entity: EntityName) => mapping.entities[entity]?.file ?? entity;
    const column = (entity: EntityName, field: string) => {
      const rule = (mapping.entities[entity]?.columns as Record<string, string | { column: string }> | undefined)?.[field];
      return typeof rule === 'string' ? rule : (rule?.column ?? field);
    };
    const orphans = (child: EntityName, field: string, parent: EntityName, keyEntity: string) =>
      rejectOrphans(db, mapping.source, { entity: child, field, column: column(child, field), file: files(child) }, { entity: parent, keyEntity, file: files(parent) }, reject);
    // Accounts are not remembered between runs (persons are): an order comes with its account in the same export.
    orphans('orders', 'customer', 'customers', 'account');
    orphans('order_lines', 'order', 'orders', 'order');
    orphans('payments', 'order', 'orders', 'order');
    orphans('reviews', 'order', 'orders', 'order');

    let notFeedback = 0;
    // A large export goes in as the demo seed does: indexes and the triggers feeding search and the rollup set aside,
    // built again once at the end (main/db/bulk-load.ts; a crash meanwhile is repaired when the database next opens).
    const bulk = records >= (options.bulkFrom ?? BULK_MIN_RECORDS);
    // A dry run holds one savepoint open to roll back: nothing else may write inside it, so it never pauses.
    const stop = () => options.signal?.throwIfAborted();
    const pause: Pause = options.dryRun
      ? () => Promise.resolve()
      : () => new Promise<void>((resolve) => setImmediate(resolve)).then(stop);
    const apply = async () => {
      progress('writing rates');
      applyRates(db, mapping.rates.origin, tallies.currency_rates);
      if (bulk) setAside(db, ['customers', 'orders', 'feedback']);
      progress('writing customers');
      await applyCustomers(db, mapping, tallies.customers, pause, options.idsAfter?.customers);
      progress('writing orders');
      await applyOrders(db, mapping, rateBook(db), tallies.orders, reject, pause, options.idsAfter?.orders);
      await refreshCustomerTotals(db, mapping.source, bulk, pause);
      if (!options.dryRun) options.onFinal?.(['customers', 'orders']);
      progress('writing feedback');
      notFeedback = await applyFeedback(db, mapping, tallies.feedback, reject, pause, options.idsAfter?.feedback);
      if (!options.dryRun) options.onFinal?.(['feedback']);
      if (bulk) {
        progress('building indexes');
        restoreSetAside(db);
      }
    };
    if (options.dryRun) {
      db.exec('SAVEPOINT import_dry_run');
      try {
        await apply();
      } finally {
        db.exec('ROLLBACK TO import_dry_run');
        db.exec('RELEASE import_dry_run');
      }
    } else {
      await apply();
    }
    const result = summary('done', null, records, notFeedback);
    if (runId !== null) {
      await readBackRecords(db, dir);
      finishRun(db, runId, result, now());
    }
    return result;
  } catch (error) {
    if (!(error instanceof FileRefused)) {
      const message = options.signal?.aborted ? String(options.signal.reason) : String(error);
      if (runId !== null) run(db, "UPDATE import_runs SET state = 'failed', finished_at = ?, message = ? WHERE id = ?", [now(), message, runId]);
      throw error;
    }
    // Refused: what was staged is dropped, and the console's tables are as they were.
    db.exec('DELETE FROM temp.stage_rejects');
    const result = summary('refused', error.message, 0, 0);
    if (runId !== null) finishRun(db, runId, result, now());
    return result;
  } finally {
    // A run that failed midway puts back what a bulk load set aside (nothing, otherwise).
    restoreSetAside(db);
    dropStage(db);
    db.exec('DROP TABLE IF EXISTS temp.stage_rejects');
  }
}

function finishRun(db: Db, runId: number, result: ImportSummary, at: number): void {
  const sum = totals(result.tallies);
  db.transaction(() => {
    storeRejects(db, runId);
    run(
      db,
      'UPDATE import_runs SET state = ?, message = ?, finished_at = ?, records = ?, inserted = ?, updated = ?, unchanged = ?, rejected = ? WHERE id = ?',
      [result.state, result.message, at, result.records, sum.inserted, sum.updated, sum.unchanged, result.rejected, runId],
    );
  })();
}
