import type { InputOf } from '../../../shared/contract-kit';
import type { feedbackCalls } from '../../../shared/feedback-calls';
import type { FeedbackCategory, FeedbackStatus, Person, Priority, RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, column, get, run } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { dueAtFor, pause, resume, transitionFor } from '../../../shared/sla-clock';
import { closedPauseTotalMs, policyHours } from '../sla/policies';
import { openOutbox } from '../sync/outbox';
import { openAuditTrail, type AuditEvent, type AuditKind } from './audit';
import { matchingIds } from './queue-service';

type UpdateInput = InputOf<(typeof feedbackCalls)['feedback.update']>;
type Change = UpdateInput['change'];

interface CurrentRow {
  id: number;
  region: RegionCode;
  status: FeedbackStatus;
  priority: Priority;
  category: FeedbackCategory;
  assignee_id: number | null;
  created_at: number;
  sla_due_at: number;
  sla_paused_at: number | null;
  first_response_at: number | null;
  resolved_at: number | null;
}

const WRITABLE_COLUMNS = [
  'status',
  'priority',
  'category',
  'assignee_id',
  'sla_due_at',
  'sla_paused_at',
  'first_response_at',
  'resolved_at',
] as const satisfies readonly (keyof CurrentRow)[];

function targetIds(db: Db, target: UpdateInput['target'], person: Person, now: number): number[] {
  if ('ids' in target) return [...new Set(target.ids)];
  const except = new Set(target.exceptIds);
  return matchingIds(db, target.filter, person, now).filter((id) => !except.has(id));
}

function loadRows(db: Db, ids: number[], person: Person): CurrentRow[] {
  const rows = all<CurrentRow>(
    db,
    `SELECT f.id, f.region, f.status, f.priority, f.category, f.assignee_id, f.created_at, f.sla_due_at,
            f.sla_paused_at, f.first_response_at, f.resolved_at
     FROM json_each(?) AS t CROSS JOIN feedback f ON f.id = t.value`,
    [JSON.stringify(ids)],
  );
  const found = new Set(rows.map((row) => row.id));
  const missing = ids.find((id) => !found.has(id));
  if (missing !== undefined) throw new ServiceError('not_found', `Feedback #${missing} does not exist`, 'target.ids');
  const outside = rows.find((row) => !person.regions.includes(row.region));
  if (outside) {
    throw new ServiceError('forbidden', `Feedback #${outside.id} is in ${outside.region}, which you are not granted`, 'target.ids');
  }
  return rows;
}

function checkAssignee(db: Db, assigneeId: number, rows: CurrentRow[]): void {
  const assignee = get<{ name: string }>(db, 'SELECT name FROM people WHERE id = ?', [assigneeId]);
  if (!assignee) throw new ServiceError('invalid_input', `There is no person #${assigneeId} to assign to`, 'change.assigneeId');
  const granted = new Set(column<string>(db, 'SELECT region FROM people_regions WHERE person_id = ?', [assigneeId]));
  const outside = rows.find((row) => !granted.has(row.region));
  if (outside) {
    throw new ServiceError(
      'invalid_input',
      `${assignee.name} is not granted ${outside.region}, so cannot take feedback #${outside.id}`,
      'change.assigneeId',
    );
  }
}

/** What one update call opens once for all its rows. */
interface Batch {
  record: (event: AuditEvent) => void;
  /** A region's hours for a priority, read once per pair in the call rather than once per row. */
  hours: (region: RegionCode, priority: Priority) => number;
}

function openBatch(db: Db): Batch {
  const known = new Map<string, number>();
  return {
    record: openAuditTrail(db),
    hours(region, priority) {
      const key = `${region} ${priority}`;
      let hours = known.get(key);
      if (hours === undefined) known.set(key, (hours = policyHours(db, region, priority)));
      return hours;
    },
  };
}

