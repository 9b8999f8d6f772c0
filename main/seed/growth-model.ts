// Growth: local calendars, shopping seasons, the signup curve and the marketing plan. Built once per data set;
// customers, orders, activity and the spend, funnel and targets all draw on it.

import { DAY_MS, HOUR_MS, SIGNUP_CHANNELS, type RegionCode, type SignupChannel } from '../../shared/domain';
import { dayFromNumber, dayNumber, isoWeekOfDay, localDayOf, shiftIsoWeek, weekBounds } from '../../shared/iso-week';
import {
  GROWTH_PROFILES,
  KOL_CAMPAIGN_DAYS,
  PLANTED_SIGNUP_DROP,
  RAMADAN_FIRST_DAYS,
  REGIONS,
  type GrowthProfile,
  type RegionInfo,
  type SeasonEvent,
} from './catalog';
import { localDayIndex, makeCalendar, type RegionCalendar } from './calendar';
import type { ScaleSizes } from './options';
import { Rng, mixSeed } from './random';

/** Signups grow over the span: their density rises linearly to GROWTH+1 times its start. */
const GROWTH = 1.5;
/** The launch: this share of customers joins in the first LAUNCH_DAYS (accounts brought over from before). */
const LAUNCH_SHARE = 0.2;
export const LAUNCH_DAYS = 45;

/** Lognormal spread of the unplanned swings in demand: weekly for signups and orders, daily on top for orders. */
const WEEKLY_SIGNUP_SWING = 0.06;
const WEEKLY_ORDER_SWING = 0.05;
const DAILY_ORDER_SWING = 0.08;

export const CHANNELS = SIGNUP_CHANNELS;
export const CHANNEL_INDEX = new Map<SignupChannel, number>(CHANNELS.map((channel, i) => [channel, i]));
const REGION_INDEX = new Map<RegionCode, number>(REGIONS.map((region, i) => [region.code, i]));

export interface PlantedAnomaly {
  region: RegionCode;
  week: string;
  /** Signups in the week are this share of the plan. */
  factor: number;
}

interface KolCampaign {
  region: number;
  /** Local day index of the first day. */
  day: number;
  name: string;
}

export interface GrowthModel {
  hours: number;
  calendars: RegionCalendar[];
  /** The local day index of each hour of the span, per region. */
  hourDay: Int32Array[];
  /** Signup and order lift per local day index, per country. */
  signupSeason: Map<string, Float32Array>;
  orderSeason: Map<string, Float32Array>;
  orderSeasonMax: Map<string, number>;
  /** Each region's weight in each hour (swings and the anomaly included). */
  regionWeight: Float32Array[];
  /** Where the u-th share of all signups has happened, by hour. */
  signupCdf: Float64Array;
  /** Planned (expected, anomaly-free) signups per region and local day index. */
  plannedSignups: Float64Array[];
  /** 1 on the local days of a KOL campaign, per region. */
  kolDays: Uint8Array[];
  campaigns: KolCampaign[];
  anomaly: PlantedAnomaly;
  /** Day text ('YYYY-MM-DD') by day number, filled as needed. */
  dayTexts: Map<number, string>;
}

const RAMADAN_DAYS = RAMADAN_FIRST_DAYS.map(dayNumber);

function blackFriday(year: number): number {
  const novemberFirst = dayNumber(`${year}-11-01`);
  const weekday = new Date(novemberFirst * DAY_MS).getUTCDay();
  return novemberFirst + ((4 - weekday + 7) % 7) + 21 + 1;
}

/** How much an event lifts signups or orders on a day (1 when it does not). */
function eventLift(event: SeasonEvent, day: number, kind: 'signup' | 'order'): number {
  const order = kind === 'order';
  switch (event) {
    case 'ramadan':
      for (const first of RAMADAN_DAYS) {
        const pos = day - first;
        // Shopping builds through the month and peaks in its last ten days, before Eid.
        if (pos >= 0 && pos < 30) return pos >= 20 ? (order ? 1.9 : 1.35) : order ? 1.2 : 1.1;
        if (pos >= 30 && pos < 33) return order ? 0.75 : 0.9;
      }
      return 1;
    case 'singles_day': {
      const date = new Date(day * DAY_MS);
      if (date.getUTCMonth() !== 10) return 1;
      const dom = date.getUTCDate();
      if (dom >= 8 && dom <= 10) return order ? 1.4 : 1.5;
      if (dom === 11) return order ? 3.2 : 1.8;
      if (dom === 12) return order ? 1.5 : 1.2;
      return 1;
    }
    case 'black_friday': {
      const pos = day - blackFriday(new Date(day * DAY_MS).getUTCFullYear());
      if (pos < -1 || pos > 3) return 1;
      return order ? (pos === 0 || pos === 3 ? 2.2 : 1.5) : 1.35;
    }
  }
}

