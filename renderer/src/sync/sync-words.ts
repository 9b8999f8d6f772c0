// What the sync indicator and its dialog say, as plain functions of a SyncStatus, the time and the UI language.
import type { InitialSyncProgress, SyncStatus } from '../../../shared/sync';
import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import type { Words } from '../i18n/words';

const MINUTE_MS = 60_000;

/** "just now", "2 min ago", "3 h ago", "2 d ago". A time slightly ahead of `now` (the clock ticks each minute) is "just now". */
export function relativeTime(at: number, now: number, { t }: Pick<Words, 't'>): string {
  const span = now - at;
  if (span < MINUTE_MS) return t('relative.justNow');
  if (span < HOUR_MS) return t('relative.minutes', { count: Math.floor(span / MINUTE_MS) });
  if (span < DAY_MS) return t('relative.hours', { count: Math.floor(span / HOUR_MS) });
  return t('relative.days', { count: Math.floor(span / DAY_MS) });
}

/** An estimate, so rounded and said as one: "about 2 min left", "about 1 h 20 min left". */
export function timeLeftText(seconds: number, { t }: Pick<Words, 't'>): string {
  if (seconds < 60) return t('sync.timeLeftUnderMinute');
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return t('sync.timeLeftMinutes', { minutes });
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest > 0 ? t('sync.timeLeftHoursMinutes', { hours, minutes: rest }) : t('sync.timeLeftHours', { hours });
}

/** "12,345 of 1,500,000 rows, about 2 min left"; no estimate until the rate is known. */
export function progressText(progress: InitialSyncProgress, words: Pick<Words, 't'>): string {
  const rows = words.t('sync.rows', { done: progress.rowsDone, total: progress.rowsTotal });
  return progress.secondsLeft === null ? rows : words.t('sync.rowsWithTime', { rows, left: timeLeftText(progress.secondsLeft, words) });
}

/** A whole percent that reaches 100 only when the copy is complete. */
export function progressPercent(progress: InitialSyncProgress): number {
  return Math.min(100, Math.max(0, Math.floor(progress.percent)));
}

/** The indicator's accessible name: "Sync: online, last synced 2 min ago", "Sync: offline — no network". */
export function indicatorName(status: SyncStatus | null, failure: string | null, now: number, words: Words): string {
  const { t, label } = words;
  if (failure !== null) return t('sync.nameUnavailable', { failure });
  if (status === null) return t('sync.nameChecking');
  const state = label('sync.stateLower', status.state);
  const head = status.reason ? t('sync.stateWithReason', { state, reason: status.reason }) : state;
  return t('sync.name', { parts: [head, ...syncedClause(status, now, words)].join(', ') });
}

function syncedClause(status: SyncStatus, now: number, words: Words): string[] {
  if (status.state === 'signed_out' || status.state === 'signing_in') return [];
  if (status.lastSyncedAt !== null) return [words.t('sync.lastSynced', { when: relativeTime(status.lastSyncedAt, now, words) })];
  // Online but nothing finished yet is worth saying; offline or mid-sync it goes without saying.
  return status.state === 'online' ? [words.t('sync.notSyncedYet')] : [];
}

/** The short line beside the state in the header: why it fails, else how fresh the data is. */
export function indicatorDetail(status: SyncStatus, now: number, words: Pick<Words, 't'>): string | null {
  if (status.reason) return status.reason;
  if (status.state === 'signed_out' || status.state === 'signing_in' || status.lastSyncedAt === null) return null;
  return relativeTime(status.lastSyncedAt, now, words);
}
