// Applies one pulled page in one SQLite transaction: its rows, the regions taken away, the outbox entries
// the hub has confirmed, the new cursor and the snapshot's progress. A crash leaves all or none of it.
// A reset snapshot is a bulk load: its first page sets the tables' indexes and search and metrics triggers aside
// (main/db/bulk-load.ts), its pages go into the bare tables, and the page that ends it builds them all again. A
// crash between pages is repaired when the store is next opened; the snapshot then resumes with them in place.
import type { RegionCode } from '../../../shared/domain';
import type { PullResponse, RegionChecksum } from '../../../shared/hub-protocol';
import { rowProblem } from '../../../shared/row-problem';
import { TABLE_BY_NAME, TABLE_NAMES, TABLES, type Table, type TableName } from '../../../shared/table-registry';
import type Database from 'better-sqlite3';
import { restoreSetAside, setAside } from '../../db/bulk-load';
import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statement-cache';
import { LOCAL_ID_FLOOR } from './local-ids';
import { localChecksums } from './checksums';

export interface ApplyOutcome {
  rows: number;
  quarantined: number;
  checksum: 'match' | 'mismatch' | null;
  /** This page ended a snapshot: all its rows are in, and the weekly rollup has their weeks to fill. */
  snapshotDone: boolean;
}

const quote = (name: string) => `"${name}"`;

interface TableStatements {
  upsert: Database.Statement;
  remove: Database.Statement;
  /** feedback only: whether the row is there, and its text when it changed. */
  exists?: Database.Statement;
  insert?: Database.Statement;
  text?: Database.Statement;
}

const statements = new WeakMap<Db, Map<TableName, TableStatements>>();
const FEEDBACK_TEXT = TABLE_BY_NAME.get('feedback')?.columns.findIndex((c) => c.name === 'text') ?? -1;

