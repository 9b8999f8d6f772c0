// A KOL's, campaign's or community's attributed figures, per ISO week in its region's time zone and over its whole
// life (docs/metrics.md, "KOL and community attribution"). Money is added up in whole cents.
import { DAY_MS, LOGISTICS_CATEGORIES, type Person, type RegionCode } from '../../../shared/domain';
import { dayFromNumber, dayNumber, isoWeekOfDay } from '../../../shared/iso-week';
import type { RosterNumbers, RosterOwnerKind, RosterPerformance, RosterWeek } from '../../../shared/rosters-calls';
import type { Db } from '../../db/open';
import { all, get, value } from '../../db/statement-cache';
import { ServiceError } from '../kit';
import { clockOf } from './region-clocks';
import { attributedOrders, type AttributedOrder } from './attribution';

const REPURCHASE_DAYS = 90;

const TABLE = { kol: 'kols', campaign: 'campaigns', community: 'communities' } as const;
const COLUMN = { kol: 'kol_id', campaign: 'campaign_id', community: 'community_id' } as const;
const WHAT = { kol: 'KOL', campaign: 'Campaign', community: 'Community' } as const;

interface Tally {
  newCustomers: number;
  orders: number;
  revenueCents: number;
  spendCents: number;
  repurchaseDue: number;
  repurchased: number;
  complaints: number;
  ratings: number;
  ratingSum: number;
}

const emptyTally = (): Tally => ({ newCustomers: 0, orders: 0, revenueCents: 0, spendCents: 0, repurchaseDue: 0, repurchased: 0, complaints: 0, ratings: 0, ratingSum: 0 });
const ratio = (a: number, b: number): number | null => (b === 0 ? null : a / b);

function numbers(t: Tally, hasSpend: boolean): RosterNumbers {
  const spend = hasSpend ? t.spendCents / 100 : null;
  return {
    newCustomers: t.newCustomers,
    orders: t.orders,
    revenueUsd: t.revenueCents / 100,
    spendUsd: spend,
    cacUsd: spend === null ? null : ratio(spend, t.newCustomers),
    roas: spend === null ? null : ratio(t.revenueCents / 100, spend),
    repurchaseDue: t.repurchaseDue,
    repurchased: t.repurchased,
    repurchaseRate: ratio(t.repurchased, t.repurchaseDue),
    complaints: t.complaints,
    complaintsPer1kOrders: t.orders === 0 ? null : (t.complaints * 1000) / t.orders,
    ratings: t.ratings,
    averageRating: ratio(t.ratingSum, t.ratings),
  };
}

interface ContractRow {
  kol_id: number;
  campaign_id: number;
  fee_usd: number;
  seeding_usd: number;
  commission_pct: number;
  starts_on: string;
  ends_on: string;
}

const CONTRACTS_SQL = (column: string) => `
  SELECT k.kol_id, k.campaign_id, k.fee_usd, k.seeding_usd, k.commission_pct, c.starts_on, c.ends_on
  FROM kol_contracts k JOIN campaigns c ON c.id = k.campaign_id
  WHERE k.${column} = ? AND k.status NOT IN ('draft', 'cancelled')`;

const COMPLAINTS_SQL = `
  SELECT f.order_id, f.category, f.rating FROM json_each(?) AS o CROSS JOIN feedback f ON f.order_id = o.value
  WHERE f.duplicate_of IS NULL`;

