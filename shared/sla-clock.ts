// The SLA clock of one feedback item. Waiting on the carrier or the customer stops it; on resume the
// due time moves on by exactly the time it stood still, so the clock goes on where it stopped.
import { SLA_PAUSING_STATUSES, type FeedbackStatus } from './domain';

export interface SlaClock {
  dueAt: number;
  /** When the clock stopped, while it stands still. */
  pausedAt: number | null;
}

export type SlaTransition = 'pause' | 'resume' | null;

export function isPausing(status: FeedbackStatus): boolean {
  return SLA_PAUSING_STATUSES.includes(status);
}

/** What a status change does to the clock. Resolving a paused item ends its pause. */
export function transitionFor(from: FeedbackStatus, to: FeedbackStatus): SlaTransition {
  if (!isPausing(from) && isPausing(to)) return 'pause';
  if (isPausing(from) && !isPausing(to)) return 'resume';
  return null;
}

export function pause(clock: SlaClock, now: number): SlaClock {
  return clock.pausedAt === null ? { dueAt: clock.dueAt, pausedAt: now } : clock;
}

export function resume(clock: SlaClock, now: number): SlaClock {
  if (clock.pausedAt === null) return clock;
  return { dueAt: clock.dueAt + Math.max(0, now - clock.pausedAt), pausedAt: null };
}

/** Time left before the due time, frozen while paused; negative once breached. */
export function remainingMs(clock: SlaClock, now: number): number {
  return clock.dueAt - (clock.pausedAt ?? now);
}

/** The due time for a priority: creation plus the policy's hours plus all time spent paused. */
export function dueAtFor(createdAt: number, policyHours: number, pausedTotalMs: number): number {
  return createdAt + Math.round(policyHours * 3_600_000) + pausedTotalMs;
}
