// ISO weeks and local days: calendar arithmetic on `YYYY-Www` and `YYYY-MM-DD`, and the bounds of a week in a
// region's reporting time zone (daylight-saving changes included). No Node or DOM imports here.

/** An ISO week as `YYYY-Www`, for example `2026-W47`. */
export type IsoWeek = string;
/** A calendar day as `YYYY-MM-DD`. */
export type LocalDay = string;

export const ISO_WEEK_PATTERN = /^(\d{4})-W(\d{2})$/;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar day (pure calendar arithmetic, no time zone). */
export function dayNumber(day: LocalDay): number {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new Error(`"${day}" is not a day (YYYY-MM-DD)`);
  return Math.round(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / DAY_MS);
}

export function dayFromNumber(n: number): LocalDay {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(day: LocalDay, days: number): LocalDay {
  return dayFromNumber(dayNumber(day) + days);
}

/** The ISO week a calendar day belongs to (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeekOfDay(day: LocalDay): IsoWeek {
  const n = dayNumber(day);
  const weekday = (((n + 3) % 7) + 7) % 7; // 0 = Monday (1970-01-01 was a Thursday)
  const thursday = n - weekday + 3;
  const year = new Date(thursday * DAY_MS).getUTCFullYear();
  const week = Math.floor((thursday - dayNumber(`${year}-01-01`)) / 7) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

export function weeksInIsoYear(year: number): 52 | 53 {
  return isoWeekOfDay(`${String(year).padStart(4, '0')}-12-28`).endsWith('53') ? 53 : 52;
}

/** Year and week number of a well-formed ISO week, or null when it is not one (2026-W54, 2025-W53, 2026-W00). */
export function parseIsoWeek(week: string): { year: number; week: number } | null {
  const match = ISO_WEEK_PATTERN.exec(week);
  if (!match) return null;
  const year = Number(match[1]);
  const number = Number(match[2]);
  if (year < 1971 || number < 1 || number > weeksInIsoYear(year)) return null;
  return { year, week: number };
}

/** The Monday of an ISO week. */
export function isoWeekMonday(week: IsoWeek): LocalDay {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new Error(`"${week}" is not an ISO week (YYYY-Www)`);
  const jan4 = dayNumber(`${parsed.year}-01-04`);
  const mondayOfWeek1 = jan4 - ((((jan4 + 3) % 7) + 7) % 7);
  return dayFromNumber(mondayOfWeek1 + (parsed.week - 1) * 7);
}

/** The ISO week `weeks` weeks after (or, negative, before) the given one. */
export function shiftIsoWeek(week: IsoWeek, weeks: number): IsoWeek {
  return isoWeekOfDay(addDays(isoWeekMonday(week), weeks * 7));
}

/** The same ISO week number a year before; week 53 maps to week 52 when the earlier year has none. */
export function sameWeekLastYear(week: IsoWeek): IsoWeek {
  const parsed = parseIsoWeek(week);
  if (!parsed) throw new Error(`"${week}" is not an ISO week (YYYY-Www)`);
  const number = Math.min(parsed.week, weeksInIsoYear(parsed.year - 1));
  return `${parsed.year - 1}-W${String(number).padStart(2, '0')}`;
}

/** Whole weeks from `from` to `to` (negative when `to` is earlier). */
export function weeksBetween(from: IsoWeek, to: IsoWeek): number {
  return Math.round((dayNumber(isoWeekMonday(to)) - dayNumber(isoWeekMonday(from))) / 7);
}

const partFormatters = new Map<string, Intl.DateTimeFormat>();

function partFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    partFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Local wall-clock time minus UTC, in ms, at an instant. */
function zoneOffsetMs(at: number, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of partFormatter(timeZone).formatToParts(at)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  const wall = Date.UTC(parts.year ?? 1970, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return wall - (at - (((at % 1000) + 1000) % 1000));
}

/** The calendar day an instant falls on in a time zone. */
export function localDayOf(at: number, timeZone: string): LocalDay {
  return new Date(at + zoneOffsetMs(at, timeZone)).toISOString().slice(0, 10);
}

/** The first instant (UTC epoch ms) of a local day in a time zone. */
export function startOfLocalDay(day: LocalDay, timeZone: string): number {
  const wall = dayNumber(day) * DAY_MS;
  let at = wall - zoneOffsetMs(wall, timeZone);
  // Near a daylight-saving change the offset at the first guess can differ from the one at midnight.
  const settled = wall - zoneOffsetMs(at, timeZone);
  if (settled !== at) at = localDayOf(settled, timeZone) === day ? settled : at;
  return at;
}

export interface WeekBounds {
  week: IsoWeek;
  /** Monday and Sunday of the week. */
  firstDay: LocalDay;
  lastDay: LocalDay;
  /** Monday 00:00 and the next Monday 00:00 in the time zone, as UTC epoch ms: the week is [start, end). */
  start: number;
  end: number;
}

export function weekBounds(week: IsoWeek, timeZone: string): WeekBounds {
  const firstDay = isoWeekMonday(week);
  return {
    week,
    firstDay,
    lastDay: addDays(firstDay, 6),
    start: startOfLocalDay(firstDay, timeZone),
    end: startOfLocalDay(addDays(firstDay, 7), timeZone),
  };
}
