// The plan: how many orders and feedback items each customer gets, so the totals are exactly the scale's.

import { regionEnd, type Context } from './context';
import { simulateOrders, problemScore } from './orders';
import { drawProfile } from './profiles';
import { Rng, mixSeed } from './random';

const MAX_ORDERS_PER_CUSTOMER = 400;

export interface Plan {
  orderCounts: Uint16Array;
  feedbackCounts: Uint16Array;
}

export function makePlan(ctx: Context): Plan {
  const n = ctx.sizes.customers;
  const rng = new Rng(mixSeed(ctx.seed, 0x9a11));
  const intensity = new Float64Array(n);
  const scalable = new Uint8Array(n);
  const orderCounts = new Uint16Array(n);
  let fixedOrders = 0;
  for (let i = 0; i < n; i++) {
    const profile = drawProfile(ctx, i + 1);
    intensity[i] = profile.intensity;
    if (profile.archetype === 'one_time') {
      orderCounts[i] = 1;
      fixedOrders++;
    } else if (profile.archetype !== 'browser') {
      scalable[i] = 1;
    }
  }
  // Scale the others' intensities so the rounded counts add up to the target, then fix the rounding residue.
  const target = ctx.sizes.orders - fixedOrders;
  const countAt = (k: number, i: number) => Math.min(MAX_ORDERS_PER_CUSTOMER, Math.max(1, Math.round(k * (intensity[i] as number))));
  const total = (k: number) => {
    let sum = 0;
    for (let i = 0; i < n; i++) if (scalable[i]) sum += countAt(k, i);
    return sum;
  };
  let lo = 0;
  let hi = 1;
  while (total(hi) < target && hi < 1e6) hi *= 2;
  for (let step = 0; step < 50; step++) {
    const mid = (lo + hi) / 2;
    if (total(mid) < target) lo = mid;
    else hi = mid;
  }
  let sum = fixedOrders;
  const scalableIds: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!scalable[i]) continue;
    orderCounts[i] = countAt(hi, i);
    sum += orderCounts[i] as number;
    scalableIds.push(i);
  }
  if (scalableIds.length === 0) throw new Error('The plan has no repeat customers to give orders to');
  for (let guard = 0; sum !== ctx.sizes.orders; guard++) {
    if (guard > 10_000_000) throw new Error('Could not reach the exact order total');
    const i = rng.pick(scalableIds);
    const current = orderCounts[i] as number;
    if (sum < ctx.sizes.orders && current < MAX_ORDERS_PER_CUSTOMER) {
      orderCounts[i] = current + 1;
      sum++;
    } else if (sum > ctx.sizes.orders && current > 1) {
      orderCounts[i] = current - 1;
      sum--;
    }
  }

  // Feedback goes mostly to customers with orders that went wrong, and some to anyone who buys.
  const cumulative = new Float64Array(n);
  let running = 0;
  let orderId = 1;
  for (let i = 0; i < n; i++) {
    const profile = drawProfile(ctx, i + 1);
    const count = orderCounts[i] as number;
    const orders = simulateOrders(ctx, profile, count, orderId);
    orderId += count;
    running += 0.05 + 0.3 * Math.sqrt(count) + 1.5 * problemScore(orders, regionEnd(ctx, profile.regionIndex)) ** 0.6;
    cumulative[i] = running;
  }
  const feedbackCounts = new Uint16Array(n);
  for (let k = 0; k < ctx.sizes.feedback; k++) {
    const r = rng.next() * running;
    let a = 0;
    let b = n - 1;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if ((cumulative[mid] as number) > r) b = mid;
      else a = mid + 1;
    }
    feedbackCounts[a] = (feedbackCounts[a] as number) + 1;
  }
  return { orderCounts, feedbackCounts };
}