function applyToRow(db: Db, batch: Batch, row: CurrentRow, change: Change, actorId: number, now: number): boolean {
  const event = (kind: AuditKind, before: string | number | null, after: string | number | null) =>
    batch.record({ feedbackId: row.id, at: now, actorId, kind, before, after });
  const next = { ...row };
  let changed = false;

  if (change.assigneeId !== undefined && change.assigneeId !== row.assignee_id) {
    next.assignee_id = change.assigneeId;
    event('assignee', row.assignee_id, change.assigneeId);
    changed = true;
  }
  if (change.category !== undefined && change.category !== row.category) {
    next.category = change.category;
    event('category', row.category, change.category);
    changed = true;
  }
  if (change.status !== undefined && change.status !== row.status) {
    next.status = change.status;
    event('status', row.status, change.status);
    const clock = { dueAt: row.sla_due_at, pausedAt: row.sla_paused_at };
    const transition = transitionFor(row.status, change.status);
    if (transition === 'pause') {
      next.sla_paused_at = pause(clock, now).pausedAt;
      run(db, 'INSERT INTO feedback_sla_pauses (feedback_id, paused_at, reason) VALUES (?, ?, ?)', [row.id, now, change.status]);
      event('sla_paused', null, change.status);
    } else if (transition === 'resume') {
      const resumed = resume(clock, now);
      next.sla_due_at = resumed.dueAt;
      next.sla_paused_at = null;
      run(db, 'UPDATE feedback_sla_pauses SET resumed_at = ? WHERE feedback_id = ? AND resumed_at IS NULL', [now, row.id]);
      event('sla_resumed', row.sla_due_at, resumed.dueAt);
    }
    if (row.status === 'new' && next.first_response_at === null) next.first_response_at = now;
    next.resolved_at = change.status === 'resolved' ? now : null;
    changed = true;
  }
  if (change.priority !== undefined && change.priority !== row.priority) {
    next.priority = change.priority;
    event('priority', row.priority, change.priority);
    // The clock keeps the time it stood still; only the policy's allowance changes. A pause still
    // open is added when it ends.
    const dueAt = dueAtFor(row.created_at, batch.hours(row.region, change.priority), closedPauseTotalMs(db, row.id));
    if (dueAt !== next.sla_due_at) {
      event('sla_due', next.sla_due_at, dueAt);
      next.sla_due_at = dueAt;
    }
    changed = true;
  }
  for (const tag of change.addTags ?? []) {
    if (run(db, 'INSERT OR IGNORE INTO feedback_tags (feedback_id, tag) VALUES (?, ?)', [row.id, tag]).changes > 0) {
      event('tag_added', null, tag);
      changed = true;
    }
  }
  for (const tag of change.removeTags ?? []) {
    if (run(db, 'DELETE FROM feedback_tags WHERE feedback_id = ? AND tag = ?', [row.id, tag]).changes > 0) {
      event('tag_removed', tag, null);
      changed = true;
    }
  }
  if (!changed) return false;
  // Only the columns that changed are written: SQLite rewrites an index entry whenever its column is
  // set, even to the same value, and feedback has many indexes.
  const columns = WRITABLE_COLUMNS.filter((column) => next[column] !== row[column]);
  run(db, `UPDATE feedback SET ${columns.map((column) => `${column} = ?, `).join('')}updated_at = ?, version = version + 1 WHERE id = ?`, [
    ...columns.map((column) => next[column]),
    now,
    row.id,
  ]);
  return true;
}

/** Applies one change to many feedback items, with their audit events, all or nothing. */
export function updateFeedback(db: Db, input: UpdateInput, person: Person, now: number): { updated: number } {
  return db.transaction(() => {
    const ids = targetIds(db, input.target, person, now);
    if (ids.length === 0) return { updated: 0 };
    const rows = loadRows(db, ids, person);
    if (input.change.assigneeId != null) checkAssignee(db, input.change.assigneeId, rows);
    const outbox = openOutbox(db);
    const batch = openBatch(db);
    let updated = 0;
    for (const row of rows) {
      if (!applyToRow(db, batch, row, input.change, person.id, now)) continue;
      updated += 1;
      outbox?.feedbackUpdate(row, input.change, now);
    }
    return { updated };
  })();
}
