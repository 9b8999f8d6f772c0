// The weekly rollup's vocabulary: each family of measures, the source tables it reads (whose changes the
// migration's triggers note in metrics_stale) and the measures it writes. A KPI is computed from these exact
// components (counts, sums in USD, medians), never from another KPI's rounded value.
import type { IsoWeek } from '../../../shared/iso-week';

export const FAMILIES = {
  signups: { sources: ['customers'], measures: ['new_customers'] },
  spend: { sources: ['spend'], measures: ['spend_usd'] },
  activity: { sources: ['activity'], measures: ['active_customers'] },
  retention: { sources: ['customers', 'activity'], measures: ['d1_due', 'd1_active', 'd7_due', 'd7_active', 'd30_due', 'd30_active'] },
  orders: {
    sources: ['orders', 'customers'],
    measures: [
      'orders',
      'revenue_usd',
      'buyers',
      'repeat_buyers',
      'customers_with_orders',
      'high_value_customers',
      'ltv_cohort',
      'ltv_revenue_usd',
      'shipped_orders',
      'delivered',
      'delivered_late',
    ],
  },
  feedback: {
    sources: ['feedback'],
    measures: ['feedback_count', 'sla_due', 'sla_met', 'median_first_response_hours', 'median_resolution_hours'],
  },
  funnel: { sources: ['funnel'], measures: ['visits', 'product_views', 'add_to_cart', 'checkout_started', 'funnel_orders'] },
} as const;

export type Family = keyof typeof FAMILIES;
export const FAMILY_NAMES = Object.keys(FAMILIES) as Family[];
export type Measure = (typeof FAMILIES)[Family]['measures'][number];

/** One value of the rollup; `part` is a channel, category, priority or carrier, '' for the whole region. */
export interface MeasureValue {
  week: IsoWeek;
  measure: Measure;
  part: string;
  value: number | null;
}

/** A week's measures; a count or sum not stored is zero, a median not stored is null. */
export class WeekMeasures {
  private readonly values = new Map<string, number | null>();

  set(measure: string, part: string, value: number | null): void {
    this.values.set(`${measure}|${part}`, value);
  }

  /** A count or a sum: 0 when nothing was counted. */
  count(measure: Measure, part = ''): number {
    return this.values.get(`${measure}|${part}`) ?? 0;
  }

  /** A median: null when there was nothing to take it of. */
  median(measure: Measure): number | null {
    return this.values.get(`${measure}|`) ?? null;
  }

  /** The parts stored for a measure, with their values. */
  parts(measure: Measure): Map<string, number> {
    const parts = new Map<string, number>();
    const prefix = `${measure}|`;
    for (const [key, value] of this.values) {
      if (key.startsWith(prefix) && key.length > prefix.length && value !== null) parts.set(key.slice(prefix.length), value);
    }
    return parts;
  }
}