function seasonFactor(profile: GrowthProfile, country: string, day: number, kind: 'signup' | 'order'): number {
  const date = new Date(day * DAY_MS);
  const dayOfYear = day - dayNumber(`${date.getUTCFullYear()}-01-01`);
  // A gentle yearly swell towards the year-end shopping season.
  let factor = kind === 'order' ? 1 + 0.1 * Math.cos((2 * Math.PI * (dayOfYear - 340)) / 365.25) : 1 + 0.08 * Math.cos((2 * Math.PI * (dayOfYear - 330)) / 365.25);
  for (const { event, countries } of profile.events) {
    if (!countries || countries.includes(country)) factor *= eventLift(event, day, kind);
  }
  return factor;
}

function kolCampaigns(regionIndex: number, calendar: RegionCalendar, days: number): KolCampaign[] {
  const region = REGIONS[regionIndex] as RegionInfo;
  const first = calendar.firstDay;
  const last = first + days - 1;
  const campaigns: KolCampaign[] = [];
  const add = (day: number, name: string) => {
    if (day >= first && day + KOL_CAMPAIGN_DAYS - 1 <= last) campaigns.push({ region: regionIndex, day: day - first, name });
  };
  const firstYear = new Date(first * DAY_MS).getUTCFullYear();
  const lastYear = new Date(last * DAY_MS).getUTCFullYear();
  for (let year = firstYear; year <= lastYear; year++) {
    add(dayNumber(`${year}-06-15`), `KOL mid-year creators ${year}`);
    for (const { event } of GROWTH_PROFILES[region.code].events) {
      if (event === 'singles_day') add(dayNumber(`${year}-10-28`), `KOL 11.11 ${year}`);
      if (event === 'black_friday') add(blackFriday(year) - 10, `KOL Black Friday ${year}`);
    }
  }
  if (GROWTH_PROFILES[region.code].events.some((e) => e.event === 'ramadan')) {
    for (const day of RAMADAN_DAYS) add(day, `KOL Ramadan ${new Date(day * DAY_MS).getUTCFullYear()}`);
  }
  return campaigns.sort((a, b) => a.day - b.day);
}

/** The last ISO week that has ended, in the region's time zone, by `until`. */
function lastCompleteWeek(until: number, timeZone: string): string {
  const current = isoWeekOfDay(localDayOf(until, timeZone));
  return weekBounds(current, timeZone).end <= until ? current : shiftIsoWeek(current, -1);
}

