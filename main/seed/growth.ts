// Marketing spend, the daily funnel and the weekly plan: written after the customers, from the growth model and
// the orders a pass over the customers tallied.

import type { SignupChannel } from '../../shared/domain';
import { dayNumber, isoWeekMonday, isoWeekOfDay, shiftIsoWeek } from '../../shared/iso-week';
import { FUNNEL_CONVERSION, FUNNEL_STEPS, GROWTH_PROFILES, KOL_CAMPAIGN_DAYS, KOL_CAMPAIGN_FEE_SHARE, KOL_CAMPAIGN_LIFT, REGIONS, type RegionInfo } from './catalog';
import { localDayIndex, type RegionCalendar } from './calendar';
import { regionEnd, type Context } from './context';
import { CHANNELS, CHANNEL_INDEX, dayText, type GrowthModel } from './growth-model';
import type { SimOrder } from './orders';
import type { Profile } from './profiles';
import { Rng, mixSeed } from './random';
import { round2 } from './rounding';
import type { CustomerRow, DailyFunnelRow, MarketingSpendRow, WeeklyTargetRow } from './rows';

/** Orders and revenue per region, channel and local day, gathered as a pass simulates the customers. */
export interface OrderTally {
  days: number;
  /** Orders at [(region * channels + channel) * days + day]. */
  orders: Int32Array;
  /** Revenue (USD) at [region * days + day]. */
  revenue: Float64Array;
}

export function newTally(ctx: Context): OrderTally {
  const days = Math.max(...ctx.growth.calendars.map((calendar) => calendar.midnights.length - 1));
  return { days, orders: new Int32Array(REGIONS.length * CHANNELS.length * days), revenue: new Float64Array(REGIONS.length * days) };
}

export function countOrders(ctx: Context, tally: OrderTally, profile: Profile, customer: CustomerRow, orders: readonly SimOrder[]): void {
  const calendar = ctx.growth.calendars[profile.regionIndex] as RegionCalendar;
  const channel = CHANNEL_INDEX.get(customer.signup_channel) as number;
  const row = (profile.regionIndex * CHANNELS.length + channel) * tally.days;
  for (const order of orders) {
    const day = localDayIndex(calendar, order.row.placed_at);
    tally.orders[row + day] = (tally.orders[row + day] as number) + 1;
    tally.revenue[profile.regionIndex * tally.days + day] = (tally.revenue[profile.regionIndex * tally.days + day] as number) + order.row.amount_usd;
  }
}

