// The conflicts the hub reported for this console's edits, and the person's choice for each.
import type { FeedbackField, FeedbackFields, FieldValue } from '../../../shared/hub-protocol';
import type { SyncConflict } from '../../../shared/sync';
import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, get, run, value } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { updateFeedback } from '../feedback/update-service';
import type { RostersTableName } from '../../../shared/tables/rosters-tables';
import { queueUpdate } from '../rosters/roster-outbox';
import { editRow, loadRows, rowName } from '../rosters/row-edits';
import { requireRosterEditor } from '../rosters/roster-roles';
import { enqueueFeedbackUpdate } from './outbox';

interface ConflictRow {
  id: number;
  tbl: 'feedback' | RostersTableName;
  /** The feedback item, or the roster row, in tbl. */
  feedback_id: number;
  field: string;
  base_value: string;
  local_value: string;
  hub_value: string;
  at: number;
}

const COLUMN: Record<FeedbackField, string> = { status: 'status', priority: 'priority', category: 'category', assigneeId: 'assignee_id' };

/** As for feedback: an edit of the row made against the hub's value, queued alone if the row still shows this console's. */
function keepLocalRowValue(db: Db, table: RostersTableName, rowId: number, field: string, row: ConflictRow, person: Person, now: number): void {
  // Keeping this console's value is a new edit: the hub would refuse it from a person who no longer edits rosters.
  requireRosterEditor(person);
  const local = JSON.parse(row.local_value) as FieldValue;
  const hub = JSON.parse(row.hub_value) as FieldValue;
  const shown = loadRows(db, table, [rowId], person, 'id').get(rowId);
  if (!shown) throw new ServiceError('not_found', `${rowName(table, rowId)} is no longer on this console`, 'id');
  if (shown[field] === local) queueUpdate(db, table, rowId, { [field]: local }, { [field]: hub }, now);
  else editRow(db, table, shown, { [field]: local }, person, now);
}

export function listConflicts(db: Db): SyncConflict[] {
  return all<ConflictRow>(db, 'SELECT * FROM sync_conflicts ORDER BY at, id').map((row): SyncConflict => {
    const values = {
      id: row.id,
      baseValue: JSON.parse(row.base_value) as FieldValue,
      localValue: JSON.parse(row.local_value) as FieldValue,
      hubValue: JSON.parse(row.hub_value) as FieldValue,
      at: row.at,
    };
    return row.tbl === 'feedback'
      ? { ...values, table: 'feedback', feedbackId: row.feedback_id, field: row.field as FeedbackField }
      : { ...values, table: row.tbl, rowId: row.feedback_id, field: row.field };
  });
}

/**
 * Keeping the hub's value closes the conflict (the item shows the hub's value once its edits are
 * confirmed). Keeping this console's value is a new edit made against the hub's value, so it syncs.
 */
export function resolveConflict(db: Db, id: number, keep: 'local' | 'hub', person: Person, now: number): { remaining: number } {
  return db.transaction(() => {
    const row = get<ConflictRow>(db, 'SELECT * FROM sync_conflicts WHERE id = ?', [id]);
    if (!row) throw new ServiceError('not_found', `There is no conflict #${id}; it may have been settled already`, 'id');
    if (keep === 'local' && row.tbl !== 'feedback') keepLocalRowValue(db, row.tbl, row.feedback_id, row.field, row, person, now);
    else if (keep === 'local') {
      const field = row.field as FeedbackField;
      const local = JSON.parse(row.local_value) as FieldValue;
      const shown = value<FieldValue>(db, `SELECT ${COLUMN[field]} FROM feedback WHERE id = ?`, [row.feedback_id]);
      if (shown === undefined) throw new ServiceError('not_found', `Feedback #${row.feedback_id} is no longer on this console`, 'id');
      if (shown === local) {
        // The item still shows this console's value (the hub's answer is not pulled yet): only the hub needs telling.
        const hub = JSON.parse(row.hub_value) as FieldValue;
        enqueueFeedbackUpdate(db, row.feedback_id, { [field]: local } as FeedbackFields, { [field]: hub } as FeedbackFields, now);
      } else {
        const change = { [field]: local } as Parameters<typeof updateFeedback>[1]['change'];
        updateFeedback(db, { target: { ids: [row.feedback_id] }, change }, person, now);
      }
    }
    run(db, 'DELETE FROM sync_conflicts WHERE id = ?', [id]);
    return { remaining: value<number>(db, 'SELECT count(*) FROM sync_conflicts') ?? 0 };
  })();
}
