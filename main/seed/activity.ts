// Activity: the days a customer visited, behind the retention figures.

import { localDayIndex, type RegionCalendar } from './calendar';
import { regionEnd, type Context } from './context';
import { dayText } from './growth-model';
import type { SimOrder } from './orders';
import type { Archetype, Profile } from './profiles';
import { Rng, mixSeed } from './random';
import type { CustomerActivityRow } from './rows';

/** How keen each kind of customer is in their first month (multiplies the daily chance of a visit). */
const ENGAGEMENT: Record<Archetype, number> = { browser: 0.9, one_time: 0.7, casual: 1, loyal: 1.5, big_spender: 1.2, lapsed: 0.9 };
/** Mean days between visits after the first month. */
const VISIT_GAP_DAYS: Record<Archetype, number> = { browser: 100, one_time: 200, casual: 80, loyal: 28, big_spender: 40, lapsed: 60 };

/**
 * The signup day; in the first month a visit on day k with a chance that fades from about a third (so D1, D7 and
 * D30 retention look like an app's); each order's day, often the day before (browsing) and the delivery day
 * (tracking); and after the first month, visits every few weeks (lapsed customers stop a month after their last order).
 */
export function simulateActivity(ctx: Context, profile: Profile, orders: readonly SimOrder[]): CustomerActivityRow[] {
  const rng = new Rng(mixSeed(ctx.seed, profile.id, 4));
  const calendar = ctx.growth.calendars[profile.regionIndex] as RegionCalendar;
  const first = localDayIndex(calendar, profile.signupAt);
  const last = localDayIndex(calendar, regionEnd(ctx, profile.regionIndex));
  const days = new Set<number>([first]);
  const keen = ENGAGEMENT[profile.archetype];
  for (let k = 1; k <= 30; k++) {
    if (rng.chance(Math.min(0.95, keen * (0.32 * Math.exp(-(k - 1) / 3) + 0.06)))) days.add(first + k);
  }
  let lastOrderDay = first;
  for (const order of orders) {
    const placed = localDayIndex(calendar, order.row.placed_at);
    lastOrderDay = Math.max(lastOrderDay, placed);
    days.add(placed);
    if (rng.chance(0.2)) days.add(placed - 1);
    if (order.row.delivered_at !== null && rng.chance(0.2)) days.add(localDayIndex(calendar, order.row.delivered_at));
  }
  const end = profile.archetype === 'lapsed' ? Math.min(last, lastOrderDay + 30) : last;
  const gap = VISIT_GAP_DAYS[profile.archetype];
  for (let day = first + 30 + Math.ceil(rng.exponential(gap)); day <= end; day += Math.ceil(rng.exponential(gap))) days.add(day);
  const region = profile.region.info.code;
  return [...days]
    .filter((day) => day >= first && day <= last)
    .sort((a, b) => a - b)
    .map((day) => ({ customer_id: profile.id, day: dayText(ctx.growth, calendar.firstDay + day), region }));
}