/** Each channel's share of a region's new customers on a day (kol's rises during a KOL campaign). */
function channelShares(region: RegionInfo, campaign: boolean): number[] {
  const weights = CHANNELS.map((channel) => {
    const weight = region.signupChannels.find(([c]) => c === channel)?.[1] ?? 0;
    return channel === 'kol' && campaign ? weight * KOL_CAMPAIGN_LIFT : weight;
  });
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/** What the plan expects to spend on a day: planned signups per channel at the channel's CAC. */
function plannedSpend(growth: GrowthModel, r: number, day: number): number[] {
  const region = REGIONS[r] as RegionInfo;
  const shares = channelShares(region, (growth.kolDays[r] as Uint8Array)[day] === 1);
  const planned = (growth.plannedSignups[r] as Float64Array)[day] as number;
  return CHANNELS.map((channel, c) => planned * (shares[c] as number) * GROWTH_PROFILES[region.code].cacUsd[channel]);
}

/** The local day indexes the data covers in a region: from the day it starts to the day it ends. */
function spanDays(ctx: Context, r: number): [number, number] {
  const calendar = ctx.growth.calendars[r] as RegionCalendar;
  return [localDayIndex(calendar, ctx.start), localDayIndex(calendar, regionEnd(ctx, r))];
}

export function* spendRows(ctx: Context): Generator<MarketingSpendRow> {
  const growth = ctx.growth;
  let id = 1;
  for (let r = 0; r < REGIONS.length; r++) {
    const region = REGIONS[r] as RegionInfo;
    const calendar = growth.calendars[r] as RegionCalendar;
    const rng = new Rng(mixSeed(ctx.seed, 0x5be4d, r));
    const campaigns = new Map(growth.campaigns.filter((c) => c.region === r).map((c) => [c.day, c.name]));
    const [first, last] = spanDays(ctx, r);
    for (let day = first; day <= last; day++) {
      const text = dayText(growth, calendar.firstDay + day);
      const plan = plannedSpend(growth, r, day);
      for (let c = 0; c < CHANNELS.length; c++) {
        const amount = round2((plan[c] as number) * rng.logNormal(1, 0.12));
        yield { id: id++, region: region.code, channel: CHANNELS[c] as SignupChannel, day: text, amount_usd: amount, campaign: null };
      }
      const campaign = campaigns.get(day);
      if (campaign !== undefined) {
        const kol = CHANNEL_INDEX.get('kol') as number;
        let kolPlan = 0;
        for (let k = day; k < day + KOL_CAMPAIGN_DAYS; k++) kolPlan += plannedSpend(growth, r, k)[kol] as number;
        yield { id: id++, region: region.code, channel: 'kol', day: text, amount_usd: round2(KOL_CAMPAIGN_FEE_SHARE * kolPlan), campaign };
      }
    }
  }
}

export function* funnelRows(ctx: Context, tally: OrderTally): Generator<DailyFunnelRow> {
  const growth = ctx.growth;
  for (let r = 0; r < REGIONS.length; r++) {
    const region = REGIONS[r] as RegionInfo;
    const calendar = growth.calendars[r] as RegionCalendar;
    const rng = new Rng(mixSeed(ctx.seed, 0xf0e1, r));
    const [first, last] = spanDays(ctx, r);
    for (let day = first; day <= last; day++) {
      const text = dayText(growth, calendar.firstDay + day);
      for (let c = 0; c < CHANNELS.length; c++) {
        const channel = CHANNELS[c] as SignupChannel;
        const row = (r * CHANNELS.length + c) * tally.days;
        let around = 0;
        let counted = 0;
        for (let k = Math.max(first, day - 3); k <= Math.min(last, day + 3); k++, counted++) around += tally.orders[row + k] as number;
        const orders = tally.orders[row + day] as number;
        // Traffic follows the week's orders and the day's own: a sale day brings more visitors, who also buy more readily.
        const traffic = Math.max(0.3, (0.5 * around) / counted + 0.5 * orders);
        let visits = Math.round((traffic / FUNNEL_CONVERSION[channel]) * rng.logNormal(1, 0.08));
        let views = Math.round(visits * FUNNEL_STEPS.viewsPerVisit * rng.logNormal(1, 0.05));
        let carts = Math.round(views * FUNNEL_STEPS.cartsPerView * rng.logNormal(1, 0.08));
        const checkouts = Math.max(orders, Math.round(carts * FUNNEL_STEPS.checkoutsPerCart * rng.logNormal(1, 0.08)));
        carts = Math.max(carts, checkouts);
        views = Math.max(views, carts);
        visits = Math.max(visits, views);
        yield {
          region: region.code,
          channel,
          day: text,
          visits,
          product_views: views,
          add_to_cart: carts,
          checkout_started: checkouts,
          orders,
        };
      }
    }
  }
}

/** The plan for the last 26 weeks of regions that set targets: signups and CAC from the plan, revenue 30% over the year before. */
export function* targetRows(ctx: Context, tally: OrderTally): Generator<WeeklyTargetRow> {
  const growth = ctx.growth;
  for (let r = 0; r < REGIONS.length; r++) {
    const region = REGIONS[r] as RegionInfo;
    const targets = GROWTH_PROFILES[region.code].targets;
    if (!targets) continue;
    const calendar = growth.calendars[r] as RegionCalendar;
    const [first, last] = spanDays(ctx, r);
    const current = isoWeekOfDay(dayText(growth, calendar.firstDay + last));
    for (let back = 25; back >= 0; back--) {
      const week = shiftIsoWeek(current, -back);
      const monday = dayNumber(isoWeekMonday(week)) - calendar.firstDay;
      let signups = 0;
      let spend = 0;
      let lastYearRevenue = 0;
      for (let day = monday; day < monday + 7; day++) {
        if (day < first || day > last) continue;
        signups += (growth.plannedSignups[r] as Float64Array)[day] as number;
        spend += plannedSpend(growth, r, day).reduce((sum, v) => sum + v, 0);
        if (day - 364 >= first) lastYearRevenue += tally.revenue[r * tally.days + day - 364] as number;
      }
      yield { region: region.code, week, kpi: 'new_customers', value: Math.round(signups * 1.05) };
      if (signups > 0) yield { region: region.code, week, kpi: 'cac_usd', value: round2((spend / signups) * 0.95) };
      if (lastYearRevenue > 0) yield { region: region.code, week, kpi: 'revenue_usd', value: Math.round((lastYearRevenue * 1.3) / 100) * 100 };
      yield { region: region.code, week, kpi: 'sla_attainment', value: 0.9 };
      yield { region: region.code, week, kpi: 'late_delivery_rate', value: targets.lateDeliveryRate };
    }
  }
}
