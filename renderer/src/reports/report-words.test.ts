import { describe, expect, it } from 'vitest';
import { fileName, shortWeek, weekDaysText, weekStartText } from './report-words';

// Intl puts no-break and thin spaces where a reader sees a space.
const plain = (text: string) => text.replace(/[\u00a0\u2009\u202f]/g, ' ');

describe('report words', () => {
  it('name the days of a week, across a year boundary too', () => {
    expect(plain(weekDaysText('2026-W47', 'en-GB'))).toBe('16 – 22 Nov 2026');
    expect(plain(weekDaysText('2026-W01', 'en-GB'))).toBe('29 Dec 2025 – 4 Jan 2026');
    expect(weekStartText('2026-W01', 'en-GB')).toBe('Mon 29 Dec');
    expect(plain(weekDaysText('2026-W47', 'es'))).toBe('16–22 nov 2026');
    expect(weekStartText('2026-W01', 'es')).toBe('lun, 29 dic');
    expect(shortWeek('2026-W47')).toBe('W47');
  });

  it('take the file name off either kind of path', () => {
    expect(fileName('/home/ops/review-packs/2026-W47/kpis.csv')).toBe('kpis.csv');
    expect(fileName('C:\\packs\\review-SEA-2026-W47.pdf')).toBe('review-SEA-2026-W47.pdf');
  });
});
