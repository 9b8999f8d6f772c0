// What the Reports screen asks the core for, and keeps. Only the shown screen is mounted, so leaving Reports
// for the queue and coming back would otherwise forget the choice and fetch the same review again; and the
// screen's shell starts these asks while the charts' code is still loading (see ReportsScreen).
import type { Region, RegionCode } from '../../../shared/domain';
import type { IsoWeek } from '../../../shared/iso-week';
import type { ReportWeeks, WeeklyReport } from '../../../shared/report-types';
import { api } from '../api';

export interface ReportChoice {
  regions: RegionCode[];
  /** Null until the person picks one: the latest complete week is then shown. */
  week: IsoWeek | null;
}

let remembered: ReportChoice | null = null;

/** The last choice made on this console, or the person's first region when none of it is granted (another person signed in). */
export function currentChoice(granted: readonly Region[]): ReportChoice {
  if (remembered && choiceRegions(granted, remembered).length > 0) return remembered;
  return { regions: granted.slice(0, 1).map((region) => region.code), week: null };
}

export function rememberChoice(choice: ReportChoice): void {
  remembered = choice;
}

/** The regions of a choice in the session's order, and only those still granted. */
export function choiceRegions(granted: readonly Region[], choice: ReportChoice): RegionCode[] {
  return granted.map((region) => region.code).filter((code) => choice.regions.includes(code));
}

/** The week picked while it is complete for every region picked; otherwise the latest that is. */
export function weekToShow(weeks: ReportWeeks, wanted: IsoWeek | null): IsoWeek | null {
  return wanted !== null && weeks.weeks.includes(wanted) ? wanted : weeks.latest;
}

// A new week completes at Monday midnight: the list of weeks is kept only briefly.
const WEEKS_KEEP_MS = 60_000;
const weekLists = new Map<string, { at: number; weeks: Promise<ReportWeeks> }>();

// A review is a few hundred kilobytes at most; a handful covers going back and forth between weeks.
const REPORTS_KEPT = 8;
const reports = new Map<string, Promise<WeeklyReport>>();

/** Asks once and shares the answer; a failure is not kept, so "Try again" asks anew. */
function keep<T>(map: Map<string, T>, key: string, entry: T, promise: Promise<unknown>): void {
  map.set(key, entry);
  promise.catch(() => map.get(key) === entry && map.delete(key));
}

export function reportWeeks(regions: readonly RegionCode[]): Promise<ReportWeeks> {
  const key = regions.join(',');
  const kept = weekLists.get(key);
  if (kept && Date.now() - kept.at < WEEKS_KEEP_MS) return kept.weeks;
  const weeks = api('reports.weeks', { regions: [...regions] });
  keep(weekLists, key, { at: Date.now(), weeks }, weeks);
  return weeks;
}

/** The weekly review of the regions for a week, fetched once per choice (StrictMode's double effect included). */
export function weeklyReport(regions: readonly RegionCode[], week: IsoWeek): Promise<WeeklyReport> {
  const key = `${regions.join(',')}|${week}`;
  const kept = reports.get(key);
  if (kept) return kept;
  const report = api('reports.weekly', { regions: [...regions], week });
  keep(reports, key, report, report);
  const oldest = reports.keys().next().value;
  if (reports.size > REPORTS_KEPT && oldest !== undefined) reports.delete(oldest);
  return report;
}

/** Starts fetching the review the screen will show. Failures are left for the screen's own ask to report. */
export function prefetchReview(granted: readonly Region[]): void {
  const choice = currentChoice(granted);
  const regions = choiceRegions(granted, choice);
  if (regions.length === 0) return;
  reportWeeks(regions)
    .then((weeks) => {
      const week = weekToShow(weeks, choice.week);
      return week === null ? null : weeklyReport(regions, week);
    })
    .catch(() => undefined);
}

/** After a sync or any other change to the local data, every kept answer may be out of date. */
export function forgetReports(): void {
  weekLists.clear();
  reports.clear();
}
