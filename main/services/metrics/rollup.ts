// The weekly rollup: fills metrics_weekly for the weeks a report needs, and recomputes what a change made stale.
// The migration's triggers note, per region and source table, the earliest instant a change touched; every
// family reading that table is recomputed from the week holding that instant on, the rest stays as it is.
import { shiftIsoWeek, type IsoWeek, type WeekBounds } from '../../../shared/iso-week';
import type { Db } from '../../db/open';
import { all, run, tuples, value } from '../../db/statement-cache';
import { activityMeasures, retentionMeasures } from './activity-measures';
import { feedbackMeasures } from './feedback-measures';
import { funnelMeasures, signupMeasures, spendMeasures } from './marketing-measures';
import { FAMILIES, FAMILY_NAMES, WeekMeasures, type Family, type MeasureValue } from './measures';
import { orderMeasures } from './order-measures';
import type { RegionClock } from './region-clock';

const COMPUTE: Record<Family, (db: Db, clock: RegionClock, weeks: WeekBounds[]) => MeasureValue[]> = {
  signups: (db, clock, weeks) => signupMeasures(db, clock.region, weeks),
  spend: (db, clock, weeks) => spendMeasures(db, clock.region, weeks),
  activity: (db, clock, weeks) => activityMeasures(db, clock.region, weeks),
  retention: retentionMeasures,
  orders: orderMeasures,
  feedback: (db, clock, weeks) => feedbackMeasures(db, clock.region, weeks),
  funnel: (db, clock, weeks) => funnelMeasures(db, clock.region, weeks),
};

interface Coverage {
  first: IsoWeek;
  last: IsoWeek;
}

interface FamilyPlan {
  family: Family;
  /** Week ranges to compute, both ends included. */
  ranges: [IsoWeek, IsoWeek][];
  coverage: Coverage;
}

const minWeek = (a: IsoWeek, b: IsoWeek) => (a < b ? a : b);
const maxWeek = (a: IsoWeek, b: IsoWeek) => (a > b ? a : b);

/** What to compute so that `family` holds fresh weeks over [from, to], given what it holds and what went stale. */
export function planFamily(family: Family, held: Coverage | undefined, staleFrom: IsoWeek | null, from: IsoWeek, to: IsoWeek): FamilyPlan {
  if (!held) return { family, ranges: [[from, to]], coverage: { first: from, last: to } };
  const coverage = { first: minWeek(from, held.first), last: maxWeek(to, held.last) };
  const validLast = staleFrom === null ? held.last : minWeek(held.last, shiftIsoWeek(staleFrom, -1));
  if (validLast < held.first) return { family, ranges: [[coverage.first, coverage.last]], coverage };
  const ranges: [IsoWeek, IsoWeek][] = [];
  if (coverage.first < held.first) ranges.push([coverage.first, shiftIsoWeek(held.first, -1)]);
  if (validLast < coverage.last) ranges.push([shiftIsoWeek(validLast, 1), coverage.last]);
  return { family, ranges, coverage };
}

function plan(db: Db, clock: RegionClock, from: IsoWeek, to: IsoWeek): FamilyPlan[] {
  const held = new Map(
    all<{ family: Family; first_week: IsoWeek; last_week: IsoWeek }>(db, 'SELECT family, first_week, last_week FROM metrics_coverage WHERE region = ?', [
      clock.region,
    ]).map((row) => [row.family, { first: row.first_week, last: row.last_week }]),
  );
  const stale = new Map(
    all<{ source: string; since: number }>(db, 'SELECT source, since FROM metrics_stale WHERE region = ?', [clock.region]).map((row) => [
      row.source,
      row.since,
    ]),
  );
  return FAMILY_NAMES.map((family) => {
    const since = Math.min(...FAMILIES[family].sources.map((source) => stale.get(source) ?? Infinity));
    return planFamily(family, held.get(family), Number.isFinite(since) ? clock.weekOf(since) : null, from, to);
  });
}

const DELETE_SQL = `
  DELETE FROM metrics_weekly
  WHERE region = ? AND week BETWEEN ? AND ? AND measure IN (SELECT value FROM json_each(?))`;
const INSERT_SQL = 'INSERT INTO metrics_weekly (region, week, measure, part, value) VALUES (?, ?, ?, ?, ?)';
const COVERAGE_SQL = `
  INSERT INTO metrics_coverage (region, family, first_week, last_week) VALUES (?, ?, ?, ?)
  ON CONFLICT (region, family) DO UPDATE SET first_week = excluded.first_week, last_week = excluded.last_week`;

/** Brings the region's rollup up to date over [from, to]; returns the families recomputed. */
export function refreshRollup(db: Db, clock: RegionClock, from: IsoWeek, to: IsoWeek): Family[] {
  const pending = (plans: FamilyPlan[]) => plans.filter((p) => p.ranges.length > 0);
  const stale = () => value(db, 'SELECT 1 FROM metrics_stale WHERE region = ? LIMIT 1', [clock.region]) !== undefined;
  if (pending(plan(db, clock, from, to)).length === 0 && !stale()) return [];
  // Planned again under the write lock: another connection may have refreshed meanwhile.
  return db.transaction(() => {
    const plans = pending(plan(db, clock, from, to));
    for (const { family, ranges, coverage } of plans) {
      const measures = JSON.stringify(FAMILIES[family].measures);
      for (const [first, last] of ranges) {
        run(db, DELETE_SQL, [clock.region, first, last, measures]);
        for (const measure of COMPUTE[family](db, clock, clock.weeks(first, last))) {
          run(db, INSERT_SQL, [clock.region, measure.week, measure.measure, measure.part, measure.value]);
        }
      }
      run(db, COVERAGE_SQL, [clock.region, family, coverage.first, coverage.last]);
    }
    run(db, 'DELETE FROM metrics_stale WHERE region = ?', [clock.region]);
    return plans.map((p) => p.family);
  }).immediate();
}

/** The rollup's measures per week over [from, to] (weeks with nothing stored are absent). */
export function readRollup(db: Db, region: string, from: IsoWeek, to: IsoWeek): Map<IsoWeek, WeekMeasures> {
  const rows = tuples<[IsoWeek, string, string, number | null]>(db, 'SELECT week, measure, part, value FROM metrics_weekly WHERE region = ? AND week BETWEEN ? AND ?', [
    region,
    from,
    to,
  ]);
  const weeks = new Map<IsoWeek, WeekMeasures>();
  for (const [week, measure, part, value] of rows) {
    let measures = weeks.get(week);
    if (!measures) weeks.set(week, (measures = new WeekMeasures()));
    measures.set(measure, part, value);
  }
  return weeks;
}
