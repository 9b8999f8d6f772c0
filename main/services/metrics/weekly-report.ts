// The weekly review of one region: headline KPIs with their comparisons and flags, the series behind each chart,
// and the week's breakdowns. Everything but the week's own details comes from the rollup.
import { FEEDBACK_CATEGORIES, LOGISTICS_CATEGORIES, PRIORITIES, SIGNUP_CHANNELS, type Person, type RegionCode } from '../../../shared/domain';
import { sameWeekLastYear, shiftIsoWeek, type IsoWeek } from '../../../shared/iso-week';
import { REPORT_KPIS, type ReportKpi } from '../../../shared/kpi-definitions';
import {
  FUNNEL_STAGES,
  type CarrierRow,
  type ChannelRow,
  type HeadlineKpi,
  type KpiFlag,
  type KpiSeries,
  type RegionWeeklyReport,
  type SeriesPoint,
  type SlaReport,
  type WeeklyReport,
} from '../../../shared/report-types';
import type { Db } from '../../db/open';
import { all, value } from '../../db/statement-cache';
import { compare, flagFor, meanOf } from './comparisons';
import { kpiValues, ratio, type KpiValues } from './kpis';
import { WeekMeasures } from './measures';
import { missingBreakdowns, missingInputs } from './missing-inputs';
import { regionClock } from './region-clock';
import { checkGranted, checkWeekComplete } from './report-weeks';
import { readRollup, refreshRollup } from './rollup';
import { cohortRows, funnelReport, topComplaints } from './week-details';

/** How far back a report reads: 52 weeks of series, their prior year, and the 52 weeks before those (LTV/CAC). */
export const REPORT_HISTORY_WEEKS = 160;
const SERIES_WEEKS = 52;
const SHORT_SERIES_WEEKS = 6;
const TRAILING_AVERAGE_WEEKS = 4;
const FLAG_WEEKS = 8;

const EMPTY = new WeekMeasures();

/** KPI values of any week in the range read, computed once each. */
class KpiHistory {
  private readonly cache = new Map<IsoWeek, KpiValues>();

  constructor(
    private readonly measures: Map<IsoWeek, WeekMeasures>,
    /** KPIs the region's data has no inputs for: null in every week, never 0. */
    private readonly missing: ReadonlyMap<ReportKpi, string>,
  ) {}

  of(week: IsoWeek): KpiValues {
    let values = this.cache.get(week);
    if (!values) {
      values = kpiValues(this.measures.get(week) ?? EMPTY, this.measures.get(shiftIsoWeek(week, -52)) ?? EMPTY);
      for (const kpi of this.missing.keys()) values[kpi] = null;
      this.cache.set(week, values);
    }
    return values;
  }

  measuresOf(week: IsoWeek): WeekMeasures {
    return this.measures.get(week) ?? EMPTY;
  }

  missingReason(kpi: ReportKpi): string | null {
    return this.missing.get(kpi) ?? null;
  }
}

function readTargets(db: Db, region: RegionCode, from: IsoWeek, to: IsoWeek): Map<string, number> {
  const rows = all<{ week: string; kpi: string; value: number }>(db, 'SELECT week, kpi, value FROM weekly_targets WHERE region = ? AND week BETWEEN ? AND ?', [
    region,
    from,
    to,
  ]);
  return new Map(rows.map((row) => [`${row.week}|${row.kpi}`, row.value]));
}

function headlineKpi(kpi: ReportKpi, week: IsoWeek, history: KpiHistory, targets: Map<string, number>, flag: KpiFlag | null): HeadlineKpi {
  const value = history.of(week)[kpi];
  const before = (weeks: number) => Array.from({ length: weeks }, (_, i) => history.of(shiftIsoWeek(week, -(i + 1)))[kpi]);
  return {
    kpi,
    value,
    previousWeek: compare(kpi, value, history.of(shiftIsoWeek(week, -1))[kpi]),
    lastYear: compare(kpi, value, history.of(sameWeekLastYear(week))[kpi]),
    trailing4: compare(kpi, value, meanOf(before(TRAILING_AVERAGE_WEEKS))),
    target: targets.get(`${week}|${kpi}`) ?? null,
    flag,
    missing: history.missingReason(kpi),
  };
}

function seriesOf(kpi: ReportKpi, week: IsoWeek, history: KpiHistory, targets: Map<string, number>): KpiSeries {
  const point = (at: IsoWeek): SeriesPoint => ({
    week: at,
    value: history.of(at)[kpi],
    priorYear: history.of(sameWeekLastYear(at))[kpi],
    target: targets.get(`${at}|${kpi}`) ?? null,
  });
  const weeks = (count: number) => Array.from({ length: count }, (_, i) => point(shiftIsoWeek(week, i - count + 1)));
  return { kpi, trailing6: weeks(SHORT_SERIES_WEEKS), trailing12Months: weeks(SERIES_WEEKS) };
}

