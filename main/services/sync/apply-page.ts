// Applies one pulled page in one SQLite transaction: its rows, the regions taken away, the outbox entries
// the hub has confirmed, the new cursor and the snapshot's progress. A crash leaves all or none of it.
// A reset snapshot is a bulk load: its first page sets the tables' indexes and search and metrics triggers aside
// (main/db/bulk-load.ts), its pages go into the bare tables, and the page that ends it builds them all again. A
// crash between pages is repaired when the store is next opened; the snapshot then resumes with them in place.
import type { RegionCode } from '../../../shared/domain';
import type { PullResponse, RegionChecksum } from '../../../shared/hub-protocol';
import { rowProblem } from '../../../shared/row-problem';
import type { RowsChanged } from '../../../shared/rows-events';
import { TABLE_BY_NAME, TABLE_NAMES, TABLES, type Table, type TableName } from '../../../shared/table-registry';
import { restoreSetAside, setAside } from '../../db/bulk-load';
import type { Db } from '../../db/open';
import { all, column, run, value, type SqlValue } from '../../db/statement-cache';
import { LOCAL_ID_FLOOR, localMergesOf, recordMergeAliases, type LocalMerge } from './local-ids';
import { localChecksums } from './checksums';
import { PageChanges } from './page-changes';

export interface ApplyOutcome {
  rows: number;
  quarantined: number;
  checksum: 'match' | 'mismatch' | null;
  /** This page ended a snapshot: all its rows are in, and the weekly rollup has their weeks to fill. */
  snapshotDone: boolean;
  /** What the screens showing these rows should hear; null when the page changed nothing. */
  changed: RowsChanged | null;
}

const quote = (name: string) => `"${name}"`;

interface TableSql {
  insert: string;
  upsert: string;
  remove: string;
}

const FEEDBACK_TEXT = TABLE_BY_NAME.get('feedback')?.columns.findIndex((c) => c.name === 'text') ?? -1;

