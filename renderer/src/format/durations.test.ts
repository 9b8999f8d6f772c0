import { describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../shared/domain';
import { UI_LOCALES } from '../i18n/locales';
import { createWords } from '../i18n/words';
import { ageText, preciseDuration, slaView } from './durations';

const NOW = 1_000 * HOUR_MS;
const [english, spanish] = UI_LOCALES.map((locale) => createWords(locale, locale.tag)) as [
  ReturnType<typeof createWords>,
  ReturnType<typeof createWords>,
];

describe('durations an operator reads', () => {
  it('show ages in their largest unit', () => {
    expect(ageText(NOW - 30 * 60_000, NOW, english)).toBe('30 m');
    expect(ageText(NOW - 5 * HOUR_MS, NOW, english)).toBe('5 h');
    expect(ageText(NOW - 50 * HOUR_MS, NOW, english)).toBe('2 d');
    expect(ageText(NOW - 30 * 60_000, NOW, spanish)).toBe('30 min');
  });

  it('count the SLA down, mark it at risk and breached, and freeze it while paused', () => {
    expect(preciseDuration(2 * HOUR_MS + 10 * 60_000, english)).toBe('2 h 10 m');
    expect(slaView({ status: 'new', slaDueAt: NOW + 30 * HOUR_MS, slaPausedAt: null }, NOW, english)).toEqual({
      state: 'on_track',
      text: '1 d 6 h left',
    });
    expect(slaView({ status: 'new', slaDueAt: NOW + 3 * HOUR_MS, slaPausedAt: null }, NOW, english)).toEqual({ state: 'at_risk', text: '3 h left' });
    expect(slaView({ status: 'triaged', slaDueAt: NOW - 5 * HOUR_MS, slaPausedAt: null }, NOW, english)).toEqual({
      state: 'breached',
      text: 'Breached 5 h ago',
    });
    expect(slaView({ status: 'waiting_on_carrier', slaDueAt: NOW + HOUR_MS, slaPausedAt: NOW - 10 * HOUR_MS }, NOW, english)).toEqual({
      state: 'paused',
      text: 'Paused, 11 h left',
    });
    expect(slaView({ status: 'resolved', slaDueAt: NOW - HOUR_MS, slaPausedAt: null }, NOW, english).state).toBe('closed');
  });

  it('read in Spanish with Spanish word order', () => {
    expect(slaView({ status: 'triaged', slaDueAt: NOW - 5 * HOUR_MS, slaPausedAt: null }, NOW, spanish).text).toBe('Incumplido hace 5 h');
    expect(slaView({ status: 'new', slaDueAt: NOW + 3 * HOUR_MS, slaPausedAt: null }, NOW, spanish).text).toBe('quedan 3 h');
  });
});