export function buildGrowthModel(ctx: { seed: number; start: number; until: number; ends: readonly number[]; sizes: ScaleSizes }): GrowthModel {
  const hours = Math.ceil((ctx.until - ctx.start) / HOUR_MS);
  const calendars = REGIONS.map((region) => makeCalendar(region.timeZone, ctx.start, ctx.until));
  const hourDay = calendars.map((calendar) => {
    const days = new Int32Array(hours);
    for (let h = 0; h < hours; h++) days[h] = localDayIndex(calendar, ctx.start + (h + 0.5) * HOUR_MS);
    return days;
  });
  // Swings of demand nobody planned (weather, a competitor's sale, a post gone viral), per region: by week for
  // signups, by week and day for orders. They give the weekly figures the spread real ones have.
  const signupSwing = calendars.map((calendar, r) => {
    const rng = new Rng(mixSeed(ctx.seed, 0xde3a, r));
    const days = new Float32Array(calendar.midnights.length - 1);
    let week = Number.NaN;
    let swing = 1;
    for (let k = 0; k < days.length; k++) {
      const monday = Math.floor((calendar.firstDay + k + 3) / 7);
      if (monday !== week) [week, swing] = [monday, rng.logNormal(1, WEEKLY_SIGNUP_SWING)];
      days[k] = swing;
    }
    return days;
  });
  const signupSeason = new Map<string, Float32Array>();
  const orderSeason = new Map<string, Float32Array>();
  const orderSeasonMax = new Map<string, number>();
  REGIONS.forEach((region, r) => {
    const calendar = calendars[r] as RegionCalendar;
    const days = calendar.midnights.length - 1;
    const rng = new Rng(mixSeed(ctx.seed, 0x0de3, r));
    const orderSwing = new Float32Array(days);
    let week = Number.NaN;
    let swing = 1;
    for (let k = 0; k < days; k++) {
      const monday = Math.floor((calendar.firstDay + k + 3) / 7);
      if (monday !== week) [week, swing] = [monday, rng.logNormal(1, WEEKLY_ORDER_SWING)];
      orderSwing[k] = swing * rng.logNormal(1, DAILY_ORDER_SWING);
    }
    for (const country of region.countries) {
      const signups = new Float32Array(days);
      const orders = new Float32Array(days);
      let max = 0;
      for (let k = 0; k < days; k++) {
        signups[k] = seasonFactor(GROWTH_PROFILES[region.code], country.code, calendar.firstDay + k, 'signup');
        orders[k] = seasonFactor(GROWTH_PROFILES[region.code], country.code, calendar.firstDay + k, 'order') * (orderSwing[k] as number);
        max = Math.max(max, orders[k] as number);
      }
      signupSeason.set(country.code, signups);
      orderSeason.set(country.code, orders);
      orderSeasonMax.set(country.code, max);
    }
  });

  const anomalyRegion = REGION_INDEX.get(PLANTED_SIGNUP_DROP.region) as number;
  const anomalyZone = (REGIONS[anomalyRegion] as RegionInfo).timeZone;
  const anomalyWeek = lastCompleteWeek(ctx.ends[anomalyRegion] as number, anomalyZone);
  const anomalyBounds = weekBounds(anomalyWeek, anomalyZone);

  // A region's weight in an hour: its share of customers, lifted by its countries' seasons.
  const plainWeight = REGIONS.map((region, r) => {
    const weights = new Float32Array(hours);
    const countryTotal = region.countries.reduce((sum, c) => sum + c.weight, 0);
    for (let h = 0; h < hours; h++) {
      const k = (hourDay[r] as Int32Array)[h] as number;
      let lift = 0;
      for (const c of region.countries) lift += c.weight * ((signupSeason.get(c.code) as Float32Array)[k] as number);
      weights[h] = (region.weight * lift) / countryTotal;
    }
    return weights;
  });
  const regionWeight = plainWeight.map((weights, r) => {
    const swings = signupSwing[r] as Float32Array;
    const days = hourDay[r] as Int32Array;
    const actual = new Float32Array(hours);
    for (let h = 0; h < hours; h++) {
      const at = ctx.start + (h + 0.5) * HOUR_MS;
      const planted = r === anomalyRegion && at >= anomalyBounds.start && at < anomalyBounds.end ? PLANTED_SIGNUP_DROP.factor : 1;
      // Nobody signs up in a region after its data ends (the regions end at different instants when the data
      // ends on a calendar day): only hours wholly before the end count.
      const open = ctx.start + (h + 1) * HOUR_MS <= (ctx.ends[r] as number) ? 1 : 0;
      actual[h] = (weights[h] as number) * (swings[days[h] as number] as number) * planted * open;
    }
    return actual;
  });

  // The launch brings LAUNCH_SHARE of all accounts evenly over its days; after it, signups grow linearly, lifted by seasons.
  const launchHours = LAUNCH_DAYS * 24;
  const growth = (h: number) => 1 + (GROWTH * Math.max(0, h - launchHours)) / (hours - launchHours);
  let postMass = 0;
  for (let h = launchHours; h < hours; h++) {
    let total = 0;
    for (const weights of regionWeight) total += weights[h] as number;
    postMass += growth(h) * total;
  }
  const signupCdf = new Float64Array(hours);
  let running = 0;
  for (let h = 0; h < hours; h++) {
    if (h < launchHours) running += LAUNCH_SHARE / launchHours;
    else {
      let total = 0;
      for (const weights of regionWeight) total += weights[h] as number;
      running += ((1 - LAUNCH_SHARE) * growth(h) * total) / postMass;
    }
    signupCdf[h] = running;
  }

  // The plan marketing spends against: expected signups without the anomaly, and at the post-launch level in the launch.
  const perWeight = (ctx.sizes.customers * (1 - LAUNCH_SHARE)) / postMass;
  const plannedSignups = calendars.map((calendar, r) => {
    const planned = new Float64Array(calendar.midnights.length - 1);
    const weights = plainWeight[r] as Float32Array;
    for (let h = 0; h < hours; h++) {
      const k = (hourDay[r] as Int32Array)[h] as number;
      planned[k] = (planned[k] as number) + perWeight * growth(h) * (weights[h] as number);
    }
    return planned;
  });

  const campaigns: KolCampaign[] = [];
  const kolDays = calendars.map((calendar, r) => {
    const days = new Uint8Array(calendar.midnights.length - 1);
    for (const campaign of kolCampaigns(r, calendar, days.length)) {
      campaigns.push(campaign);
      days.fill(1, campaign.day, campaign.day + KOL_CAMPAIGN_DAYS);
    }
    return days;
  });

  return {
    hours,
    calendars,
    hourDay,
    signupSeason,
    orderSeason,
    orderSeasonMax,
    regionWeight,
    signupCdf,
    plannedSignups,
    kolDays,
    campaigns,
    anomaly: { region: PLANTED_SIGNUP_DROP.region, week: anomalyWeek, factor: PLANTED_SIGNUP_DROP.factor },
    dayTexts: new Map(),
  };
}

export function dayText(growth: GrowthModel, day: number): string {
  let text = growth.dayTexts.get(day);
  if (text === undefined) growth.dayTexts.set(day, (text = dayFromNumber(day)));
  return text;
}
