// Dates, numbers and money in the person's UI locale, with times in each region's own time zone (an item from
// Jakarta reads in Jakarta time whoever reads it). Grid cells ask on every render, so each region's set of
// formatters is looked up once per session and locale.
import type { Region, RegionCode } from '../../../shared/domain';
import { dateFormat, numberFormat } from '../i18n/intl-formats';

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
  const dateTime = dateFormat(locale, { timeZone, dateStyle: 'medium', timeStyle: 'short' });
  const date = dateFormat(locale, { timeZone, dateStyle: 'medium' });
  const number = numberFormat(locale);
  return {
    region,
    dateTime: (at) => dateTime.format(at),
    date: (at) => date.format(at),
    number: (value) => number.format(value),
    money: (amount, currency) => numberFormat(locale, { style: 'currency', currency }).format(amount),
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

/** Date and time in the reader's own zone, for what happens on this machine (syncs, conflicts). */
export function localFormat(locale: string): LocalFormat {
  const medium = dateFormat(locale, { dateStyle: 'medium', timeStyle: 'medium' });
  const time = dateFormat(locale, { timeStyle: 'medium' });
  return { dateTime: (at) => medium.format(at), time: (at) => time.format(at) };
}