function tableSql(table: Table): TableSql {
  const columns = table.columns.map((c) => c.name);
  const insert = `INSERT INTO ${table.name} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
  // feedback.text is left out of the update: naming it would re-index the full text of every row.
  const updated = columns.filter((c) => !table.key.includes(c) && !(table.name === 'feedback' && c === 'text'));
  const conflict = updated.length === 0
    ? ' ON CONFLICT DO NOTHING'
    : ` ON CONFLICT (${table.key.map(quote).join(', ')}) DO UPDATE SET ${updated.map((c) => `${quote(c)} = excluded.${quote(c)}`).join(', ')}`;
  const where = table.key.map((k) => `${quote(k)} = ?`).join(' AND ');
  return { insert, upsert: insert + conflict, remove: `DELETE FROM ${table.name} WHERE ${where}` };
}

const TABLE_SQL = new Map<TableName, TableSql>(TABLES.map((table) => [table.name, tableSql(table)]));
const sqlOf = (table: Table) => TABLE_SQL.get(table.name) as TableSql;

/** A row rowProblem() has passed, or a key: better-sqlite3 refuses any value SQLite cannot store. */
function upsert(db: Db, table: Table, row: readonly SqlValue[]): void {
  const sql = sqlOf(table);
  if (table.name === 'feedback') {
    // A new item is one plain insert; a known one is updated, its text only when it changed.
    if (value(db, 'SELECT 1 FROM feedback WHERE id = ?', [row[0] ?? null]) === undefined) {
      run(db, sql.insert, row);
      return;
    }
    run(db, sql.upsert, row);
    const text = row[FEEDBACK_TEXT] ?? null;
    run(db, 'UPDATE feedback SET text = ? WHERE id = ? AND text <> ?', [text, row[0] ?? null, text]);
    return;
  }
  run(db, sql.upsert, row);
}

function remove(db: Db, table: Table, key: readonly SqlValue[]): void {
  run(db, sqlOf(table).remove, key);
}

/** The feedback item a row belongs to, for tables tied to one; `values` are a row or a key. */
function feedbackIdOf(table: Table, values: unknown[], isKey: boolean): number | null {
  const column = table.name === 'feedback' ? 'id' : table.feedbackColumn;
  if (!column) return null;
  const names = isKey ? table.key : table.columns.map((c) => c.name);
  const index = names.indexOf(column);
  return index < 0 ? null : (values[index] as number);
}

function regionOf(table: Table, values: unknown[], isKey: boolean): RegionCode | null {
  const names = isKey ? table.key : table.columns.map((c) => c.name);
  const index = names.indexOf('region');
  return index < 0 ? null : (values[index] as RegionCode);
}

function quarantine(db: Db, table: string, row: unknown, reason: string, at: number): void {
  let text: string;
  try {
    text = JSON.stringify(row).slice(0, 20_000);
  } catch {
    text = '(not storable)';
  }
  run(db, 'INSERT INTO sync_quarantine (tbl, row, reason, at) VALUES (?, ?, ?, ?)', [table, text, reason, at]);
}

function pendingItems(db: Db): Set<number> {
  return new Set(column<number>(db, 'SELECT DISTINCT feedback_id FROM sync_outbox_items'));
}

/** The items that took the hub's version, and the local merges among them whose hub ids to remember. */
interface Settled {
  items: number[];
  merges: LocalMerge[];
}

/**
 * An item of a region the person is no longer granted, kept through a reset only because an edit of it waited: once
 * that edit is settled nothing will ever bring or take it again, so it leaves with what hangs off it, and its customer
 * when no other item here names them. The hub's answer stays in sync_rejections.
 */
function dropUngrantedItem(db: Db, feedbackId: number): void {
  const customer = value<number>(db, 'SELECT customer_id FROM feedback WHERE id = ?', [feedbackId]) ?? null;
  for (const table of [...ON_FEEDBACK, { name: 'sync_shadow', column: 'feedback_id' }]) {
    run(db, `DELETE FROM ${table.name} WHERE ${table.column} = ?`, [feedbackId]);
  }
  run(db, 'DELETE FROM feedback WHERE id = ?', [feedbackId]);
  run(db, 'DELETE FROM orders WHERE customer_id = ? AND NOT EXISTS (SELECT 1 FROM feedback WHERE customer_id = ?)', [customer, customer]);
  run(db, 'DELETE FROM customers WHERE id = ? AND NOT EXISTS (SELECT 1 FROM feedback WHERE customer_id = ?)', [customer, customer]);
}

/**
 * Drops the outbox entries the hub has answered for good. An item left with nothing waiting takes the hub's
 * version: its tags, pauses and local-only events and merges go, and the hub's rows held aside apply in order;
 * an item outside the granted regions goes altogether.
 */
function dropEntries(db: Db, ids: readonly number[], granted: readonly RegionCode[]): Settled {
  if (ids.length === 0) return { items: [], merges: [] };
  const list = JSON.stringify(ids);
  const items = column<number>(db, 'SELECT DISTINCT feedback_id FROM sync_outbox_items WHERE mutation_id IN (SELECT value FROM json_each(?))', [list]);
  run(db, 'DELETE FROM sync_outbox_items WHERE mutation_id IN (SELECT value FROM json_each(?))', [list]);
  run(db, 'DELETE FROM sync_outbox WHERE id IN (SELECT value FROM json_each(?))', [list]);
  const pending = pendingItems(db);
  const settled = items.filter((feedbackId) => !pending.has(feedbackId));
  const outside = new Set(settled.filter((feedbackId) => {
    const region = value<RegionCode>(db, 'SELECT region FROM feedback WHERE id = ?', [feedbackId]);
    return region !== undefined && !granted.includes(region);
  }));
  const kept = settled.filter((feedbackId) => !outside.has(feedbackId));
  // Read before any item takes the hub's rows (a folded item may come before its primary in the list); the hub's
  // ids they became are known once the page's own rows are in too. A merge never spans regions: none joins the two.
  const merges = kept.flatMap((feedbackId) => localMergesOf(db, feedbackId));
  for (const feedbackId of outside) dropUngrantedItem(db, feedbackId);
  for (const feedbackId of kept) {
    run(db, 'DELETE FROM feedback_tags WHERE feedback_id = ?', [feedbackId]);
    run(db, 'DELETE FROM feedback_sla_pauses WHERE feedback_id = ?', [feedbackId]);
    run(db, `DELETE FROM feedback_events WHERE feedback_id = ? AND id >= ${LOCAL_ID_FLOOR}`, [feedbackId]);
    run(db, `DELETE FROM feedback_merges WHERE primary_id = ? AND id >= ${LOCAL_ID_FLOOR}`, [feedbackId]);
    const held = all<{ tbl: TableName; op: 'upsert' | 'delete'; row: string }>(db, 'SELECT tbl, op, row FROM sync_shadow WHERE feedback_id = ? ORDER BY id', [
      feedbackId,
    ]);
    for (const { tbl, op, row } of held) {
      const table = TABLE_BY_NAME.get(tbl);
      if (!table) continue;
      if (op === 'upsert') upsert(db, table, JSON.parse(row) as SqlValue[]);
      else remove(db, table, JSON.parse(row) as SqlValue[]);
    }
    run(db, 'DELETE FROM sync_shadow WHERE feedback_id = ?', [feedbackId]);
  }
  return { items: settled, merges };
}

/** The items that took the hub's version (or left, outside the granted regions), their edits all answered, and their local merges. */
function confirmUpTo(db: Db, lastId: number, granted: readonly RegionCode[]): Settled {
  return dropEntries(db, column<number>(db, 'SELECT id FROM sync_outbox WHERE id <= ?', [lastId]), granted);
}

/**
 * Region tables that hold no feedback item, children before their parents (the registry lists parents first), so
 * clearing them in this order never leaves a row pointing at a deleted one.
 */
const GROWTH_TABLES = TABLES.filter((table) => table.scope === 'region' && !['customers', 'orders', 'feedback'].includes(table.name)).reverse();
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
    run(db, `DELETE FROM ${table} WHERE region IN (SELECT value FROM json_each(?))`, [list]);
  }
}

function adoptPerson(db: Db, person: PullResponse['person']): void {
  run(db, 'INSERT INTO people (id, name, email, role) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET name = excluded.name, email = excluded.email, role = excluded.role', [
    person.id,
    person.name,
    person.email,
    person.role,
  ]);
  run(db, "INSERT INTO settings (key, value) VALUES ('current_person_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [
    String(person.id),
  ]);
}

/** Roster rows with edits the hub has not answered, as `table:id`: the hub stamps them when it does, so they come again. */
function pendingRosterRows(db: Db): Set<string> {
  return new Set(column<string>(db, "SELECT tbl || ':' || row_id FROM rosters_outbox_rows"));
}

function applyChanges(db: Db, page: PullResponse, at: number, changed: PageChanges): { rows: number; quarantined: number } {
  const pending = pendingItems(db);
  const waitingRows = pendingRosterRows(db);
  const waits = (table: Table, values: unknown[]) => waitingRows.size > 0 && waitingRows.has(`${table.name}:${String(values[0])}`);
  const hold = (feedbackId: number, table: Table, op: 'upsert' | 'delete', row: unknown[]) =>
    run(db, 'INSERT INTO sync_shadow (feedback_id, tbl, op, row) VALUES (?, ?, ?, ?)', [feedbackId, table.name, op, JSON.stringify(row)]);
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
      if (waits(table, key)) continue;
      if (feedbackId !== null && pending.has(feedbackId)) hold(feedbackId, table, 'delete', key);
      else {
        remove(db, table, key as SqlValue[]);
        changed.row(table, feedbackId, regionOf(table, key, true));
      }
      rows++;
    }
    for (const row of changes.upserts) {
      const problem = rowProblem(table, row);
      if (problem) {
        setAside(table.name, row, problem);
        continue;
      }
      const feedbackId = feedbackIdOf(table, row, false);
      if (waits(table, row)) continue;
      if (feedbackId !== null && pending.has(feedbackId)) {
        hold(feedbackId, table, 'upsert', row);
      } else {
        try {
          upsert(db, table, row as SqlValue[]);
        } catch (error) {
          // The store refused it (a unique email taken, say): only this statement is undone.
          setAside(table.name, row, `the console could not store it: ${error instanceof Error ? error.message : String(error)}`);
          continue;
        }
        changed.row(table, feedbackId, regionOf(table, row, false));
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
    const streamingBefore = value(db, 'SELECT snapshot_rows_done IS NOT NULL FROM sync_state') === 1;
    const changes = new PageChanges();
    if (page.reset || page.removedRegions.length > 0) changes.everything();
    if (page.reset) {
      // Before the old rows go, so that their deletion skips the indexes and triggers too.
      setAside(db, TABLE_NAMES);
      dropHubRows(db);
      run(db, 'UPDATE sync_state SET snapshot_started_at = NULL, snapshot_rows_at_start = NULL');
    }
    if (page.removedRegions.length > 0) dropRegions(db, page.removedRegions);
    adoptPerson(db, page.person);
    const confirmed = page.lastMutationId === null ? null : confirmUpTo(db, page.lastMutationId, page.person.regions);
    if (confirmed) changes.items(confirmed.items);
    const { rows, quarantined } = applyChanges(db, page, at, changes);
    if (confirmed) recordMergeAliases(db, confirmed.merges);
    // A page without snapshot progress ends a snapshot or comes after one: nothing stays set aside past it.
    if (page.snapshot === null) restoreSetAside(db);
    const snapshotDone = page.snapshot === null && (page.reset || streamingBefore);
    run(db, 'UPDATE sync_state SET cursor = ?, snapshot_rows_done = ?, snapshot_rows_total = ?', [
      page.cursor,
      page.snapshot?.rowsDone ?? null,
      page.snapshot?.rowsTotal ?? null,
    ]);
    if (page.snapshot) {
      run(db, 'UPDATE sync_state SET snapshot_started_at = coalesce(snapshot_started_at, ?), snapshot_rows_at_start = coalesce(snapshot_rows_at_start, 0)', [at]);
    } else {
      run(db, 'UPDATE sync_state SET snapshot_started_at = NULL, snapshot_rows_at_start = NULL');
    }
    let checksum: ApplyOutcome['checksum'] = null;
    const settled = value(db, 'SELECT count(*) FROM sync_outbox') === 0;
    if (page.checksums && settled) {
      checksum = compareChecksums(db, page.checksums);
      if (checksum === 'match') run(db, `UPDATE sync_state SET checksum = 'match', resnapshot_used = 0`);
      else {
        // Once, start again from a snapshot; if that still differs, only say so.
        const used = value(db, 'SELECT resnapshot_used FROM sync_state') === 1;
        run(db, `UPDATE sync_state SET checksum = 'mismatch', resnapshot_used = 1${used ? '' : ', cursor = NULL'}`);
      }
    }
    return { rows, quarantined, checksum, snapshotDone, changed: changes.event() };
  });
}
