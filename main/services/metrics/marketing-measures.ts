// Signups by channel, marketing spend by channel and the funnel's stages, per week.
import type { RegionCode } from '../../../shared/domain';
import type { WeekBounds } from '../../../shared/iso-week';
import type { Db } from '../../db/open';
import { all, get } from '../../db/statement-cache';
import type { MeasureValue } from './measures';

const SIGNUPS_SQL = `
  SELECT signup_channel AS channel, count(*) AS n FROM customers
  WHERE region = ? AND signup_at >= ? AND signup_at < ?
  GROUP BY signup_channel`;

/** new_customers: customers of the region whose signup_at falls in [Monday 00:00, next Monday 00:00) local time. */
export function signupMeasures(db: Db, region: RegionCode, weeks: readonly WeekBounds[]): MeasureValue[] {
  const out: MeasureValue[] = [];
  for (const w of weeks) {
    let total = 0;
    for (const row of all<{ channel: string; n: number }>(db, SIGNUPS_SQL, [region, w.start, w.end])) {
      out.push({ week: w.week, measure: 'new_customers', part: row.channel, value: row.n });
      total += row.n;
    }
    if (total > 0) out.push({ week: w.week, measure: 'new_customers', part: '', value: total });
  }
  return out;
}

// Amounts carry cents, so summing whole cents is exact.
const SPEND_SQL = `
  SELECT channel, sum(cast(round(amount_usd * 100) AS INTEGER)) AS cents FROM marketing_spend
  WHERE region = ? AND day BETWEEN ? AND ?
  GROUP BY channel`;

/** spend_usd: spend of the region on the seven local days of the week, per channel (KOL campaign fees are kol rows). */
export function spendMeasures(db: Db, region: RegionCode, weeks: readonly WeekBounds[]): MeasureValue[] {
  const out: MeasureValue[] = [];
  for (const w of weeks) {
    let total = 0;
    let rows = 0;
    for (const row of all<{ channel: string; cents: number }>(db, SPEND_SQL, [region, w.firstDay, w.lastDay])) {
      out.push({ week: w.week, measure: 'spend_usd', part: row.channel, value: row.cents / 100 });
      total += row.cents;
      rows++;
    }
    if (rows > 0) out.push({ week: w.week, measure: 'spend_usd', part: '', value: total / 100 });
  }
  return out;
}

const FUNNEL_SQL = `
  SELECT sum(visits) AS visits, sum(product_views) AS product_views, sum(add_to_cart) AS add_to_cart,
         sum(checkout_started) AS checkout_started, sum(orders) AS funnel_orders
  FROM daily_funnel WHERE region = ? AND day BETWEEN ? AND ?`;

const FUNNEL_MEASURES = ['visits', 'product_views', 'add_to_cart', 'checkout_started', 'funnel_orders'] as const;

/** The funnel's stages summed over the local days of the week, all channels. */
export function funnelMeasures(db: Db, region: RegionCode, weeks: readonly WeekBounds[]): MeasureValue[] {
  const out: MeasureValue[] = [];
  for (const w of weeks) {
    const row = get<Record<(typeof FUNNEL_MEASURES)[number], number | null>>(db, FUNNEL_SQL, [region, w.firstDay, w.lastDay]);
    for (const measure of FUNNEL_MEASURES) {
      const value = row?.[measure];
      if (value) out.push({ week: w.week, measure, part: '', value });
    }
  }
  return out;
}
