// What a customer writes about, and when: chosen from what really happened to their orders.

import { DAY_MS, type FeedbackCategory } from '../../shared/domain';
import type { SimOrder } from './orders';
import type { Rng } from './random';

export interface Complaint {
  category: FeedbackCategory;
  order: SimOrder | null;
  createdAt: number;
  template: number | null;
  days: number;
}

const CATEGORY_BASE_WEIGHTS: Record<FeedbackCategory, number> = {
  late_delivery: 40,
  lost_parcel: 80,
  damaged: 50,
  customs_duties: 16,
  returns: 6,
  product_quality: 6,
  payment: 6,
  account: 4,
  other: 5,
};

/** Whole days for a message: at least 2, so every language's plural reads right (and customers round up). */
function daysBetween(from: number, to: number): number {
  return Math.max(2, Math.round((to - from) / DAY_MS));
}

/** Picks what a customer writes about, keeping to what happened to their orders and when. */
export function drawComplaint(
  rng: Rng,
  until: number,
  signupAt: number,
  orders: readonly SimOrder[],
  used: Set<string>,
): Complaint {
  const late: SimOrder[] = [];
  const lost: SimOrder[] = [];
  const damaged: SimOrder[] = [];
  const customs: SimOrder[] = [];
  const delivered: SimOrder[] = [];
  const sentBack: SimOrder[] = [];
  const defective: SimOrder[] = [];
  const paid: SimOrder[] = [];
  const free = (o: SimOrder, category: FeedbackCategory) => !used.has(`${o.row.id}:${category}`);
  for (const o of orders) {
    const r = o.row;
    if (r.shipped_at !== null && r.estimated_delivery_at + 0.25 * DAY_MS <= until) {
      const lateBy = (r.delivered_at ?? until) - r.estimated_delivery_at;
      if (lateBy > DAY_MS && free(o, 'late_delivery')) late.push(o);
    }
    if (r.status === 'lost' && free(o, 'lost_parcel')) lost.push(o);
    if (r.delivered_at !== null) {
      if (o.damaged && free(o, 'damaged')) damaged.push(o);
      if (free(o, 'returns')) (o.returnedAt !== null ? sentBack : delivered).push(o);
      if (free(o, 'product_quality') && (o.defective || rng.chance(0.3))) defective.push(o);
    }
    if (r.customs_entered_at !== null && free(o, 'customs_duties')) {
      const heldLong = o.held && (r.customs_cleared_at ?? until) - r.customs_entered_at > 1.5 * DAY_MS;
      if (heldLong || (r.duties_usd > 0 && r.delivered_at !== null)) customs.push(o);
    }
    if (r.status !== 'placed' && free(o, 'payment')) paid.push(o);
  }
  const candidates: Record<FeedbackCategory, readonly SimOrder[] | null> = {
    late_delivery: late,
    lost_parcel: lost,
    damaged,
    customs_duties: customs,
    returns: sentBack.length > 0 ? sentBack : delivered,
    product_quality: defective,
    payment: paid,
    account: null,
    other: null,
  };
  const categories = Object.keys(CATEGORY_BASE_WEIGHTS) as FeedbackCategory[];
  const weights = categories.map((category) => {
    const list = candidates[category];
    let weight = CATEGORY_BASE_WEIGHTS[category];
    if (category === 'returns' && sentBack.length > 0) weight += 8;
    if (category === 'product_quality' && defective.some((o) => o.defective)) weight += 14;
    return list === null || list.length > 0 ? weight : 0;
  });
  const category = rng.weighted(categories, weights);
  const list = candidates[category];
  if (list === null) {
    const createdAt = signupAt + Math.floor((until - signupAt) * rng.next());
    return { category, order: null, createdAt, template: null, days: 2 };
  }
  const preferred = category === 'product_quality' ? list.filter((o) => o.defective) : [];
  const order = preferred.length > 0 && rng.chance(0.8) ? rng.pick(preferred) : rng.pick(list);
  used.add(`${order.row.id}:${category}`);
  const r = order.row;
  const after = (from: number, meanMs: number): number => from + Math.min(rng.exponential(meanMs), (until - from) * rng.next());
  let createdAt: number;
  let template: number | null = null;
  let days = 2;
  switch (category) {
    case 'late_delivery': {
      const from = r.estimated_delivery_at + 0.25 * DAY_MS;
      const to = r.delivered_at ?? until;
      createdAt = r.delivered_at !== null ? from + (to - from) * rng.next() : after(from, 2 * DAY_MS);
      days = daysBetween(r.estimated_delivery_at, createdAt);
      break;
    }
    case 'lost_parcel': {
      const lastScan = r.customs_cleared_at ?? r.customs_entered_at ?? (r.shipped_at as number);
      createdAt = after(Math.min(until, r.estimated_delivery_at + 2 * DAY_MS), 4 * DAY_MS);
      days = daysBetween(lastScan, createdAt);
      break;
    }
    case 'damaged':
      createdAt = after(r.delivered_at as number, DAY_MS);
      break;
    case 'customs_duties': {
      const entered = r.customs_entered_at as number;
      const heldUntil = r.customs_cleared_at ?? until;
      if (order.held && heldUntil - entered > 1.5 * DAY_MS) {
        createdAt = entered + DAY_MS + (heldUntil - entered - DAY_MS) * rng.next();
        template = rng.chance(0.6) ? 0 : 2;
      } else {
        createdAt = after(r.delivered_at as number, 0.5 * DAY_MS);
        template = 1;
      }
      days = daysBetween(entered, createdAt);
      break;
    }
    case 'returns': {
      const deliveredAt = r.delivered_at as number;
      if (order.returnedAt !== null && order.returnedAt + 3 * DAY_MS <= until && rng.chance(0.7)) {
        createdAt = after(order.returnedAt + 3 * DAY_MS, 4 * DAY_MS);
        template = 1;
        days = daysBetween(order.returnedAt, createdAt);
      } else {
        const to = Math.min(until, order.returnedAt ?? deliveredAt + 14 * DAY_MS);
        createdAt = deliveredAt + Math.max(0, to - deliveredAt) * rng.next();
        template = rng.chance(0.5) ? 0 : 2;
      }
      break;
    }
    case 'product_quality':
      createdAt = after(r.delivered_at as number, 6 * DAY_MS);
      days = daysBetween(r.delivered_at as number, createdAt);
      break;
    default:
      createdAt = after(r.placed_at, DAY_MS);
      break;
  }
  return { category, order, createdAt: Math.floor(Math.min(createdAt, until)), template, days };
}