function prepare(db: Db, table: Table): TableStatements {
  const columns = table.columns.map((c) => c.name);
  const insert = `INSERT INTO ${table.name} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  // feedback.text is left out of the update: naming it would re-index the full text of every row.
  const updated = columns.filter((c) => !table.key.includes(c) && !(table.name === 'feedback' && c === 'text'));
  const conflict = updated.length === 0
    ? ' ON CONFLICT DO NOTHING'
    : ` ON CONFLICT (${table.key.map(quote).join(', ')}) DO UPDATE SET ${updated.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`;
  const where = table.key.map((k) => `${quote(k)} = ?`).join(' AND ');
  return {
    upsert: db.prepare(insert + conflict),
    remove: db.prepare(`DELETE FROM ${table.name} WHERE ${where}`),
    ...(table.name === 'feedback'
      ? {
          exists: db.prepare('SELECT 1 FROM feedback WHERE id = ?').pluck(),
          insert: db.prepare(insert),
          text: db.prepare('UPDATE feedback SET text = ? WHERE id = ? AND text <> ?'),
        }
      : {}),
  };
}

function statementsFor(db: Db, table: Table): TableStatements {
  let byTable = statements.get(db);
  if (!byTable) statements.set(db, (byTable = new Map()));
  let found = byTable.get(table.name);
  if (!found) byTable.set(table.name, (found = prepare(db, table)));
  return found;
}

function upsert(db: Db, table: Table, row: unknown[]): void {
  const s = statementsFor(db, table);
  if (s.exists && s.insert && s.text) {
    // A new item is one plain insert; a known one is updated, its text only when it changed.
    if (s.exists.get(row[0]) === undefined) {
      s.insert.run(row);
      return;
    }
    s.upsert.run(row);
    s.text.run(row[FEEDBACK_TEXT], row[0], row[FEEDBACK_TEXT]);
    return;
  }
  s.upsert.run(row);
}

function remove(db: Db, table: Table, key: unknown[]): void {
  statementsFor(db, table).remove.run(key);
}

/** The feedback item a row belongs to, for tables tied to one; `values` are a row or a key. */
function feedbackIdOf(table: Table, values: unknown[], isKey: boolean): number | null {
  const column = table.name === 'feedback' ? 'id' : table.feedbackColumn;
  if (!column) return null;
  const names = isKey ? table.key : table.columns.map((c) => c.name);
  const index = names.indexOf(column);
  return index < 0 ? null : (values[index] as number);
}

function quarantine(db: Db, table: string, row: unknown, reason: string, at: number): void {
  let text: string;
  try {
    text = JSON.stringify(row).slice(0, 20_000);
  } catch {
    text = '(not storable)';
  }
  prepareCached(db, 'INSERT INTO sync_quarantine (tbl, row, reason, at) VALUES (?, ?, ?, ?)').run(table, text, reason, at);
}

function pendingItems(db: Db): Set<number> {
  return new Set(prepareCached(db, 'SELECT DISTINCT feedback_id FROM sync_outbox_items').pluck().all() as number[]);
}

/**
 * Drops the outbox entries the hub has answered for good. An item left with nothing waiting takes the hub's
 * version: its tags, pauses and local-only events and merges go, and the hub's rows held aside apply in order.
 */
function dropEntries(db: Db, ids: readonly number[]): void {
  if (ids.length === 0) return;
  const list = JSON.stringify(ids);
  const items = prepareCached(db, 'SELECT DISTINCT feedback_id FROM sync_outbox_items WHERE mutation_id IN (SELECT value FROM json_each(?))')
    .pluck()
    .all(list) as number[];
  prepareCached(db, 'DELETE FROM sync_outbox_items WHERE mutation_id IN (SELECT value FROM json_each(?))').run(list);
  prepareCached(db, 'DELETE FROM sync_outbox WHERE id IN (SELECT value FROM json_each(?))').run(list);
  const pending = pendingItems(db);
  for (const feedbackId of items) {
    if (pending.has(feedbackId)) continue;
    prepareCached(db, 'DELETE FROM feedback_tags WHERE feedback_id = ?').run(feedbackId);
    prepareCached(db, 'DELETE FROM feedback_sla_pauses WHERE feedback_id = ?').run(feedbackId);
    prepareCached(db, `DELETE FROM feedback_events WHERE feedback_id = ? AND id >= ${LOCAL_ID_FLOOR}`).run(feedbackId);
    prepareCached(db, `DELETE FROM feedback_merges WHERE primary_id = ? AND id >= ${LOCAL_ID_FLOOR}`).run(feedbackId);
    const held = prepareCached(db, 'SELECT tbl, op, row FROM sync_shadow WHERE feedback_id = ? ORDER BY id').all(feedbackId) as {
      tbl: TableName;
      op: 'upsert' | 'delete';
      row: string;
    }[];
    for (const { tbl, op, row } of held) {
      const table = TABLE_BY_NAME.get(tbl);
      if (!table) continue;
      if (op === 'upsert') upsert(db, table, JSON.parse(row) as unknown[]);
      else remove(db, table, JSON.parse(row) as unknown[]);
    }
    prepareCached(db, 'DELETE FROM sync_shadow WHERE feedback_id = ?').run(feedbackId);
  }
}

function confirmUpTo(db: Db, lastId: number): void {
  dropEntries(db, prepareCached(db, 'SELECT id FROM sync_outbox WHERE id <= ?').pluck().all(lastId) as number[]);
}

/** Region tables that hold no feedback item: nothing of theirs waits in the outbox. */
const GROWTH_TABLES = TABLES.filter((table) => table.scope === 'region' && !['customers', 'orders', 'feedback'].includes(table.name));
/** Synced tables whose rows hang off a feedback item, each with the column naming it. */
const ON_FEEDBACK = TABLES.filter((table) => table.scope === 'feedback').map((table) => ({
  name: table.name,
  column: table.feedbackColumn ?? 'feedback_id',
}));

/** Everything the hub gave, but the items with edits waiting (and what hangs off them). */
function dropHubRows(db: Db): void {
  const keep = 'SELECT feedback_id FROM sync_outbox_items';
  for (const table of GROWTH_TABLES) db.exec(`DELETE FROM ${table.name}`);
  for (const table of ON_FEEDBACK) db.exec(`DELETE FROM ${table.name} WHERE ${table.column} NOT IN (${keep})`);
  db.exec(`
    DELETE FROM feedback WHERE id NOT IN (${keep});
    DELETE FROM orders;
    DELETE FROM customers WHERE id NOT IN (SELECT customer_id FROM feedback);`);
  for (const table of TABLES.filter((t) => t.scope === 'directory')) db.exec(`DELETE FROM ${table.name}`);
  db.exec('DELETE FROM sync_shadow');
}

function dropRegions(db: Db, regions: RegionCode[]): void {
  const list = JSON.stringify(regions);
  const inRegions = `SELECT id FROM feedback WHERE region IN (SELECT value FROM json_each('${list.replace(/'/g, "''")}'))`;
  const local = [{ name: 'sync_shadow', column: 'feedback_id' }, { name: 'sync_outbox_items', column: 'feedback_id' }];
  for (const table of [...ON_FEEDBACK, ...local]) db.exec(`DELETE FROM ${table.name} WHERE ${table.column} IN (${inRegions})`);
  for (const table of [...GROWTH_TABLES.map((growth) => growth.name), 'feedback', 'orders', 'customers']) {
    db.prepare(`DELETE FROM ${table} WHERE region IN (SELECT value FROM json_each(?))`).run(list);
  }
}

function adoptPerson(db: Db, person: PullResponse['person']): void {
  prepareCached(db, 'INSERT INTO people (id, name, email, role) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, role = excluded.role').run(
    person.id,
    person.name,
    person.email,
    person.role,
  );
  prepareCached(db, "INSERT INTO settings (key, value) VALUES ('current_person_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value").run(
    String(person.id),
  );
}

function applyChanges(db: Db, page: PullResponse, at: number): { rows: number; quarantined: number } {
  const pending = pendingItems(db);
  const hold = prepareCached(db, 'INSERT INTO sync_shadow (feedback_id, tbl, op, row) VALUES (?, ?, ?, ?)');
  let rows = 0;
  let quarantined = 0;
  const setAside = (table: string, row: unknown, reason: string) => {
    quarantine(db, table, row, reason, at);
    quarantined++;
  };
  for (const table of TABLES) {
    const changes = page.changes[table.name];
    if (!changes) continue;
    for (const key of changes.deletes) {
      if (!Array.isArray(key) || key.length !== table.key.length) {
        setAside(table.name, key, `a deletion from ${table.name} does not name a row`);
        continue;
      }
      const feedbackId = feedbackIdOf(table, key, true);
      if (feedbackId !== null && pending.has(feedbackId)) hold.run(feedbackId, table.name, 'delete', JSON.stringify(key));
      else remove(db, table, key);
      rows++;
    }
    for (const row of changes.upserts) {
      const problem = rowProblem(table, row);
      if (problem) {
        setAside(table.name, row, problem);
        continue;
      }
      const feedbackId = feedbackIdOf(table, row, false);
      if (feedbackId !== null && pending.has(feedbackId)) {
        hold.run(feedbackId, table.name, 'upsert', JSON.stringify(row));
      } else {
        try {
          upsert(db, table, row);
        } catch (error) {
          // The store refused it (a unique email taken, say): only this statement is undone.
          setAside(table.name, row, `the console could not store it: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
      }
      rows++;
    }
  }
  return { rows, quarantined };
}

function compareChecksums(db: Db, hub: Partial<Record<RegionCode, RegionChecksum>>): 'match' | 'mismatch' {
  const local = localChecksums(db, Object.keys(hub) as RegionCode[]);
  return Object.entries(hub).every(([region, sum]) => {
    const mine = local[region as RegionCode];
    return mine !== undefined && mine.count === sum.count && mine.hash === sum.hash;
  })
    ? 'match'
    : 'mismatch';
}

/**
 * Runs `write` in one transaction with foreign keys off: the hub's rows arrive table by table and page by
 * page, so a child may land before its parent; the hub is the judge of their integrity.
 */
function inSyncTransaction<T>(db: Db, write: () => T): T {
  db.pragma('foreign_keys = OFF');
  try {
    return db.transaction(write)();
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

export function applyPage(db: Db, page: PullResponse, at: number): ApplyOutcome {
  return inSyncTransaction(db, (): ApplyOutcome => {
    const streamingBefore = db.prepare('SELECT snapshot_rows_done IS NOT NULL FROM sync_state').pluck().get() === 1;
    if (page.reset) {
      // Before the old rows go, so that their deletion skips the indexes and triggers too.
      setAside(db, TABLE_NAMES);
      dropHubRows(db);
      db.prepare('UPDATE sync_state SET snapshot_started_at = NULL, snapshot_rows_at_start = NULL').run();
    }
    if (page.removedRegions.length > 0) dropRegions(db, page.removedRegions);
    adoptPerson(db, page.person);
    if (page.lastMutationId !== null) confirmUpTo(db, page.lastMutationId);
    const { rows, quarantined } = applyChanges(db, page, at);
    // A page without snapshot progress ends a snapshot or comes after one: nothing stays set aside past it.
    if (page.snapshot === null) restoreSetAside(db);
    const snapshotDone = page.snapshot === null && (page.reset || streamingBefore);
    db.prepare('UPDATE sync_state SET cursor = ?, snapshot_rows_done = ?, snapshot_rows_total = ?').run(
      page.cursor,
      page.snapshot?.rowsDone ?? null,
      page.snapshot?.rowsTotal ?? null,
    );
    if (page.snapshot) {
      db.prepare('UPDATE sync_state SET snapshot_started_at = coalesce(snapshot_started_at, ?), snapshot_rows_at_start = coalesce(snapshot_rows_at_start, 0)').run(at);
    } else {
      db.prepare('UPDATE sync_state SET snapshot_started_at = NULL, snapshot_rows_at_start = NULL').run();
    }
    let checksum: ApplyOutcome['checksum'] = null;
    const settled = prepareCached(db, 'SELECT count(*) FROM sync_outbox').pluck().get() === 0;
    if (page.checksums && settled) {
      checksum = compareChecksums(db, page.checksums);
      if (checksum === 'match') db.prepare(`UPDATE sync_state SET checksum = 'match', resnapshot_used = 0`).run();
      else {
        // Once, start again from a snapshot; if that still differs, only say so.
        const used = db.prepare('SELECT resnapshot_used FROM sync_state').pluck().get() === 1;
        db.prepare(`UPDATE sync_state SET checksum = 'mismatch', resnapshot_used = 1${used ? '' : ', cursor = NULL'}`).run();
      }
    }
    return { rows, quarantined, checksum, snapshotDone };
  });
}
