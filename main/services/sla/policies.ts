import type { Priority, RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { value } from '../../db/statement-cache';

/** A region's own hours for a priority, else the default ('*') policy's. */
export function policyHours(db: Db, region: RegionCode, priority: Priority): number {
  const hours = value<number>(db, `SELECT hours FROM sla_policies WHERE priority = ? AND region IN (?, '*') ORDER BY region = '*' LIMIT 1`, [
    priority,
    region,
  ]);
  if (hours === undefined) throw new Error(`No SLA policy for ${priority} in ${region} or by default`);
  return hours;
}

export function closedPauseTotalMs(db: Db, feedbackId: number): number {
  const total = value<number>(
    db,
    `SELECT coalesce(sum(resumed_at - paused_at), 0) FROM feedback_sla_pauses
     WHERE feedback_id = ? AND resumed_at IS NOT NULL`,
    [feedbackId],
  );
  return total ?? 0;
}
