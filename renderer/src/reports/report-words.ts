// The week as people say it, in the UI locale, and a pack file's name.
import { addDays, isoWeekMonday, type IsoWeek } from '../../../shared/iso-week';
import { dateFormat } from '../i18n/intl-formats';

// Weeks are calendar days, not instants: format them in UTC so the reader's own zone cannot shift a day.
const DAY_RANGE = { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' } as const;
const WEEKDAY_DAY = { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' } as const;

function utc(day: string): number {
  return Date.parse(`${day}T00:00:00Z`);
}

/** Monday to Sunday of an ISO week: "16 – 22 Nov 2026". */
export function weekDaysText(week: IsoWeek, locale: string): string {
  const monday = isoWeekMonday(week);
  return dateFormat(locale, DAY_RANGE).formatRange(utc(monday), utc(addDays(monday, 6)));
}

/** The Monday a week starts on, short enough for a list of weeks: "Mon 16 Nov". */
export function weekStartText(week: IsoWeek, locale: string): string {
  return dateFormat(locale, WEEKDAY_DAY).format(utc(isoWeekMonday(week)));
}

/** The week number alone, for crowded axes: "2026-W47" → "W47". */
export function shortWeek(week: IsoWeek): string {
  return week.slice(5);
}

/** A file's name without its folder, whichever separator the core's platform uses. */
export function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}