/** Without signup channels, or without marketing spend, in the region's data, those figures are no data, not 0. */
function channelRows(measures: WeekMeasures, noInputs: RegionWeeklyReport['noInputs']): ChannelRow[] {
  const total = measures.count('new_customers');
  return SIGNUP_CHANNELS.map((channel) => {
    const newCustomers = noInputs.channels ? null : measures.count('new_customers', channel);
    const spendUsd = noInputs.spend ? null : measures.count('spend_usd', channel);
    const cacUsd = spendUsd === null || newCustomers === null ? null : ratio(spendUsd, newCustomers);
    return { channel, newCustomers, share: newCustomers === null ? null : ratio(newCustomers, total), spendUsd, cacUsd };
  });
}

/** Items came due whether or not anyone answers; without a single answer in the region, whether they were met is no data. */
function slaReport(measures: WeekMeasures, noAnswers: boolean): SlaReport {
  const met = (priority?: string) => (noAnswers ? null : measures.count('sla_met', priority));
  const attainment = (due: number, metCount: number | null) => (metCount === null ? null : ratio(metCount, due));
  return {
    due: measures.count('sla_due'),
    met: met(),
    attainment: attainment(measures.count('sla_due'), met()),
    medianFirstResponseHours: measures.median('median_first_response_hours'),
    medianResolutionHours: measures.median('median_resolution_hours'),
    byPriority: PRIORITIES.map((priority) => {
      const due = measures.count('sla_due', priority);
      return { priority, due, met: met(priority), attainment: attainment(due, met(priority)) };
    }),
  };
}

/** A region whose data has no funnel: each stage is no data, and no channel has a row. */
function noFunnel(): RegionWeeklyReport['funnel'] {
  return { stages: FUNNEL_STAGES.map((stage) => ({ stage, count: null, fromPrevious: null, fromVisits: null })), byChannel: [] };
}

/** Carriers that delivered in the week, the latest first; ties by more late parcels, then by name. */
function carrierRows(measures: WeekMeasures): CarrierRow[] {
  const late = measures.parts('delivered_late');
  return [...measures.parts('delivered')]
    .map(([carrier, delivered]) => ({ carrier, delivered, late: late.get(carrier) ?? 0, lateRate: ratio(late.get(carrier) ?? 0, delivered) }))
    .sort((a, b) => (b.lateRate ?? -1) - (a.lateRate ?? -1) || b.late - a.late || a.carrier.localeCompare(b.carrier, 'en'));
}

export function regionWeeklyReport(db: Db, region: RegionCode, week: IsoWeek): RegionWeeklyReport {
  const clock = regionClock(db, region);
  const from = shiftIsoWeek(week, -REPORT_HISTORY_WEEKS);
  refreshRollup(db, clock, from, week);
  const missingKpis = missingInputs(db, region);
  const history = new KpiHistory(readRollup(db, region, from, week), missingKpis);
  const noInputs = missingBreakdowns(db, region, missingKpis);
  const targets = readTargets(db, region, shiftIsoWeek(week, -SERIES_WEEKS), week);
  const bounds = clock.week(week);
  const measures = history.measuresOf(week);
  const previous = history.measuresOf(shiftIsoWeek(week, -1));
  const regionName = value<string>(db, 'SELECT name FROM regions WHERE code = ?', [region]) ?? region;

  const flags: KpiFlag[] = [];
  const headline = REPORT_KPIS.map((kpi) => {
    const trailing = Array.from({ length: FLAG_WEEKS }, (_, i) => history.of(shiftIsoWeek(week, -(i + 1)))[kpi]);
    const flag = flagFor(kpi, history.of(week)[kpi], trailing);
    if (flag) flags.push(flag);
    return headlineKpi(kpi, week, history, targets, flag);
  });

  return {
    region,
    regionName,
    timeZone: clock.timeZone,
    week,
    firstDay: bounds.firstDay,
    lastDay: bounds.lastDay,
    startsAt: bounds.start,
    endsAt: bounds.end,
    headline,
    series: REPORT_KPIS.map((kpi) => seriesOf(kpi, week, history, targets)),
    flags,
    channels: channelRows(measures, noInputs),
    funnel: noInputs.funnel ? noFunnel() : funnelReport(db, clock, bounds),
    // Without activity rows a cohort's retention is no data, not 0.
    cohorts: cohortRows(db, clock, bounds).map((row) => (noInputs.retention ? { ...row, d1: null, d7: null, d30: null } : row)),
    complaints: FEEDBACK_CATEGORIES.map((category) => ({
      category,
      logistics: LOGISTICS_CATEGORIES.includes(category),
      count: measures.count('feedback_count', category),
      previousWeek: previous.count('feedback_count', category),
    })),
    topComplaints: topComplaints(db, clock, bounds),
    sla: slaReport(measures, noInputs.sla !== undefined),
    carriers: carrierRows(measures),
    noInputs,
  };
}

/** The review of each region asked for; refuses regions the person is not granted and weeks not over yet. */
export function weeklyReport(db: Db, person: Person, regions: readonly RegionCode[], week: IsoWeek): WeeklyReport {
  checkGranted(person, regions);
  const unique = [...new Set(regions)];
  for (const region of unique) checkWeekComplete(db, region, week);
  return { week, regions: unique.map((region) => regionWeeklyReport(db, region, week)) };
}
