// The company's KPIs: their names, what each means, and the decimals every file writes them with.
// docs/metrics.md says the same in words. No Node or DOM imports here.

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
