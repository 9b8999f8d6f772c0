import type { Priority, RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { prepareCached } from '../../db/statement-cache';

/** A region's own hours for a priority, else the default ('*') policy's. */
export function policyHours(db: Db, region: RegionCode, priority: Priority): number {
  const row = prepareCached(
    db,
    `SELECT hours FROM sla_policies WHERE priority = ? AND region IN (?, '*') ORDER BY region = '*' LIMIT 1`,
  ).get(priority, region) as { hours: number } | undefined;
  if (!row) throw new Error(`No SLA policy for ${priority} in ${region} or by default`);
  return row.hours;
}

export function closedPauseTotalMs(db: Db, feedbackId: number): number {
  const row = prepareCached(
    db,
    `SELECT coalesce(sum(resumed_at - paused_at), 0) AS total FROM feedback_sla_pauses
     WHERE feedback_id = ? AND resumed_at IS NOT NULL`,
  ).get(feedbackId) as { total: number };
  return row.total;
}
