// The shapes the Reports view and the review pack read: a region's weekly report, the weeks with data and an
// export's status, and which breakdowns the region's data cannot give. No Node or DOM imports here.

import type { FeedbackCategory, Language, Priority, RegionCode, SignupChannel } from './domain';
import type { IsoWeek, LocalDay } from './iso-week';
import type { ReportKpi } from './kpi-definitions';

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
  /** Why the region's data cannot give this KPI at all (it lacks the inputs): the value is then null in every week. */
  missing: string | null;
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
  /** Null, with share, spend and CAC, when the region's data names no signup channel (`noInputs.channels`). */
  newCustomers: number | null;
  /** The channel's share of new customers (channel mix); null when no one signed up. */
  share: number | null;
  /** Null when the region's data has no marketing spend at all (`noInputs.spend`). */
  spendUsd: number | null;
  cacUsd: number | null;
}

export const FUNNEL_STAGES = ['visits', 'product_views', 'add_to_cart', 'checkout_started', 'orders'] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

export interface FunnelStageRow {
  stage: FunnelStage;
  /** Null when the region's data has no funnel at all (`noInputs.funnel`). */
  count: number | null;
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
  /** Null, as `SlaReport.met`, when no feedback of the region was ever answered (`noInputs.sla`). */
  met: number | null;
  attainment: number | null;
}

/** The week's breakdowns that read inputs a region's data may lack entirely. */
export type Breakdown = 'channels' | 'spend' | 'funnel' | 'retention' | 'sla';

export interface SlaReport {
  due: number;
  met: number | null;
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
  /** Why the region's data cannot give a breakdown: its figures are then null (empty, "no data"), never 0. */
  noInputs: Partial<Record<Breakdown, string>>;
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
