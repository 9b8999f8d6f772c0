// What the sync indicator and its dialog say, as plain functions of a SyncStatus and the time.
import type { InitialSyncProgress, SyncProblem, SyncState, SyncStatus } from '../../../shared/sync';
import { DAY_MS, HOUR_MS } from '../../../shared/domain';
import { uiNumber } from '../format/region-format';

const MINUTE_MS = 60_000;

/** "just now", "2 min ago", "3 h ago", "2 d ago". A time slightly ahead of `now` (the clock ticks each minute) is "just now". */
export function relativeTime(at: number, now: number): string {
  const span = now - at;
  if (span < MINUTE_MS) return 'just now';
  if (span < HOUR_MS) return `${Math.floor(span / MINUTE_MS)} min ago`;
  if (span < DAY_MS) return `${Math.floor(span / HOUR_MS)} h ago`;
  return `${Math.floor(span / DAY_MS)} d ago`;
}

/** An estimate, so rounded and said as one: "about 2 min left", "about 1 h 20 min left". */
export function timeLeftText(seconds: number): string {
  if (seconds < 60) return 'less than a minute left';
  const minutes = Math.round(seconds / 60);
  if (minutes < 60) return `about ${minutes} min left`;
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return rest > 0 ? `about ${hours} h ${rest} min left` : `about ${hours} h left`;
}

/** "12,345 of 1,500,000 rows, about 2 min left"; no estimate until the rate is known. */
export function progressText(progress: InitialSyncProgress): string {
  const rows = `${uiNumber.format(progress.rowsDone)} of ${uiNumber.format(progress.rowsTotal)} rows`;
  return progress.secondsLeft === null ? rows : `${rows}, ${timeLeftText(progress.secondsLeft)}`;
}

/** A whole percent that reaches 100 only when the copy is complete. */
export function progressPercent(progress: InitialSyncProgress): number {
  return Math.min(100, Math.max(0, Math.floor(progress.percent)));
}

export const STATE_WORDS: Record<SyncState, string> = {
  signed_out: 'Not signed in',
  signing_in: 'Signing in',
  syncing: 'Syncing',
  online: 'Online',
  offline: 'Offline',
};

/** The indicator's accessible name: "Sync: online, last synced 2 min ago", "Sync: offline — no network". */
export function indicatorName(status: SyncStatus | null, failure: string | null, now: number): string {
  if (failure !== null) return `Sync: status unavailable — ${failure}`;
  if (status === null) return 'Sync: checking';
  const head = STATE_WORDS[status.state].toLowerCase() + (status.reason ? ` — ${status.reason}` : '');
  return ['Sync: ' + head, ...syncedClause(status, now)].join(', ');
}

function syncedClause(status: SyncStatus, now: number): string[] {
  if (status.state === 'signed_out' || status.state === 'signing_in') return [];
  if (status.lastSyncedAt !== null) return [`last synced ${relativeTime(status.lastSyncedAt, now)}`];
  // Online but nothing finished yet is worth saying; offline or mid-sync it goes without saying.
  return status.state === 'online' ? ['not synced yet'] : [];
}

export const PROBLEM_KIND_WORDS: Record<SyncProblem['kind'], string> = {
  rejected: 'Refused',
  quarantined: 'Set aside',
};

export const CHECKSUM_WORDS: Record<SyncStatus['checksum'], string> = {
  match: 'Matches the hub',
  mismatch: 'Differs from the hub',
  unknown: 'Not checked yet',
};

/** "1 conflict", "3 conflicts". */
export function countOf(count: number, singular: string, plural: string): string {
  return `${uiNumber.format(count)} ${count === 1 ? singular : plural}`;
}

/** The short line beside the state in the header: why it fails, else how fresh the data is. */
export function indicatorDetail(status: SyncStatus, now: number): string | null {
  if (status.reason) return status.reason;
  if (status.state === 'signed_out' || status.state === 'signing_in' || status.lastSyncedAt === null) return null;
  return relativeTime(status.lastSyncedAt, now);
}
