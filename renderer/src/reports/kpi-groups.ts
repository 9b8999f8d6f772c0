// The headline KPIs in the order a review is read: winning customers, keeping them, what they buy, and how
// we serve them. Typed over every report KPI, so a KPI added to shared/kpi-definitions.ts must be placed here.
import type { ReportKpi } from '../../../shared/kpi-definitions';

const KPI_GROUPS = ['Acquisition', 'Retention', 'Orders', 'Service'] as const;
type KpiGroup = (typeof KPI_GROUPS)[number];

const KPI_GROUP: Readonly<Record<ReportKpi, KpiGroup>> = {
  new_customers: 'Acquisition',
  spend_usd: 'Acquisition',
  cac_usd: 'Acquisition',
  ltv12_usd: 'Acquisition',
  ltv_cac: 'Acquisition',
  active_customers: 'Retention',
  d1_retention: 'Retention',
  d7_retention: 'Retention',
  d30_retention: 'Retention',
  repurchase_rate: 'Retention',
  high_value_share: 'Retention',
  orders: 'Orders',
  revenue_usd: 'Orders',
  aov_usd: 'Orders',
  conversion_rate: 'Orders',
  feedback_count: 'Service',
  complaints_per_1k_orders: 'Service',
  sla_attainment: 'Service',
  median_first_response_hours: 'Service',
  median_resolution_hours: 'Service',
  late_delivery_rate: 'Service',
};

/** Items grouped in KPI_GROUPS order, each group keeping the order it was given in; empty groups left out. */
export function groupByKpi<T extends { kpi: ReportKpi }>(items: readonly T[]): { group: KpiGroup; items: T[] }[] {
  return KPI_GROUPS.map((group) => ({ group, items: items.filter((item) => KPI_GROUP[item.kpi] === group) })).filter(
    (entry) => entry.items.length > 0,
  );
}
