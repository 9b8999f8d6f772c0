// The weekly review: the company's KPI names and what each means, ISO weeks in a region's reporting time zone,
// and the shapes the Reports view and the review pack read. No Node or DOM imports here.

import type { FeedbackCategory, Language, Priority, RegionCode, SignupChannel } from './domain';

// ---------------------------------------------------------------------------------------------------------
// KPIs

/** The KPIs the issue names, as written: these are the rows of kpis.csv. */
export const KPI_NAMES = [
  'new_customers',
  'spend_usd',
  'cac_usd',
  'active_customers',
  'd1_retention',
  'd7_retention',
  'd30_retention',
  'orders',
  'revenue_usd',
  'aov_usd',
  'conversion_rate',
  'repurchase_rate',
  'ltv12_usd',
  'ltv_cac',
  'high_value_share',
  'feedback_count',
  'complaints_per_1k_orders',
  'sla_attainment',
  'late_delivery_rate',
] as const;
export type KpiName = (typeof KPI_NAMES)[number];

/** Every KPI the view and the pack chart: the named ones plus the SLA's two medians. */
export const REPORT_KPIS = [...KPI_NAMES, 'median_first_response_hours', 'median_resolution_hours'] as const;
export type ReportKpi = (typeof REPORT_KPIS)[number];

/**
 * How a value reads: `rate` is a fraction from 0 to 1 (its changes are in percentage points), `usd` is US
 * dollars, `ratio` a plain multiple, `per_1k` a count per thousand, `hours` a duration.
 */
export type KpiKind = 'count' | 'usd' | 'rate' | 'ratio' | 'per_1k' | 'hours';

export interface KpiInfo {
  label: string;
  kind: KpiKind;
  /** Whether a rise is good news; the view colours changes by it. */
  higherIsBetter: boolean;
  /** The company's definition, as implemented (docs/metrics.md says the same). */
  definition: string;
}

export const KPI_INFO: Readonly<Record<ReportKpi, KpiInfo>> = {
  new_customers: {
    label: 'New customers',
    kind: 'count',
    higherIsBetter: true,
    definition: 'Customers of the region who signed up in the week.',
  },
  spend_usd: {
    label: 'Marketing spend',
    kind: 'usd',
    higherIsBetter: false,
    definition: 'Marketing spend of the region on the local days of the week, all channels (KOL campaign costs count as kol).',
  },
  cac_usd: {
    label: 'CAC',
    kind: 'usd',
    higherIsBetter: false,
    definition: 'spend_usd / new_customers, overall and per signup channel.',
  },
  active_customers: {
    label: 'Active customers',
    kind: 'count',
    higherIsBetter: true,
    definition: 'Customers of the region with at least one activity day in the week.',
  },
  d1_retention: {
    label: 'D1 retention',
    kind: 'rate',
    higherIsBetter: true,
    definition: 'Among customers of the region whose signup day plus 1 day falls in the week, the share active on exactly that day.',
  },
  d7_retention: {
    label: 'D7 retention',
    kind: 'rate',
    higherIsBetter: true,
    definition: 'Among customers of the region whose signup day plus 7 days falls in the week, the share active on exactly that day.',
  },
  d30_retention: {
    label: 'D30 retention',
    kind: 'rate',
    higherIsBetter: true,
    definition: 'Among customers of the region whose signup day plus 30 days falls in the week, the share active on exactly that day.',
  },
  orders: {
    label: 'Orders',
    kind: 'count',
    higherIsBetter: true,
    definition: 'Orders of the region placed in the week, whatever their status.',
  },
  revenue_usd: {
    label: 'Revenue',
    kind: 'usd',
    higherIsBetter: true,
    definition: 'The USD amount of the orders of the region placed in the week.',
  },
  aov_usd: {
    label: 'AOV',
    kind: 'usd',
    higherIsBetter: true,
    definition: 'revenue_usd / orders.',
  },
  conversion_rate: {
    label: 'Conversion rate',
    kind: 'rate',
    higherIsBetter: true,
    definition: 'orders / visits, visits being the daily funnel visits of the region on the local days of the week.',
  },
  repurchase_rate: {
    label: 'Repurchase rate',
    kind: 'rate',
    higherIsBetter: true,
    definition: 'Among distinct customers who placed an order in the week, the share who had placed an order before the week began.',
  },
  ltv12_usd: {
    label: 'LTV 12',
    kind: 'usd',
    higherIsBetter: true,
    definition:
      'Mean USD revenue, from signup to the end of the week, of the customers of the region who signed up in the ISO week 52 weeks before.',
  },
  ltv_cac: {
    label: 'LTV / CAC',
    kind: 'ratio',
    higherIsBetter: true,
    definition: 'ltv12_usd / the cac_usd of that same earlier week.',
  },
  high_value_share: {
    label: 'High-value share',
    kind: 'rate',
    higherIsBetter: true,
    definition:
      'At the end of the week, among customers of the region with at least one order, the share with at least two orders whose average order value is over 200 USD.',
  },
  feedback_count: {
    label: 'Feedback',
    kind: 'count',
    higherIsBetter: false,
    definition: 'Feedback of the region created in the week (every item, merged duplicates included), also by category.',
  },
  complaints_per_1k_orders: {
    label: 'Complaints per 1k orders',
    kind: 'per_1k',
    higherIsBetter: false,
    definition: 'Feedback in a logistics category created in the week, per 1,000 orders of the region shipped in the week.',
  },
  sla_attainment: {
    label: 'SLA attainment',
    kind: 'rate',
    higherIsBetter: true,
    definition: 'Among feedback of the region whose SLA due time falls in the week, the share with a first response at or before it.',
  },
  late_delivery_rate: {
    label: 'Late deliveries',
    kind: 'rate',
    higherIsBetter: false,
    definition: 'Among orders of the region delivered in the week, the share delivered after their estimated date; also per carrier.',
  },
  median_first_response_hours: {
    label: 'Median first response',
    kind: 'hours',
    higherIsBetter: false,
    definition: 'Among the feedback whose SLA due time falls in the week, the median hours from creation to first response (answered items only).',
  },
  median_resolution_hours: {
    label: 'Median resolution',
    kind: 'hours',
    higherIsBetter: false,
    definition: 'Among the feedback whose SLA due time falls in the week, the median hours from creation to resolution (resolved items only).',
  },
};

