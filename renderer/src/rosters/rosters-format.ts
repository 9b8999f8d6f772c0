// How the rosters write their numbers in the person's UI language: people and money in whole units, rates as
// percentages, an empty figure as a dash.
import { dateFormat, numberFormat } from '../i18n/intl-formats';

export interface RosterFormat {
  count(value: number | null): string;
  /** A compact count for followers (12K, 1.2M). */
  compact(value: number): string;
  usd(value: number | null): string;
  percent(value: number | null): string;
  ratio(value: number | null): string;
  date(at: number): string;
  /** A moment to the minute, in the person's own time zone. */
  moment(at: number): string;
}

export function rosterFormat(locale: string): RosterFormat {
  const dash = '–';
  return {
    count: (value) => (value === null ? dash : numberFormat(locale).format(value)),
    compact: (value) => numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(value),
    usd: (value) => (value === null ? dash : numberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 2 }).format(value)),
    percent: (value) => (value === null ? dash : numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value)),
    ratio: (value) => (value === null ? dash : numberFormat(locale, { maximumFractionDigits: 2 }).format(value)),
    date: (at) => dateFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(at),
    moment: (at) => dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(at),
  };
}
