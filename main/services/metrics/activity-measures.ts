// Active customers and D1/D7/D30 retention, per week.
import type { RegionCode } from '../../../shared/domain';
import { dayFromNumber, dayNumber, type WeekBounds } from '../../../shared/iso-week';
import type { Db } from '../../db/open';
import { get, value } from '../../db/statement-cache';
import type { MeasureValue } from './measures';
import type { RegionClock } from './region-clock';

const ACTIVE_SQL = `
  SELECT count(DISTINCT customer_id) FROM customer_activity
  WHERE region = ? AND day BETWEEN ? AND ?`;

/** active_customers: distinct customers of the region with an activity day among the week's seven local days. */
export function activityMeasures(db: Db, region: RegionCode, weeks: readonly WeekBounds[]): MeasureValue[] {
  const out: MeasureValue[] = [];
  for (const w of weeks) {
    const active = value<number>(db, ACTIVE_SQL, [region, w.firstDay, w.lastDay]) ?? 0;
    if (active > 0) out.push({ week: w.week, measure: 'active_customers', part: '', value: active });
  }
  return out;
}

// The customers who signed up on one local day, and how many of them were active on a given later day.
const COHORT_DAY_SQL = `
  SELECT count(*) AS due, count(a.customer_id) AS active
  FROM customers c
  LEFT JOIN customer_activity a ON a.region = c.region AND a.day = ? AND a.customer_id = c.id
  WHERE c.region = ? AND c.signup_at >= ? AND c.signup_at < ?`;

export const RETENTION_DAYS = [1, 7, 30] as const;

export interface CohortDayCount {
  due: number;
  active: number;
}

/** Customers of the region who signed up on local day `signupDay` (a day number), and how many were active N days later. */
export function cohortDay(db: Db, clock: RegionClock, signupDay: number, n: number): CohortDayCount {
  const params = [dayFromNumber(signupDay + n), clock.region, clock.dayStart(signupDay), clock.dayStart(signupDay + 1)];
  // An aggregate without GROUP BY always gives its one row.
  return get<CohortDayCount>(db, COHORT_DAY_SQL, params) ?? { due: 0, active: 0 };
}

/**
 * dN_due and dN_active: among customers whose local signup day plus N days is one of the week's days, how many
 * there are and how many were active on exactly that day.
 */
export function retentionMeasures(db: Db, clock: RegionClock, weeks: readonly WeekBounds[]): MeasureValue[] {
  const out: MeasureValue[] = [];
  for (const w of weeks) {
    const monday = dayNumber(w.firstDay);
    for (const n of RETENTION_DAYS) {
      let due = 0;
      let active = 0;
      for (let target = monday; target < monday + 7; target++) {
        const counts = cohortDay(db, clock, target - n, n);
        due += counts.due;
        active += counts.active;
      }
      if (due > 0) out.push({ week: w.week, measure: `d${n}_due`, part: '', value: due });
      if (active > 0) out.push({ week: w.week, measure: `d${n}_active`, part: '', value: active });
    }
  }
  return out;
}
