import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../shared/domain';
import type { SyncStatus } from '../../../shared/sync';
import { indicatorDetail, indicatorName, progressPercent, progressText, relativeTime, timeLeftText } from './sync-words';

const NOW = 1_000 * HOUR_MS;

const base: SyncStatus = {
  state: 'online',
  online: true,
  hubUrl: 'https://hub.example',
  reason: null,
  lastSyncedAt: NOW - 2 * 60_000,
  nextAttemptAt: null,
  editsWaiting: 0,
  conflicts: 0,
  checksum: 'match',
  initialSync: null,
  problems: [],
};

describe('sync wording', () => {
  it('says how long ago, in the largest unit, and never in the future', () => {
    expect(relativeTime(NOW - 20_000, NOW)).toBe('just now');
    expect(relativeTime(NOW + 30_000, NOW)).toBe('just now');
    expect(relativeTime(NOW - 2 * 60_000, NOW)).toBe('2 min ago');
    expect(relativeTime(NOW - 5 * HOUR_MS, NOW)).toBe('5 h ago');
    expect(relativeTime(NOW - 50 * HOUR_MS, NOW)).toBe('2 d ago');
  });

  it('rounds the time left as the estimate it is', () => {
    expect(timeLeftText(20)).toBe('less than a minute left');
    expect(timeLeftText(130)).toBe('about 2 min left');
    expect(timeLeftText(80 * 60)).toBe('about 1 h 20 min left');
    expect(timeLeftText(2 * 3600)).toBe('about 2 h left');
  });

  it('counts the rows of the initial sync', () => {
    const progress = { rowsDone: 12_345, rowsTotal: 1_500_000, percent: 0.82, secondsLeft: 125 };
    expect(progressText(progress)).toBe('12,345 of 1,500,000 rows, about 2 min left');
    expect(progressText({ ...progress, secondsLeft: null })).toBe('12,345 of 1,500,000 rows');
    expect(progressPercent(progress)).toBe(0);
    expect(progressPercent({ ...progress, percent: 99.9 })).toBe(99);
  });

  it('names the indicator by state, reason and last sync', () => {
    expect(indicatorName(base, null, NOW)).toBe('Sync: online, last synced 2 min ago');
    expect(indicatorName({ ...base, lastSyncedAt: null }, null, NOW)).toBe('Sync: online, not synced yet');
    expect(indicatorName({ ...base, state: 'offline', online: false, reason: 'no network', lastSyncedAt: null }, null, NOW)).toBe(
      'Sync: offline — no network',
    );
    expect(indicatorName({ ...base, state: 'offline', online: false, reason: 'no network' }, null, NOW)).toBe(
      'Sync: offline — no network, last synced 2 min ago',
    );
    expect(indicatorName({ ...base, state: 'signed_out', hubUrl: null }, null, NOW)).toBe('Sync: not signed in');
    expect(indicatorName({ ...base, state: 'signed_out', reason: 'the hub refused your token' }, null, NOW)).toBe(
      'Sync: not signed in — the hub refused your token',
    );
    expect(indicatorName(null, null, NOW)).toBe('Sync: checking');
    expect(indicatorName(base, 'The console host is not answering', NOW)).toBe(
      'Sync: status unavailable — The console host is not answering',
    );
  });

  it('puts the reason, else the age of the last sync, beside the state', () => {
    expect(indicatorDetail(base, NOW)).toBe('2 min ago');
    expect(indicatorDetail({ ...base, state: 'offline', reason: 'no network' }, NOW)).toBe('no network');
    expect(indicatorDetail({ ...base, state: 'signed_out' }, NOW)).toBeNull();
    expect(indicatorDetail({ ...base, lastSyncedAt: null }, NOW)).toBeNull();
  });
});