/** Decimals a value is written with in kpis.csv and the workbook, so every file agrees to the digit. */
export const KIND_DECIMALS: Readonly<Record<KpiKind, number>> = { count: 0, usd: 2, rate: 6, ratio: 4, per_1k: 2, hours: 2 };

/** Rounds a value as the pack writes it; null stays null. */
export function roundForKind(kind: KpiKind, value: number | null): number | null {
  if (value === null) return null;
  const factor = 10 ** KIND_DECIMALS[kind];
  return Math.round(value * factor) / factor;
}

// ---------------------------------------------------------------------------------------------------------
// ISO weeks and local days

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

// ---------------------------------------------------------------------------------------------------------
// What the Reports view and the pack read

/** A KPI's change against one reference value. */
export interface KpiComparison {
  /** The value compared with; null when it has none. */
  reference: number | null;
  /** value − reference in the KPI's unit; for rates in percentage points (0.02 → 2). */
  delta: number | null;
  /** (value − reference) / |reference| as a fraction; null for rates, and when the reference is 0 or null. */
  deltaRatio: number | null;
}

/** A KPI more than two standard deviations away from its trailing 8 weeks. */
export interface KpiFlag {
  kpi: ReportKpi;
  value: number;
  /** Mean and sample standard deviation of the KPI over the 8 weeks before. */
  mean: number;
  sd: number;
  /** (value − mean) / sd; null when the 8 weeks were all equal (sd 0). */
  z: number | null;
  direction: 'up' | 'down';
}

export interface HeadlineKpi {
  kpi: ReportKpi;
  value: number | null;
  previousWeek: KpiComparison;
  /** The same ISO week number a year before. */
  lastYear: KpiComparison;
  /** The mean of the values of the 4 weeks before (those with a value). */
  trailing4: KpiComparison;
  /** The plan for the week, where weekly_targets has one. */
  target: number | null;
  flag: KpiFlag | null;
}

