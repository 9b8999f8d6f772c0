// Dates, numbers and money in the person's UI locale, with times in each region's own time zone (an item from
// Jakarta reads in Jakarta time whoever reads it). Intl formatters are costly to build and grid cells ask for
// them on every render, so each region's set is built once per locale and kept.
import type { Region, RegionCode } from '../../../shared/domain';

export interface RegionFormat {
  region: Region | null;
  /** Date and time, e.g. "12 Mar 2026, 14:05" in the region's zone. */
  dateTime(at: number): string;
  /** Date only, for timelines and lists. */
  date(at: number): string;
  number(value: number): string;
  /** An amount in the given currency (ISO 4217). */
  money(amount: number, currency: string): string;
}

/** Used when a row's region is not in the session (it should not happen, but the grid must still draw). */
const FALLBACK_ZONE = 'UTC';

function buildFormat(region: Region | null, locale: string): RegionFormat {
  const timeZone = region?.timeZone ?? FALLBACK_ZONE;
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

/** One RegionFormat per granted region in the UI locale, and a fallback for anything else. */
export function regionFormats(regions: readonly Region[], locale: string): (code: RegionCode) => RegionFormat {
  const byCode = new Map(regions.map((region) => [region.code, buildFormat(region, locale)]));
  const fallback = buildFormat(null, locale);
  return (code) => byCode.get(code) ?? fallback;
}

export interface LocalFormat {
  dateTime(at: number): string;
  time(at: number): string;
}

const localByLocale = new Map<string, LocalFormat>();

/** Date and time in the reader's own zone, for what happens on this machine (syncs, conflicts). */
export function localFormat(locale: string): LocalFormat {
  let format = localByLocale.get(locale);
  if (!format) {
    const medium = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
    const time = new Intl.DateTimeFormat(locale, { timeStyle: 'medium' });
    format = { dateTime: (at) => medium.format(at), time: (at) => time.format(at) };
    localByLocale.set(locale, format);
  }
  return format;
}
