// Orders, revenue, repeat buyers, high-value customers, LTV and deliveries, per week: one pass over the region's
// orders in the order they were placed, because "before the week began" and "at the end of the week" need each
// customer's history up to a moment.
import { shiftIsoWeek, type WeekBounds } from '../../../shared/iso-week';
import type { Db } from '../../db/open';
import { tuples } from '../../db/statement-cache';
import type { MeasureValue } from './measures';
import { weekIndexOf, type RegionClock } from './region-clock';

/** A repeat buyer whose average order is over this is high-value. */
const HIGH_VALUE_AOV_CENTS = 200_00;

type OrderRow = [customerId: number, placedAt: number, amountUsd: number, shippedAt: number | null, deliveredAt: number | null, estimatedAt: number, carrier: string];

const ORDERS_SQL = `
  SELECT customer_id, placed_at, amount_usd, shipped_at, delivered_at, estimated_delivery_at, carrier
  FROM orders WHERE region = ? ORDER BY placed_at, id`;

const COHORT_SQL = 'SELECT id, signup_at FROM customers WHERE region = ? AND signup_at >= ? AND signup_at < ?';

interface WeekTotals {
  orders: number;
  revenueCents: number;
  buyers: number;
  repeatBuyers: number;
  customersWithOrders: number;
  highValue: number;
  ltvCohort: number;
  ltvRevenueCents: number;
  shipped: number;
  delivered: Map<string, number>;
  late: Map<string, number>;
}

function emptyTotals(): WeekTotals {
  return {
    orders: 0,
    revenueCents: 0,
    buyers: 0,
    repeatBuyers: 0,
    customersWithOrders: 0,
    highValue: 0,
    ltvCohort: 0,
    ltvRevenueCents: 0,
    shipped: 0,
    delivered: new Map(),
    late: new Map(),
  };
}

function bump(map: Map<string, number>, key: string): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

/** A customer's orders so far: how many, their cents, when the first was placed, the week last counted as a buyer. */
interface History {
  count: number;
  cents: number;
  firstAt: number;
  countedIn: number;
}

function isHighValue(history: History | undefined): boolean {
  return history !== undefined && history.count >= 2 && history.cents > HIGH_VALUE_AOV_CENTS * history.count;
}

export function orderMeasures(db: Db, clock: RegionClock, weeks: readonly WeekBounds[]): MeasureValue[] {
  if (weeks.length === 0) return [];
  const totals = weeks.map(emptyTotals);

  // LTV: the cohort of week W is whoever signed up in the ISO week 52 weeks before W.
  const cohortWeeks = weeks.map((w) => clock.week(shiftIsoWeek(w.week, -52)));
  const cohortOf = new Map<number, number>();
  const cohortRows = tuples<[id: number, signupAt: number]>(db, COHORT_SQL, [
    clock.region,
    (cohortWeeks[0] as WeekBounds).start,
    (cohortWeeks.at(-1) as WeekBounds).end,
  ]);
  for (const [id, signupAt] of cohortRows) {
    const index = weekIndexOf(cohortWeeks, signupAt);
    if (index < 0) continue;
    cohortOf.set(id, index);
    (totals[index] as WeekTotals).ltvCohort++;
  }

  const histories = new Map<number, History>();
  let customersWithOrders = 0;
  let highValue = 0;
  let next = 0;
  const orders = tuples<OrderRow>(db, ORDERS_SQL, [clock.region]);
  let lastInstant = 0;
  for (const order of orders) lastInstant = Math.max(lastInstant, order[5], order[4] ?? 0);
  const dayOf = orders.length > 0 ? clock.dayNumbers((orders[0] as OrderRow)[1], lastInstant) : null;

  weeks.forEach((week, w) => {
    const t = totals[w] as WeekTotals;
    for (; next < orders.length && (orders[next] as OrderRow)[1] < week.end; next++) {
      const [customerId, placedAt, amountUsd] = orders[next] as OrderRow;
      const cents = Math.round(amountUsd * 100);
      let entry = histories.get(customerId);
      const wasHighValue = isHighValue(entry);
      if (!entry) {
        histories.set(customerId, (entry = { count: 0, cents: 0, firstAt: placedAt, countedIn: -1 }));
        customersWithOrders++;
      }
      entry.count++;
      entry.cents += cents;
      highValue += Number(isHighValue(entry)) - Number(wasHighValue);
      if (placedAt >= week.start) {
        t.orders++;
        t.revenueCents += cents;
        if (entry.countedIn !== w) {
          entry.countedIn = w;
          t.buyers++;
          if (entry.firstAt < week.start) t.repeatBuyers++;
        }
      }
      const cohort = cohortOf.get(customerId);
      if (cohort !== undefined && placedAt < (weeks[cohort] as WeekBounds).end) (totals[cohort] as WeekTotals).ltvRevenueCents += cents;
    }
    t.customersWithOrders = customersWithOrders;
    t.highValue = highValue;
  });

  for (const [, , , shippedAt, deliveredAt, estimatedAt, carrier] of orders) {
    if (shippedAt !== null) {
      const index = weekIndexOf(weeks, shippedAt);
      if (index >= 0) (totals[index] as WeekTotals).shipped++;
    }
    if (deliveredAt !== null && dayOf) {
      const index = weekIndexOf(weeks, deliveredAt);
      if (index < 0) continue;
      const t = totals[index] as WeekTotals;
      bump(t.delivered, carrier);
      // Late means delivered on a later local day than the estimated date.
      if (dayOf(deliveredAt) > dayOf(estimatedAt)) bump(t.late, carrier);
    }
  }

  return weeks.flatMap((week, w) => toMeasures(week, totals[w] as WeekTotals));
}

function toMeasures(week: WeekBounds, t: WeekTotals): MeasureValue[] {
  const out: MeasureValue[] = [];
  const add = (measure: MeasureValue['measure'], value: number, part = '') => {
    if (value !== 0) out.push({ week: week.week, measure, part, value });
  };
  add('orders', t.orders);
  add('revenue_usd', t.revenueCents / 100);
  add('buyers', t.buyers);
  add('repeat_buyers', t.repeatBuyers);
  add('customers_with_orders', t.customersWithOrders);
  add('high_value_customers', t.highValue);
  add('ltv_cohort', t.ltvCohort);
  add('ltv_revenue_usd', t.ltvRevenueCents / 100);
  add('shipped_orders', t.shipped);
  let delivered = 0;
  let late = 0;
  for (const [carrier, count] of t.delivered) {
    add('delivered', count, carrier);
    delivered += count;
  }
  for (const [carrier, count] of t.late) {
    add('delivered_late', count, carrier);
    late += count;
  }
  add('delivered', delivered);
  add('delivered_late', late);
  return out;
}
