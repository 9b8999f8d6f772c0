// Roster edits as mutations in the outbox (shared/rosters-mutations.ts), written in the edit's own transaction.
// Each notes the rows it touches, so a pull leaves them alone until the hub has answered (migration, rosters).
import { MAX_ROWS_PER_INSERT, type RowFields } from '../../../shared/rosters-mutations';
import type { RostersTableName } from '../../../shared/tables/rosters-tables';
import type { Db } from '../../db/open';
import { run, type SqlValue } from '../../db/statement-cache';
import { enqueue, hasOutbox } from '../sync/outbox';

function noteRows(db: Db, table: RostersTableName, rowIds: readonly number[], mutationId: number): void {
  for (const rowId of rowIds) run(db, 'INSERT OR IGNORE INTO rosters_outbox_rows (tbl, row_id, mutation_id) VALUES (?, ?, ?)', [table, rowId, mutationId]);
}

/** New rows in the registry's column order, their key first; sent in mutations of at most 500 rows. */
export function queueInsert(db: Db, table: RostersTableName, rows: readonly SqlValue[][], at: number): void {
  if (!hasOutbox(db)) return;
  for (let from = 0; from < rows.length; from += MAX_ROWS_PER_INSERT) {
    const part = rows.slice(from, from + MAX_ROWS_PER_INSERT);
    const id = enqueue(db, 'rosters.insert', { table, rows: part }, null, at, []);
    noteRows(db, table, part.map((row) => row[0] as number), id);
  }
}

/** An edit of some fields of one row, made against the values the person saw. */
export function queueUpdate(db: Db, table: RostersTableName, rowId: number, set: RowFields, base: RowFields, at: number): void {
  if (!hasOutbox(db)) return;
  noteRows(db, table, [rowId], enqueue(db, 'rosters.update', { table, rowId, set }, base, at, []));
}
