// Dates, numbers and money as the people of one region read them: its locale and its time zone.
// Intl formatters are costly to build and grid cells ask for them on every render, so each region's
// set is built once and kept.
import type { Region, RegionCode } from '../../../shared/domain';

export interface RegionFormat {
  region: Region | null;
  /** Date and time, e.g. "12 Mar 2026, 14:05" in the region's zone. */
  dateTime(at: number): string;
  /** Date only, for timelines and lists. */
  date(at: number): string;
  number(value: number): string;
  /** An amount in the given currency (ISO 4217), in the region's locale. */
  money(amount: number, currency: string): string;
}

/** Used when a row's region is not in the session (it should not happen, but the grid must still draw). */
const FALLBACK_REGION = { locale: 'en-GB', timeZone: 'UTC' };

function buildFormat(region: Region | null): RegionFormat {
  const { locale, timeZone } = region ?? FALLBACK_REGION;
  const dateTime = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'medium' });
  const number = new Intl.NumberFormat(locale);
  const money = new Map<string, Intl.NumberFormat>();
  return {
    region,
    dateTime: (at) => dateTime.format(at),
    date: (at) => date.format(at),
    number: (value) => number.format(value),
    money(amount, currency) {
      let format = money.get(currency);
      if (!format) {
        format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        money.set(currency, format);
      }
      return format.format(amount);
    },
  };
}

/** One RegionFormat per granted region, and a fallback for anything else. */
export function regionFormats(regions: readonly Region[]): (code: RegionCode) => RegionFormat {
  const byCode = new Map(regions.map((region) => [region.code, buildFormat(region)]));
  const fallback = buildFormat(null);
  return (code) => byCode.get(code) ?? fallback;
}

/** Counts in the console's own words (English UI), e.g. "1,204 feedback". */
export const uiNumber = new Intl.NumberFormat('en-US');
