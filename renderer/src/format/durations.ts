// Short, glanceable durations for a dense grid: "3 h", "2 d", "2 h 10 m left", "Breached 5 h ago", in the
// person's UI language.
import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import type { QueueRow } from '../../../shared/queue';
import { SLA_AT_RISK_WINDOW_MS } from '../../../shared/queue';
import { remainingMs } from '../../../shared/sla-clock';
import type { Words } from '../i18n/words';

const MINUTE_MS = 60_000;

type DurationWords = Pick<Words, 't' | 'number'>;

const UNITS = [
  [DAY_MS, 'duration.days'],
  [HOUR_MS, 'duration.hours'],
  [MINUTE_MS, 'duration.minutes'],
] as const;

function inUnit(count: number, unit: (typeof UNITS)[number][1], words: DurationWords): string {
  return words.t(unit, { count: words.number(count) });
}

/** The largest whole unit only: "45 m", "3 h", "2 d". */
function coarseDuration(ms: number, words: DurationWords): string {
  const span = Math.max(0, ms);
  if (span < HOUR_MS) return inUnit(Math.max(1, Math.floor(span / MINUTE_MS)), 'duration.minutes', words);
  if (span < DAY_MS) return inUnit(Math.floor(span / HOUR_MS), 'duration.hours', words);
  return inUnit(Math.floor(span / DAY_MS), 'duration.days', words);
}

/** Two units where the second still matters: "2 h 10 m", "3 d 4 h", "45 m". */
export function preciseDuration(ms: number, words: DurationWords): string {
  const span = Math.max(0, ms);
  if (span < HOUR_MS) return coarseDuration(span, words);
  const [[big, bigUnit], [small, smallUnit]] = span < DAY_MS ? [UNITS[1], UNITS[2]] : [UNITS[0], UNITS[1]];
  const whole = Math.floor(span / big);
  const rest = Math.floor((span - whole * big) / small);
  const first = inUnit(whole, bigUnit, words);
  return rest > 0 ? words.t('duration.twoUnits', { big: first, small: inUnit(rest, smallUnit, words) }) : first;
}

export function ageText(createdAt: number, now: number, words: DurationWords): string {
  return coarseDuration(now - createdAt, words);
}

export type SlaState = 'closed' | 'paused' | 'breached' | 'at_risk' | 'on_track';

type SlaFields = Pick<QueueRow, 'slaDueAt' | 'slaPausedAt' | 'status'>;

/** Where the SLA stands; the clock stands still while paused. */
export function slaState(row: SlaFields, now: number): SlaState {
  if (row.status === 'resolved') return 'closed';
  const left = remainingMs({ dueAt: row.slaDueAt, pausedAt: row.slaPausedAt }, now);
  if (row.slaPausedAt !== null) return left >= 0 ? 'paused' : 'breached';
  if (left < 0) return 'breached';
  return left <= SLA_AT_RISK_WINDOW_MS ? 'at_risk' : 'on_track';
}

export interface SlaView {
  state: SlaState;
  text: string;
}

/** The SLA countdown as the operator reads it. */
export function slaView(row: SlaFields, now: number, words: DurationWords): SlaView {
  const state = slaState(row, now);
  if (state === 'closed') return { state, text: '—' };
  const left = remainingMs({ dueAt: row.slaDueAt, pausedAt: row.slaPausedAt }, now);
  if (row.slaPausedAt !== null) {
    return left >= 0
      ? { state, text: words.t('sla.pausedLeft', { time: coarseDuration(left, words) }) }
      : { state, text: words.t('sla.pausedOverdue', { time: coarseDuration(-left, words) }) };
  }
  if (left < 0) return { state, text: words.t('sla.breached', { time: coarseDuration(-left, words) }) };
  return { state, text: words.t('sla.left', { time: preciseDuration(left, words) }) };
}
