import type { Db } from '../../db/open';
import { run } from '../../db/statement-cache';
import { nextLocalId } from '../sync/local-ids';

export type AuditKind =
  | 'status'
  | 'priority'
  | 'assignee'
  | 'category'
  | 'tag_added'
  | 'tag_removed'
  | 'sla_paused'
  | 'sla_resumed'
  | 'sla_due'
  | 'merged'
  | 'merged_into'
  | 'unmerged';

export interface AuditEvent {
  feedbackId: number;
  at: number;
  actorId: number;
  kind: AuditKind;
  before: string | number | null;
  after: string | number | null;
}

/**
 * The audit trail of one change, opened inside its transaction: the last local id is read once and counted up from
 * there, so a bulk change of 1,000 items writes its 3,000 events without a look-up each (nothing else writes events
 * while the transaction holds the database).
 */
export function openAuditTrail(db: Db): (event: AuditEvent) => void {
  let id = nextLocalId(db, 'feedback_events');
  return (event) => {
    run(db, 'INSERT INTO feedback_events (id, feedback_id, at, actor_id, kind, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)', [
      id,
      event.feedbackId,
      event.at,
      event.actorId,
      event.kind,
      event.before === null ? null : String(event.before),
      event.after === null ? null : String(event.after),
    ]);
    id += 1;
  };
}
