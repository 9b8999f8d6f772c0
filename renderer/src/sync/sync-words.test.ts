import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../shared/domain';
import type { SyncStatus } from '../../../shared/sync';
import { UI_LOCALES } from '../i18n/locales';
import { createWords } from '../i18n/words';
import { indicatorDetail, indicatorName, progressPercent, progressText, relativeTime, timeLeftText } from './sync-words';

const NOW = 1_000 * HOUR_MS;
const english = createWords(UI_LOCALES[0]!, 'en-US');
const spanish = createWords(UI_LOCALES[1]!, 'es-ES');

const base: SyncStatus = {
  state: 'online',
  online: true,
  hubUrl: 'https://hub.example',
  insecureHub: false,
  reason: null,
  lastSyncedAt: NOW - 2 * 60_000,
  nextAttemptAt: null,
  editsWaiting: 0,
  conflicts: 0,
  checksum: 'match',
  initialSync: null,
  problems: [],
  tokenSessionOnly: false,
};

describe('sync wording', () => {
  it('says how long ago, in the largest unit, and never in the future', () => {
    expect(relativeTime(NOW - 20_000, NOW, english)).toBe('just now');
    expect(relativeTime(NOW + 30_000, NOW, english)).toBe('just now');
    expect(relativeTime(NOW - 2 * 60_000, NOW, english)).toBe('2 min ago');
    expect(relativeTime(NOW - 5 * HOUR_MS, NOW, english)).toBe('5 h ago');
    expect(relativeTime(NOW - 50 * HOUR_MS, NOW, english)).toBe('2 d ago');
  });

  it('rounds the time left as the estimate it is', () => {
    expect(timeLeftText(20, english)).toBe('less than a minute left');
    expect(timeLeftText(130, english)).toBe('about 2 min left');
    expect(timeLeftText(80 * 60, english)).toBe('about 1 h 20 min left');
    expect(timeLeftText(2 * 3600, english)).toBe('about 2 h left');
  });

  it('counts the rows of the initial sync', () => {
    const progress = { rowsDone: 12_345, rowsTotal: 1_500_000, percent: 0.82, secondsLeft: 125 };
    expect(progressText(progress, english)).toBe('12,345 of 1,500,000 rows, about 2 min left');
    expect(progressText({ ...progress, secondsLeft: null }, english)).toBe('12,345 of 1,500,000 rows');
    expect(progressPercent(progress)).toBe(0);
    expect(progressPercent({ ...progress, percent: 99.9 })).toBe(99);
  });

  it('names the indicator by state, reason and last sync', () => {
    expect(indicatorName(base, null, NOW, english)).toBe('Sync: online, last synced 2 min ago');
    expect(indicatorName({ ...base, lastSyncedAt: null }, null, NOW, english)).toBe('Sync: online, not synced yet');
    expect(indicatorName({ ...base, state: 'offline', online: false, reason: 'no network', lastSyncedAt: null }, null, NOW, english)).toBe(
      'Sync: offline — no network',
    );
    expect(indicatorName({ ...base, state: 'offline', online: false, reason: 'no network' }, null, NOW, english)).toBe(
      'Sync: offline — no network, last synced 2 min ago',
    );
    expect(indicatorName({ ...base, state: 'signed_out', hubUrl: null }, null, NOW, english)).toBe('Sync: not signed in');
    expect(indicatorName({ ...base, state: 'signed_out', reason: 'the hub refused your token' }, null, NOW, english)).toBe(
      'Sync: not signed in — the hub refused your token',
    );
    expect(indicatorName(null, null, NOW, english)).toBe('Sync: checking');
    expect(indicatorName(base, 'The console host is not answering', NOW, english)).toBe(
      'Sync: status unavailable — The console host is not answering',
    );
  });

  it('says the same in Spanish, with Spanish numbers', () => {
    expect(indicatorName(base, null, NOW, spanish)).toBe('Sincronización: en línea, última sincronización hace 2 min');
    expect(progressText({ rowsDone: 12_345, rowsTotal: 1_500_000, percent: 0.82, secondsLeft: 125 }, spanish)).toBe(
      '12.345 de 1.500.000 filas, quedan unos 2 min',
    );
  });

  it('puts the reason, else the age of the last sync, beside the state', () => {
    expect(indicatorDetail(base, NOW, english)).toBe('2 min ago');
    expect(indicatorDetail({ ...base, state: 'offline', reason: 'no network' }, NOW, english)).toBe('no network');
    expect(indicatorDetail({ ...base, state: 'signed_out' }, NOW, english)).toBeNull();
    expect(indicatorDetail({ ...base, lastSyncedAt: null }, NOW, english)).toBeNull();
  });
});
