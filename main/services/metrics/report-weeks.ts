// Which weeks a report can be asked for: from the first week with a customer to the last week the data has
// passed the end of, in the region's time zone.
import type { Person, RegionCode } from '../../../shared/domain';
import { dayNumber, shiftIsoWeek, weeksBetween, type IsoWeek } from '../../../shared/iso-week';
import type { ReportWeeks } from '../../../shared/report-types';
import type { Db } from '../../db/open';
import { get } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { regionClock } from './region-clock';

// Each max/min reads one end of an index.
const SPAN_SQL = `
  SELECT (SELECT min(signup_at) FROM customers WHERE region = $region) AS first_at,
         max((SELECT coalesce(max(signup_at), 0) FROM customers WHERE region = $region),
             (SELECT coalesce(max(placed_at), 0) FROM orders WHERE region = $region),
             (SELECT coalesce(max(created_at), 0) FROM feedback WHERE region = $region)) AS last_at,
         (SELECT max(day) FROM customer_activity WHERE region = $region) AS last_day`;

export interface RegionSpan {
  first: IsoWeek;
  /** The last complete week. */
  latest: IsoWeek;
}

/** The region's weeks with data, or null when it has none or no week has ended yet. */
export function regionSpan(db: Db, region: RegionCode): RegionSpan | null {
  const row = get<{ first_at: number | null; last_at: number; last_day: string | null }>(db, SPAN_SQL, { region });
  if (!row || row.first_at === null) return null;
  const clock = regionClock(db, region);
  const current = clock.weekOf(row.last_at);
  const bounds = clock.week(current);
  // A week is complete once the data goes past its end: an event after it, or activity on a later local day.
  const complete = row.last_at >= bounds.end || (row.last_day !== null && dayNumber(row.last_day) > dayNumber(bounds.lastDay));
  const latest = complete ? current : shiftIsoWeek(current, -1);
  const first = clock.weekOf(row.first_at);
  return latest < first ? null : { first, latest };
}

/** Refuses regions the person is not granted, naming them. */
export function checkGranted(person: Person, regions: readonly RegionCode[]): void {
  const refused = regions.filter((region) => !person.regions.includes(region));
  if (refused.length > 0) {
    throw new ServiceError('forbidden', `regions: you are not granted ${refused.join(', ')} (yours: ${person.regions.join(', ') || 'none'})`, 'regions');
  }
}

export function reportWeeks(db: Db, person: Person, regions: readonly RegionCode[] | undefined): ReportWeeks {
  const asked = regions ?? person.regions;
  checkGranted(person, asked);
  const spans = asked.map((region) => regionSpan(db, region)).filter((span): span is RegionSpan => span !== null);
  if (spans.length === 0) return { weeks: [], latest: null };
  const latest = spans.map((s) => s.latest).reduce((a, b) => (a < b ? a : b));
  const first = spans.map((s) => s.first).reduce((a, b) => (a < b ? a : b));
  const count = weeksBetween(first, latest) + 1;
  return { weeks: Array.from({ length: Math.max(0, count) }, (_, i) => shiftIsoWeek(latest, -i)), latest };
}

/** Refuses a week that has not ended in the region's data yet. */
export function checkWeekComplete(db: Db, region: RegionCode, week: IsoWeek): void {
  const span = regionSpan(db, region);
  if (!span) throw new ServiceError('not_found', `${region} has no complete week of data yet`, 'regions');
  if (week > span.latest) {
    throw new ServiceError('invalid_input', `week: ${week} has not ended in ${region}'s data yet; the last complete week is ${span.latest}`, 'week');
  }
}
