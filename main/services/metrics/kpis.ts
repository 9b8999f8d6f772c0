// Each KPI of a week from the rollup's exact components, as the company defines it (docs/metrics.md). A value
// with no denominator is null, never zero and never an error.
import { LOGISTICS_CATEGORIES } from '../../../shared/domain';
import type { ReportKpi } from '../../../shared/kpi-definitions';
import type { Measure, WeekMeasures } from './measures';

export type KpiValues = Record<ReportKpi, number | null>;

export function ratio(numerator: number | null, denominator: number | null): number | null {
  return numerator === null || denominator === null || denominator === 0 ? null : numerator / denominator;
}

/**
 * The KPIs of week W from its measures, and from those of the ISO week 52 weeks before it (whose CAC the LTV/CAC
 * ratio divides by). Missing measures are an empty week: counts 0, ratios null.
 */
export function kpiValues(week: WeekMeasures, weekMinus52: WeekMeasures): KpiValues {
  const c = (measure: Measure, part?: string) => week.count(measure, part);
  const newCustomers = c('new_customers');
  const spend = c('spend_usd');
  const ltv12 = ratio(c('ltv_revenue_usd'), c('ltv_cohort'));
  const cacThen = ratio(weekMinus52.count('spend_usd'), weekMinus52.count('new_customers'));
  let logistics = 0;
  for (const category of LOGISTICS_CATEGORIES) logistics += c('feedback_count', category);
  const perThousand = ratio(logistics, c('shipped_orders'));
  return {
    new_customers: newCustomers,
    spend_usd: spend,
    cac_usd: ratio(spend, newCustomers),
    active_customers: c('active_customers'),
    d1_retention: ratio(c('d1_active'), c('d1_due')),
    d7_retention: ratio(c('d7_active'), c('d7_due')),
    d30_retention: ratio(c('d30_active'), c('d30_due')),
    orders: c('orders'),
    revenue_usd: c('revenue_usd'),
    aov_usd: ratio(c('revenue_usd'), c('orders')),
    conversion_rate: ratio(c('orders'), c('visits')),
    repurchase_rate: ratio(c('repeat_buyers'), c('buyers')),
    ltv12_usd: ltv12,
    ltv_cac: ratio(ltv12, cacThen),
    high_value_share: ratio(c('high_value_customers'), c('customers_with_orders')),
    feedback_count: c('feedback_count'),
    complaints_per_1k_orders: perThousand === null ? null : perThousand * 1000,
    sla_attainment: ratio(c('sla_met'), c('sla_due')),
    late_delivery_rate: ratio(c('delivered_late'), c('delivered')),
    median_first_response_hours: week.median('median_first_response_hours'),
    median_resolution_hours: week.median('median_resolution_hours'),
  };
}
