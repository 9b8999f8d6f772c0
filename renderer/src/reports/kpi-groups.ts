// The headline KPIs in the order a review is read: winning customers, keeping them, what they buy, and how
// we serve them. Typed over every report KPI, so a KPI added to shared/kpi-definitions.ts must be placed here.
import type { ReportKpi } from '../../../shared/kpi-definitions';

const KPI_GROUPS = ['acquisition', 'retention', 'orders', 'service'] as const;
type KpiGroup = (typeof KPI_GROUPS)[number];

const KPI_GROUP: Readonly<Record<ReportKpi, KpiGroup>> = {
  new_customers: 'acquisition',
  spend_usd: 'acquisition',
  cac_usd: 'acquisition',
  ltv12_usd: 'acquisition',
  ltv_cac: 'acquisition',
  active_customers: 'retention',
  d1_retention: 'retention',
  d7_retention: 'retention',
  d30_retention: 'retention',
  repurchase_rate: 'retention',
  high_value_share: 'retention',
  orders: 'orders',
  revenue_usd: 'orders',
  aov_usd: 'orders',
  conversion_rate: 'orders',
  feedback_count: 'service',
  complaints_per_1k_orders: 'service',
  sla_attainment: 'service',
  median_first_response_hours: 'service',
  median_resolution_hours: 'service',
  late_delivery_rate: 'service',
};

/** Items grouped in KPI_GROUPS order (each group's words are `kpiGroup.<group>` messages), each group keeping the order it was given in; empty groups left out. */
export function groupByKpi<T extends { kpi: ReportKpi }>(items: readonly T[]): { group: KpiGroup; items: T[] }[] {
  return KPI_GROUPS.map((group) => ({ group, items: items.filter((item) => KPI_GROUP[item.kpi] === group) })).filter(
    (entry) => entry.items.length > 0,
  );
}
