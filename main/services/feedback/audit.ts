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

/** Writes one audit event; callers run it inside the transaction of the change it records. */
export function recordEvent(
  db: Db,
  event: { feedbackId: number; at: number; actorId: number; kind: AuditKind; before: string | number | null; after: string | number | null },
): void {
  run(db, 'INSERT INTO feedback_events (id, feedback_id, at, actor_id, kind, before, after) VALUES (?, ?, ?, ?, ?, ?, ?)', [
    nextLocalId(db, 'feedback_events'),
    event.feedbackId,
    event.at,
    event.actorId,
    event.kind,
    event.before === null ? null : String(event.before),
    event.after === null ? null : String(event.after),
  ]);
}