export interface SeriesPoint {
  week: IsoWeek;
  value: number | null;
  /** The same ISO week number a year before. */
  priorYear: number | null;
  target: number | null;
}

export interface KpiSeries {
  kpi: ReportKpi;
  /** The 6 weeks ending with the report's week, oldest first. */
  trailing6: SeriesPoint[];
  /** The 52 weeks ending with the report's week, oldest first. */
  trailing12Months: SeriesPoint[];
}

export interface ChannelRow {
  channel: SignupChannel;
  newCustomers: number;
  /** The channel's share of new customers (channel mix); null when no one signed up. */
  share: number | null;
  spendUsd: number;
  cacUsd: number | null;
}

export const FUNNEL_STAGES = ['visits', 'product_views', 'add_to_cart', 'checkout_started', 'orders'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStageRow {
  stage: FunnelStage;
  count: number;
  /** count / the previous stage's count (null for visits, or with no previous count). */
  fromPrevious: number | null;
  /** count / visits. */
  fromVisits: number | null;
}

export interface FunnelChannelRow {
  channel: SignupChannel;
  visits: number;
  productViews: number;
  addToCart: number;
  checkoutStarted: number;
  orders: number;
  conversionRate: number | null;
}

export interface CohortRow {
  /** The ISO week the cohort signed up in. */
  week: IsoWeek;
  customers: number;
  /** Share active on exactly signup day + N; null until that day has passed for the whole cohort by the report week's end. */
  d1: number | null;
  d7: number | null;
  d30: number | null;
}

export interface ComplaintCategoryRow {
  category: FeedbackCategory;
  logistics: boolean;
  count: number;
  previousWeek: number;
}

export interface TopComplaint {
  feedbackId: number;
  category: FeedbackCategory;
  priority: Priority;
  language: Language;
  createdAt: number;
  /** The text with names, e-mail addresses and phone numbers replaced. */
  text: string;
}

export interface SlaPriorityRow {
  priority: Priority;
  due: number;
  met: number;
  attainment: number | null;
}

export interface SlaReport {
  due: number;
  met: number;
  attainment: number | null;
  medianFirstResponseHours: number | null;
  medianResolutionHours: number | null;
  byPriority: SlaPriorityRow[];
}

export interface CarrierRow {
  carrier: string;
  delivered: number;
  late: number;
  lateRate: number | null;
}

export interface RegionWeeklyReport {
  region: RegionCode;
  regionName: string;
  timeZone: string;
  week: IsoWeek;
  /** Monday and Sunday, and the week's bounds in UTC epoch ms ([startsAt, endsAt)). */
  firstDay: LocalDay;
  lastDay: LocalDay;
  startsAt: number;
  endsAt: number;
  headline: HeadlineKpi[];
  series: KpiSeries[];
  flags: KpiFlag[];
  channels: ChannelRow[];
  funnel: { stages: FunnelStageRow[]; byChannel: FunnelChannelRow[] };
  /** The 12 signup cohorts ending with the report's week, newest first. */
  cohorts: CohortRow[];
  complaints: ComplaintCategoryRow[];
  topComplaints: TopComplaint[];
  sla: SlaReport;
  /** Carriers that delivered in the week, the latest first (highest late rate). */
  carriers: CarrierRow[];
}

export interface WeeklyReport {
  week: IsoWeek;
  /** One report per region asked for, in the order asked. */
  regions: RegionWeeklyReport[];
}

export interface ReportWeeks {
  /** From the last week over in every region asked for back to the first week with data in any, newest first. */
  weeks: IsoWeek[];
  /** The last complete week (the pack's default), or null for an empty store. */
  latest: IsoWeek | null;
}

export const EXPORT_STATES = ['running', 'done', 'failed', 'cancelled'] as const;
export type ExportState = (typeof EXPORT_STATES)[number];

export interface ExportStatus {
  jobId: string;
  state: ExportState;
  /** From 0 to 1. */
  progress: number;
  /** What the export is doing now, or did last, in words. */
  step: string;
  /** The folder the pack goes to. */
  outDir: string;
  /** Absolute paths of the files written, once done. */
  files?: string[];
  error?: string;
}
