// One region's local days over the span, so a time is turned into its local day without a time-zone lookup.

import { DAY_MS } from '../../shared/domain';
import { dayFromNumber, dayNumber, localDayOf, startOfLocalDay } from '../../shared/iso-week';

/** One region's local days over the span, for quick instant-to-local-day lookups. */
export interface RegionCalendar {
  /** Day number (days since 1970-01-01) of local day index 0. */
  firstDay: number;
  /** midnights[k]: the first instant (UTC ms) of local day index k; one entry more than there are days. */
  midnights: Float64Array;
}

export function makeCalendar(timeZone: string, from: number, to: number): RegionCalendar {
  const firstDay = dayNumber(localDayOf(from, timeZone)) - 1;
  const lastDay = dayNumber(localDayOf(to, timeZone)) + 1;
  const midnights = new Float64Array(lastDay - firstDay + 2);
  for (let k = 0; k < midnights.length; k++) midnights[k] = startOfLocalDay(dayFromNumber(firstDay + k), timeZone);
  return { firstDay, midnights };
}

/** The local day index of an instant within the calendar's span. */
export function localDayIndex(calendar: RegionCalendar, at: number): number {
  const m = calendar.midnights;
  const last = m.length - 2;
  let k = Math.min(last, Math.max(0, Math.floor((at - (m[0] as number)) / DAY_MS)));
  while (k > 0 && at < (m[k] as number)) k--;
  while (k < last && at >= (m[k + 1] as number)) k++;
  return k;
}
