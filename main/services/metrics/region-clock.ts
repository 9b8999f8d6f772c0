// A region's reporting calendar: its local days and ISO weeks as UTC instants. Time zone arithmetic goes through
// Intl, which is slow per call, so each local day's first instant is worked out once and kept.
import {
  addDays,
  dayFromNumber,
  dayNumber,
  isoWeekMonday,
  isoWeekOfDay,
  localDayOf,
  shiftIsoWeek,
  startOfLocalDay,
  weeksBetween,
  type IsoWeek,
  type LocalDay,
  type WeekBounds,
} from '../../../shared/iso-week';
import type { RegionCode } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { value } from '../../db/statement-cache';
import { ServiceError } from '../kit';

export class RegionClock {
  private readonly dayStarts = new Map<number, number>();

  constructor(
    readonly region: RegionCode,
    readonly timeZone: string,
  ) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone });
    } catch {
      throw new ServiceError('conflict', `Region ${region} reports in time zone "${timeZone}", which this console does not know`);
    }
  }

  /** The first instant (UTC epoch ms) of a local day, by its day number. */
  dayStart(day: number): number {
    let start = this.dayStarts.get(day);
    if (start === undefined) this.dayStarts.set(day, (start = startOfLocalDay(dayFromNumber(day), this.timeZone)));
    return start;
  }

  dayOf(at: number): LocalDay {
    return localDayOf(at, this.timeZone);
  }

  weekOf(at: number): IsoWeek {
    return isoWeekOfDay(this.dayOf(at));
  }

  week(week: IsoWeek): WeekBounds {
    const monday = dayNumber(isoWeekMonday(week));
    return {
      week,
      firstDay: dayFromNumber(monday),
      lastDay: addDays(dayFromNumber(monday), 6),
      start: this.dayStart(monday),
      end: this.dayStart(monday + 7),
    };
  }

  /** Every week from `from` to `to`, both included, oldest first. */
  weeks(from: IsoWeek, to: IsoWeek): WeekBounds[] {
    const count = weeksBetween(from, to) + 1;
    return Array.from({ length: Math.max(0, count) }, (_, i) => this.week(shiftIsoWeek(from, i)));
  }

  /**
   * A fast instant → local day number lookup over [from, to], for passes over many rows: the first instants of
   * the days in between are computed once, then each lookup is a guess corrected by a step or two.
   */
  dayNumbers(from: number, to: number): (at: number) => number {
    const first = dayNumber(this.dayOf(from)) - 1;
    const last = dayNumber(this.dayOf(to)) + 1;
    const starts = new Float64Array(last - first + 2);
    for (let k = 0; k < starts.length; k++) starts[k] = this.dayStart(first + k);
    const top = starts.length - 2;
    return (at) => {
      let k = Math.min(top, Math.max(0, Math.floor((at - (starts[0] as number)) / 86_400_000)));
      while (k > 0 && at < (starts[k] as number)) k--;
      while (k < top && at >= (starts[k + 1] as number)) k++;
      return first + k;
    };
  }
}

export function regionClock(db: Db, region: RegionCode): RegionClock {
  const timeZone = value<string>(db, 'SELECT time_zone FROM regions WHERE code = ?', [region]);
  if (timeZone === undefined) throw new ServiceError('not_found', `There is no region ${region} in this console's store`, 'regions');
  return new RegionClock(region, timeZone);
}

/** The index of the week holding an instant, in weeks sorted by start; -1 when none does. */
export function weekIndexOf(weeks: readonly WeekBounds[], at: number): number {
  let lo = 0;
  let hi = weeks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const week = weeks[mid] as WeekBounds;
    if (at < week.start) hi = mid - 1;
    else if (at >= week.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