export function rosterPerformance(db: Db, kind: RosterOwnerKind, id: number, person: Person): RosterPerformance {
  const subject = get<{ name: string; region: RegionCode }>(db, `SELECT name, region FROM ${TABLE[kind]} WHERE id = ?`, [id]);
  if (!subject) throw new ServiceError('not_found', `${WHAT[kind]} #${id} does not exist`, 'id');
  if (!person.regions.includes(subject.region)) throw new ServiceError('forbidden', `${WHAT[kind]} #${id} is in ${subject.region}, which you are not granted`, 'id');
  const clock = clockOf(db, subject.region);
  const asOf = value<number>(db, 'SELECT max(placed_at) FROM orders WHERE region = ?', [subject.region]) ?? 0;
  const weeks = new Map<string, Tally>();
  const life = emptyTally();
  const add = (week: string, change: (t: Tally) => void) => {
    let tally = weeks.get(week);
    if (!tally) weeks.set(week, (tally = emptyTally()));
    change(tally);
    change(life);
  };

  const orders: AttributedOrder[] = attributedOrders(db, { kind, id });
  const acquired = all<{ customer_id: number; acquired_at: number; first_order_at: number | null }>(
    db,
    `SELECT a.customer_id, a.acquired_at, c.first_order_at FROM customer_acquisitions a JOIN customers c ON c.id = a.customer_id WHERE a.${COLUMN[kind]} = ?`,
    [id],
  );
  // One time-zone lookup per local day the rows span, not one per row.
  const times = [...orders.map((o) => o.placed_at), ...acquired.map((a) => a.acquired_at)];
  const dayOf = times.length === 0 ? () => 0 : clock.dayNumbers(times.reduce((a, b) => Math.min(a, b)), times.reduce((a, b) => Math.max(a, b)));
  const weekOf = (at: number) => isoWeekOfDay(dayFromNumber(dayOf(at)));
  const weekOfOrder = new Map<number, string>();
  for (const order of orders) {
    const week = weekOf(order.placed_at);
    weekOfOrder.set(order.id, week);
    add(week, (t) => {
      t.orders++;
      t.revenueCents += Math.round(order.amount_usd * 100);
    });
  }

  for (const customer of acquired) {
    const first = customer.first_order_at;
    const due = first !== null && first + REPURCHASE_DAYS * DAY_MS <= asOf;
    const again = due && (value<number>(db, 'SELECT count(*) FROM orders WHERE customer_id = ? AND placed_at <= ?', [customer.customer_id, (first as number) + REPURCHASE_DAYS * DAY_MS]) ?? 0) >= 2;
    add(weekOf(customer.acquired_at), (t) => {
      t.newCustomers++;
      if (due) t.repurchaseDue++;
      if (again) t.repurchased++;
    });
  }

  for (const row of all<{ order_id: number; category: string; rating: number | null }>(db, COMPLAINTS_SQL, [JSON.stringify(orders.map((o) => o.id))])) {
    add(weekOfOrder.get(row.order_id) as string, (t) => {
      if ((LOGISTICS_CATEGORIES as readonly string[]).includes(row.category)) t.complaints++;
      if (row.rating !== null) {
        t.ratings++;
        t.ratingSum += row.rating;
      }
    });
  }

  const hasSpend = kind !== 'community';
  if (hasSpend) {
    for (const contract of all<ContractRow>(db, CONTRACTS_SQL(COLUMN[kind]), [id])) {
      // A contract's fee and seeding are spread evenly over its campaign's local days, in cents, the rest on the last.
      const first = dayNumber(contract.starts_on);
      const days = dayNumber(contract.ends_on) - first + 1;
      const cents = Math.round(contract.fee_usd * 100) + Math.round(contract.seeding_usd * 100);
      const perDay = Math.floor(cents / days);
      for (let d = 0; d < days; d++) {
        const share = d === days - 1 ? cents - perDay * (days - 1) : perDay;
        add(isoWeekOfDay(dayFromNumber(first + d)), (t) => (t.spendCents += share));
      }
      if (contract.commission_pct > 0) {
        for (const order of orders) {
          if (order.code.kol_id !== contract.kol_id || order.code.campaign_id !== contract.campaign_id) continue;
          const commission = Math.round(order.amount_usd * contract.commission_pct);
          add(weekOfOrder.get(order.id) as string, (t) => (t.spendCents += commission));
        }
      }
    }
  }
  const list: RosterWeek[] = [...weeks.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([week, t]) => ({ week, ...numbers(t, hasSpend) }));
  return { kind, id, name: subject.name, region: subject.region, life: numbers(life, hasSpend), weeks: list };
}
