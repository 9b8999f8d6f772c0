// The conflicts the hub reported for this console's edits, and the person's choice for each.
import type { FeedbackField, FeedbackFields, FieldValue } from '../../../shared/hub-protocol';
import type { SyncConflict } from '../../../shared/sync';
import type { Person } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, get, run, value } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { updateFeedback } from '../feedback/update-service';
import { enqueueFeedbackUpdate } from './outbox';

interface ConflictRow {
  id: number;
  feedback_id: number;
  field: FeedbackField;
  base_value: string;
  local_value: string;
  hub_value: string;
  at: number;
}

const COLUMN: Record<FeedbackField, string> = { status: 'status', priority: 'priority', category: 'category', assigneeId: 'assignee_id' };

export function listConflicts(db: Db): SyncConflict[] {
  return all<ConflictRow>(db, 'SELECT * FROM sync_conflicts ORDER BY at, id').map((row) => ({
    id: row.id,
    feedbackId: row.feedback_id,
    field: row.field,
    baseValue: JSON.parse(row.base_value) as FieldValue,
    localValue: JSON.parse(row.local_value) as FieldValue,
    hubValue: JSON.parse(row.hub_value) as FieldValue,
    at: row.at,
  }));
}

/**
 * Keeping the hub's value closes the conflict (the item shows the hub's value once its edits are
 * confirmed). Keeping this console's value is a new edit made against the hub's value, so it syncs.
 */
export function resolveConflict(db: Db, id: number, keep: 'local' | 'hub', person: Person, now: number): { remaining: number } {
  return db.transaction(() => {
    const row = get<ConflictRow>(db, 'SELECT * FROM sync_conflicts WHERE id = ?', [id]);
    if (!row) throw new ServiceError('not_found', `There is no conflict #${id}; it may have been settled already`, 'id');
    if (keep === 'local') {
      const local = JSON.parse(row.local_value) as FieldValue;
      const shown = value<FieldValue>(db, `SELECT ${COLUMN[row.field]} FROM feedback WHERE id = ?`, [row.feedback_id]);
      if (shown === undefined) throw new ServiceError('not_found', `Feedback #${row.feedback_id} is no longer on this console`, 'id');
      if (shown === local) {
        // The item still shows this console's value (the hub's answer is not pulled yet): only the hub needs telling.
        const hub = JSON.parse(row.hub_value) as FieldValue;
        enqueueFeedbackUpdate(db, row.feedback_id, { [row.field]: local } as FeedbackFields, { [row.field]: hub } as FeedbackFields, now);
      } else {
        const change = { [row.field]: local } as Parameters<typeof updateFeedback>[1]['change'];
        updateFeedback(db, { target: { ids: [row.feedback_id] }, change }, person, now);
      }
    }
    run(db, 'DELETE FROM sync_conflicts WHERE id = ?', [id]);
    return { remaining: value<number>(db, 'SELECT count(*) FROM sync_conflicts') ?? 0 };
  })();
}
