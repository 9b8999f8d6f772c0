// Reads the outbox for a push and records the hub's answers. An answered entry is not sent again; it
// leaves the outbox when a pull confirms it (apply-page.ts), with the hub's rows for its items.
import type { Mutation, MutationResult } from '../../../shared/hub-protocol';
import type { Db } from '../../db/open';
import { TABLE_BY_NAME, type TableName } from '../../../shared/table-registry';
import { all, get, run, value } from '../../db/statement-cache';

interface OutboxRow {
  id: number;
  name: Mutation['name'];
  args: string;
  base: string | null;
  made_at: number;
}

/** The oldest entries the hub has not answered, as mutations. */
export function unansweredBatch(db: Db, limit: number): Mutation[] {
  const rows = all<OutboxRow>(db, 'SELECT id, name, args, base, made_at FROM sync_outbox WHERE answer IS NULL ORDER BY id LIMIT ?', [limit]);
  return rows.map(
    (row) =>
      ({
        id: row.id,
        name: row.name,
        at: row.made_at,
        args: JSON.parse(row.args) as unknown,
        ...(row.base === null ? {} : { base: JSON.parse(row.base) as unknown }),
      }) as Mutation,
  );
}

export function unansweredCount(db: Db): number {
  return value<number>(db, 'SELECT count(*) FROM sync_outbox WHERE answer IS NULL') ?? 0;
}

/** New roster rows the hub refused (a handle taken on another console, say) never existed there: they leave here too. */
function forgetRefusedRows(db: Db, mutationId: number): void {
  const entry = get<{ name: string; args: string }>(db, 'SELECT name, args FROM sync_outbox WHERE id = ?', [mutationId]);
  if (entry?.name !== 'rosters.insert') return;
  const { table, rows } = JSON.parse(entry.args) as { table: string; rows: unknown[][] };
  const spec = TABLE_BY_NAME.get(table as TableName);
  if (!spec) return;
  const key = spec.key[0] as string;
  const at = spec.columns.findIndex((c) => c.name === key);
  run(db, `DELETE FROM ${spec.name} WHERE "${key}" IN (SELECT value FROM json_each(?))`, [JSON.stringify(rows.map((row) => row[at]))]);
}

export function recordAnswers(db: Db, results: MutationResult[], at: number): void {
  db.transaction(() => {
    for (const result of results) {
      // Recorded once: a retried push gets the same answers and must not list a conflict twice.
      if (run(db, 'UPDATE sync_outbox SET answer = ? WHERE id = ? AND answer IS NULL', [result.status, result.id]).changes === 0) continue;
      if (result.status === 'rejected') {
        run(db, 'INSERT INTO sync_rejections (mutation_id, reason, at) VALUES (?, ?, ?)', [result.id, result.reason, at]);
        forgetRefusedRows(db, result.id);
      } else if (result.status === 'conflict') {
        for (const c of result.conflicts) {
          const [table, rowId] = 'table' in c ? [c.table, c.rowId] : ['feedback', c.feedbackId];
          run(db, 'INSERT INTO sync_conflicts (mutation_id, tbl, feedback_id, field, base_value, local_value, hub_value, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)', [
            result.id,
            table,
            rowId,
            c.field,
            JSON.stringify(c.base),
            JSON.stringify(c.local),
            JSON.stringify(c.hub),
            at,
          ]);
        }
      }
    }
  })();
}

/**
 * The hub refused an entry as malformed (a fault of this console, not of the person's edit): it is set
 * aside as rejected so the rest can go. The hub never saw it, so nothing will bring the hub's version of
 * its items back on its own: the next pull starts again from a snapshot.
 */
export function rejectMalformed(db: Db, mutationId: number, reason: string, at: number): void {
  db.transaction(() => {
    run(db, 'INSERT INTO sync_rejections (mutation_id, reason, at) VALUES (?, ?, ?)', [mutationId, reason, at]);
    run(db, 'DELETE FROM sync_outbox_items WHERE mutation_id = ?', [mutationId]);
    run(db, 'DELETE FROM sync_outbox WHERE id = ?', [mutationId]);
    run(db, 'UPDATE sync_state SET cursor = NULL');
  })();
}
