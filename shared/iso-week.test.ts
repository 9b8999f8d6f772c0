import { describe, expect, it } from 'vitest';
import {
  isoWeekMonday,
  isoWeekOfDay,
  localDayOf,
  parseIsoWeek,
  sameWeekLastYear,
  shiftIsoWeek,
  startOfLocalDay,
  weekBounds,
  weeksInIsoYear,
} from './iso-week';

describe('ISO weeks', () => {
  it('gives the ISO week-year, not the calendar year, around new year', () => {
    expect(isoWeekOfDay('2026-12-28')).toBe('2026-W53');
    expect(isoWeekOfDay('2026-12-31')).toBe('2026-W53');
    expect(isoWeekOfDay('2027-01-03')).toBe('2026-W53');
    expect(isoWeekOfDay('2027-01-04')).toBe('2027-W01');
    expect(isoWeekOfDay('2024-12-30')).toBe('2025-W01');
    expect(isoWeekOfDay('2021-01-03')).toBe('2020-W53');
  });

  it('knows which years have a week 53', () => {
    expect(weeksInIsoYear(2026)).toBe(53);
    expect(weeksInIsoYear(2027)).toBe(52);
    expect(weeksInIsoYear(2020)).toBe(53);
    expect(parseIsoWeek('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseIsoWeek('2027-W53')).toBeNull();
    expect(parseIsoWeek('2026-W00')).toBeNull();
    expect(parseIsoWeek('2026-47')).toBeNull();
  });

  it('steps across the year boundary and finds the same week a year before', () => {
    expect(isoWeekMonday('2027-W01')).toBe('2027-01-04');
    expect(isoWeekMonday('2026-W53')).toBe('2026-12-28');
    expect(shiftIsoWeek('2026-W53', 1)).toBe('2027-W01');
    expect(shiftIsoWeek('2027-W01', -1)).toBe('2026-W53');
    expect(shiftIsoWeek('2027-W01', -52)).toBe('2026-W02');
    expect(sameWeekLastYear('2027-W01')).toBe('2026-W01');
    expect(sameWeekLastYear('2026-W53')).toBe('2025-W52');
  });

  it('starts a Tokyo week on the Sunday before in UTC', () => {
    const week = weekBounds('2027-W01', 'Asia/Tokyo');
    expect(new Date(week.start).toISOString()).toBe('2027-01-03T15:00:00.000Z');
    expect(new Date(week.end).toISOString()).toBe('2027-01-10T15:00:00.000Z');
    expect(localDayOf(Date.UTC(2027, 0, 3, 16), 'Asia/Tokyo')).toBe('2027-01-04');
  });

  it('gives a week with a daylight-saving change its 167 hours', () => {
    const week = weekBounds('2026-W13', 'Europe/Berlin');
    expect(new Date(week.start).toISOString()).toBe('2026-03-22T23:00:00.000Z');
    expect(new Date(week.end).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-10-25', 'Europe/Berlin')).toISOString()).toBe('2026-10-24T22:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-10-26', 'Europe/Berlin')).toISOString()).toBe('2026-10-25T23:00:00.000Z');
    expect(new Date(startOfLocalDay('2026-03-09', 'America/New_York')).toISOString()).toBe('2026-03-09T04:00:00.000Z');
  });
});
