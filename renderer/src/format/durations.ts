// Short, glanceable durations for a dense grid: "3 h", "2 d", "2 h 10 m left", "Breached 5 h ago".
import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import type { QueueRow } from '../../../shared/queue';
import { SLA_AT_RISK_WINDOW_MS } from '../../../shared/queue';
import { remainingMs } from '../../../shared/sla-clock';

const MINUTE_MS = 60_000;

/** The largest whole unit only: "45 m", "3 h", "2 d". */
function coarseDuration(ms: number): string {
  const span = Math.max(0, ms);
  if (span < HOUR_MS) return `${Math.max(1, Math.floor(span / MINUTE_MS))} m`;
  if (span < DAY_MS) return `${Math.floor(span / HOUR_MS)} h`;
  return `${Math.floor(span / DAY_MS)} d`;
}

/** Two units where the second still matters: "2 h 10 m", "3 d 4 h", "45 m". */
export function preciseDuration(ms: number): string {
  const span = Math.max(0, ms);
  if (span < HOUR_MS) return coarseDuration(span);
  const [big, small, bigUnit, smallUnit] =
    span < DAY_MS ? [HOUR_MS, MINUTE_MS, 'h', 'm'] : [DAY_MS, HOUR_MS, 'd', 'h'];
  const whole = Math.floor(span / big);
  const rest = Math.floor((span - whole * big) / small);
  return rest > 0 ? `${whole} ${bigUnit} ${rest} ${smallUnit}` : `${whole} ${bigUnit}`;
}

export function ageText(createdAt: number, now: number): string {
  return coarseDuration(now - createdAt);
}

export type SlaState = 'closed' | 'paused' | 'breached' | 'at_risk' | 'on_track';

export interface SlaView {
  state: SlaState;
  text: string;
}

type SlaFields = Pick<QueueRow, 'slaDueAt' | 'slaPausedAt' | 'status'>;

/** The SLA countdown as the operator reads it; the clock stands still while paused. */
export function slaView(row: SlaFields, now: number): SlaView {
  if (row.status === 'resolved') return { state: 'closed', text: '—' };
  const left = remainingMs({ dueAt: row.slaDueAt, pausedAt: row.slaPausedAt }, now);
  if (row.slaPausedAt !== null) {
    return left >= 0
      ? { state: 'paused', text: `Paused, ${coarseDuration(left)} left` }
      : { state: 'breached', text: `Paused, ${coarseDuration(-left)} overdue` };
  }
  if (left < 0) return { state: 'breached', text: `Breached ${coarseDuration(-left)} ago` };
  return { state: left <= SLA_AT_RISK_WINDOW_MS ? 'at_risk' : 'on_track', text: `${preciseDuration(left)} left` };
}
