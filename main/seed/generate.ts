// The deterministic demo-data generator. Pure: no database, no clock, no Math.random, so the same options
// always give the same rows, and a PostgreSQL hub can load the same data set as SQLite.
//
// Each table is a lazily iterable stream of plain rows named like the schema's columns (snake_case,
// timestamps as UTC epoch ms). Customers are simulated one at a time from their own seed, orders and feedback
// with them, so a million orders never sit in memory at once and a customer's aggregates always agree with
// their orders. A small plan (a few typed arrays) fixes how many orders and feedback each customer gets, so
// the totals are exact.
//
// Growth data follows the same plan: signups over time (with seasons, unplanned swings and one planted drop)
// pick each customer's region and signup time, activity is simulated with the customer, and the marketing spend,
// the daily funnel (which counts the orders a pass over the customers gathered) and the weekly targets come after.

import {
  DAY_MS,
  FEEDBACK_STATUSES,
  HOUR_MS,
  LOGISTICS_CATEGORIES,
  PRIORITIES,
  SIGNUP_CHANNELS,
  type FeedbackCategory,
  type FeedbackChannel,
  type FeedbackStatus,
  type Language,
  type OrderStatus,
  type Priority,
  type RegionCode,
  type Role,
  type SignupChannel,
} from '../../shared/domain';
import {
  dayFromNumber,
  dayNumber,
  isoWeekMonday,
  isoWeekOfDay,
  localDayOf,
  shiftIsoWeek,
  startOfLocalDay,
  weekBounds,
} from '../../shared/iso-week';
import {
  DEFERRED_PAYMENT_METHODS,
  FUNNEL_CONVERSION,
  FUNNEL_STEPS,
  GROWTH_PROFILES,
  KOL_CAMPAIGN_DAYS,
  KOL_CAMPAIGN_FEE_SHARE,
  KOL_CAMPAIGN_LIFT,
  LANGUAGE_NAME_POOLS,
  NAME_POOLS,
  PEOPLE,
  PLANTED_SIGNUP_DROP,
  RAMADAN_FIRST_DAYS,
  REGIONS,
  SLA_POLICIES,
  USD_RATES,
  WELCOME_PROMO_CODE,
  currencyDecimals,
  slaHours,
  type CarrierInfo,
  type CountryInfo,
  type GrowthProfile,
  type RegionInfo,
  type SeasonEvent,
} from './catalog';
import { Rng, WeightedTable, mixSeed } from './random';
import { FEEDBACK_TEXTS, composeText, fillTemplate } from './texts';

// ---------------------------------------------------------------------------------------------------------
// Options and sizes

export type Scale = 'small' | 'large';

export interface GenerateOptions {
  scale: Scale;
  /** The data ends here: nothing has happened after it. */
  until: Date;
  /** Any integer; the default gives the canonical demo data. */
  seed?: number;
}

export interface ScaleSizes {
  customers: number;
  orders: number;
  feedback: number;
}

export const SCALES: Readonly<Record<Scale, ScaleSizes>> = {
  small: { customers: 5_000, orders: 20_000, feedback: 4_000 },
  large: { customers: 200_000, orders: 1_000_000, feedback: 300_000 },
};

export const DEFAULT_SEED = 20_261_125;

/** How far back the data reaches from `until`. */
export const SPAN_DAYS = 730;

// ---------------------------------------------------------------------------------------------------------
// Rows, one interface per table, named as the schema's columns

export interface RegionRow {
  code: RegionCode;
  name: string;
  currency: string;
  time_zone: string;
  locale: string;
}

export interface PersonRow {
  id: number;
  name: string;
  email: string;
  role: Role;
}

export interface PersonRegionRow {
  person_id: number;
  region: RegionCode;
}

export interface SlaPolicyRow {
  region: RegionCode | '*';
  priority: Priority;
  hours: number;
}

export type Segment = 'new' | 'regular' | 'vip' | 'dormant';

export interface CustomerRow {
  id: number;
  region: RegionCode;
  country: string;
  name: string;
  email: string;
  signup_at: number;
  signup_channel: SignupChannel;
  segment: Segment;
  first_order_at: number | null;
  last_order_at: number | null;
  /** All the customer's orders, whatever their status. */
  orders_count: number;
  /** The sum of amount_usd over all the customer's orders, rounded to cents. */
  lifetime_value_usd: number;
}

export type Fulfilment = 'overseas_warehouse' | 'cross_border';

export interface OrderRow {
  id: number;
  customer_id: number;
  region: RegionCode;
  country: string;
  status: OrderStatus;
  carrier: string;
  tracking_number: string;
  fulfilment: Fulfilment;
  currency: string;
  amount_local: number;
  amount_usd: number;
  shipping_fee_usd: number;
  duties_usd: number;
  payment_method: string;
  promo_code: string | null;
  placed_at: number;
  shipped_at: number | null;
  customs_entered_at: number | null;
  customs_cleared_at: number | null;
  /** Promised at checkout: a projection, so it may lie after `until` for recent orders. */
  estimated_delivery_at: number;
  delivered_at: number | null;
}

export interface FeedbackRow {
  id: number;
  customer_id: number;
  order_id: number | null;
  region: RegionCode;
  country: string;
  channel: FeedbackChannel;
  language: Language;
  text: string;
  rating: number | null;
  category: FeedbackCategory;
  status: FeedbackStatus;
  priority: Priority;
  assignee_id: number | null;
  created_at: number;
  updated_at: number;
  /** created_at + the SLA hours for region and priority: a due time, so it may lie after `until`. */
  sla_due_at: number;
  sla_paused_at: number | null;
  first_response_at: number | null;
  resolved_at: number | null;
  duplicate_of: number | null;
  merge_id: number | null;
  version: number;
}

export interface FeedbackTagRow {
  feedback_id: number;
  tag: string;
}

export interface FeedbackEventRow {
  id: number;
  feedback_id: number;
  at: number;
  actor_id: number | null;
  kind: string;
  before: string | null;
  after: string | null;
}

export interface FeedbackSlaPauseRow {
  feedback_id: number;
  paused_at: number;
  resumed_at: number | null;
  reason: string;
}

export interface CustomerActivityRow {
  customer_id: number;
  /** A local day in the region's reporting time zone. */
  day: string;
  region: RegionCode;
}

export interface MarketingSpendRow {
  id: number;
  region: RegionCode;
  channel: SignupChannel;
  day: string;
  amount_usd: number;
  /** Set on a KOL campaign's fee (channel kol); null for everyday channel spend. */
  campaign: string | null;
}

export interface DailyFunnelRow {
  region: RegionCode;
  channel: SignupChannel;
  day: string;
  visits: number;
  product_views: number;
  add_to_cart: number;
  checkout_started: number;
  /** Exactly the orders placed that local day by customers who signed up through the channel. */
  orders: number;
}

export interface WeeklyTargetRow {
  region: RegionCode;
  week: string;
  kpi: string;
  value: number;
}

export interface TableRows {
  regions: RegionRow;
  people: PersonRow;
  people_regions: PersonRegionRow;
  sla_policies: SlaPolicyRow;
  customers: CustomerRow;
  orders: OrderRow;
  feedback: FeedbackRow;
  feedback_tags: FeedbackTagRow;
  feedback_events: FeedbackEventRow;
  feedback_sla_pauses: FeedbackSlaPauseRow;
  customer_activity: CustomerActivityRow;
  marketing_spend: MarketingSpendRow;
  daily_funnel: DailyFunnelRow;
  weekly_targets: WeeklyTargetRow;
}

export type TableName = keyof TableRows;

/** The tables in an order that satisfies their foreign keys. */
export const TABLE_NAMES: readonly TableName[] = [
  'regions',
  'people',
  'people_regions',
  'sla_policies',
  'customers',
  'orders',
  'feedback',
  'feedback_tags',
  'feedback_events',
  'feedback_sla_pauses',
  'customer_activity',
  'marketing_spend',
  'daily_funnel',
  'weekly_targets',
];

/** Each table's columns, in the order a writer should bind them. */
export const TABLE_COLUMNS: { readonly [T in TableName]: readonly (keyof TableRows[T] & string)[] } = {
  regions: ['code', 'name', 'currency', 'time_zone', 'locale'],
  people: ['id', 'name', 'email', 'role'],
  people_regions: ['person_id', 'region'],
  sla_policies: ['region', 'priority', 'hours'],
  customers: [
    'id', 'region', 'country', 'name', 'email', 'signup_at', 'signup_channel', 'segment',
    'first_order_at', 'last_order_at', 'orders_count', 'lifetime_value_usd',
  ],
  orders: [
    'id', 'customer_id', 'region', 'country', 'status', 'carrier', 'tracking_number', 'fulfilment', 'currency',
    'amount_local', 'amount_usd', 'shipping_fee_usd', 'duties_usd', 'payment_method', 'promo_code', 'placed_at',
    'shipped_at', 'customs_entered_at', 'customs_cleared_at', 'estimated_delivery_at', 'delivered_at',
  ],
  feedback: [
    'id', 'customer_id', 'order_id', 'region', 'country', 'channel', 'language', 'text', 'rating', 'category',
    'status', 'priority', 'assignee_id', 'created_at', 'updated_at', 'sla_due_at', 'sla_paused_at',
    'first_response_at', 'resolved_at', 'duplicate_of', 'merge_id', 'version',
  ],
  feedback_tags: ['feedback_id', 'tag'],
  feedback_events: ['id', 'feedback_id', 'at', 'actor_id', 'kind', 'before', 'after'],
  feedback_sla_pauses: ['feedback_id', 'paused_at', 'resumed_at', 'reason'],
  customer_activity: ['customer_id', 'day', 'region'],
  marketing_spend: ['id', 'region', 'channel', 'day', 'amount_usd', 'campaign'],
  daily_funnel: ['region', 'channel', 'day', 'visits', 'product_views', 'add_to_cart', 'checkout_started', 'orders'],
  weekly_targets: ['region', 'week', 'kpi', 'value'],
};

/** One customer with everything that hangs off them, as a writer can insert it in one go. */
export interface CustomerBundle {
  customer: CustomerRow;
  orders: OrderRow[];
  feedback: FeedbackRow[];
  feedback_tags: FeedbackTagRow[];
  feedback_events: FeedbackEventRow[];
  feedback_sla_pauses: FeedbackSlaPauseRow[];
  customer_activity: CustomerActivityRow[];
}

export type TableStreams = { readonly [T in TableName]: Iterable<TableRows[T]> };

export interface Dataset extends TableStreams {
  readonly scale: Scale;
  readonly seed: number;
  /** The end of the data (epoch ms) and its start, SPAN_DAYS earlier. */
  readonly until: number;
  readonly start: number;
  /** Exact row counts of customers, orders and feedback. */
  readonly sizes: ScaleSizes;
  /** Customers one at a time with their orders, feedback and activity: one simulation pass for all those tables. */
  readonly byCustomer: Iterable<CustomerBundle>;
  /** The week whose signups were planted to drop (see PLANTED_SIGNUP_DROP). */
  readonly anomaly: PlantedAnomaly;
}

// ---------------------------------------------------------------------------------------------------------
// Tables prepared once from the catalog

type Archetype = 'browser' | 'one_time' | 'casual' | 'loyal' | 'big_spender' | 'lapsed';

const ARCHETYPES = new WeightedTable<Archetype>([
  ['browser', 6],
  ['one_time', 24],
  ['casual', 38],
  ['loyal', 18],
  ['big_spender', 4],
  ['lapsed', 10],
]);

/** Expected orders over a year of tenure, before scaling to the exact total. */
const ORDER_INTENSITY: Record<Archetype, number> = {
  browser: 0,
  one_time: 1,
  casual: 3,
  loyal: 10,
  big_spender: 5,
  lapsed: 3,
};

const MAX_ORDERS_PER_CUSTOMER = 400;

interface RegionTables {
  info: RegionInfo;
  languages: Map<string, WeightedTable<Language>>;
  payments: Map<string, WeightedTable<string>>;
  warehouseCarriers: WeightedTable<CarrierInfo>;
  crossBorderCarriers: WeightedTable<CarrierInfo>;
  signupChannels: WeightedTable<SignupChannel>;
  /** The same during a KOL campaign, when kol brings in more customers. */
  campaignSignupChannels: WeightedTable<SignupChannel>;
  feedbackChannels: WeightedTable<FeedbackChannel>;
  assignees: WeightedTable<number>;
  /** Support leads of the region: they triage and assign. */
  leads: WeightedTable<number>;
  slaHours: Record<Priority, number>;
}

const REGION_TABLES: ReadonlyMap<RegionCode, RegionTables> = new Map(
  REGIONS.map((info) => {
    const languages = new Map<string, WeightedTable<Language>>();
    const payments = new Map<string, WeightedTable<string>>();
    for (const country of info.countries) {
      languages.set(country.code, new WeightedTable(country.languages));
      payments.set(country.code, new WeightedTable(country.paymentMethods ?? info.paymentMethods));
    }
    // Operators take most of the queue, support leads some; managers and admins are not assigned feedback.
    const assignees = PEOPLE.filter((p) => p.regions.includes(info.code) && (p.role === 'operator' || p.role === 'support_lead')).map(
      (p) => [p.id, p.role === 'operator' ? 3 : 1.2] as const,
    );
    const tables: RegionTables = {
      info,
      languages,
      payments,
      warehouseCarriers: new WeightedTable(info.carriers.map((c) => [c, c.warehouseWeight] as const)),
      crossBorderCarriers: new WeightedTable(info.carriers.map((c) => [c, c.crossBorderWeight] as const)),
      signupChannels: new WeightedTable(info.signupChannels),
      campaignSignupChannels: new WeightedTable(
        info.signupChannels.map(([channel, weight]) => [channel, channel === 'kol' ? weight * KOL_CAMPAIGN_LIFT : weight] as const),
      ),
      feedbackChannels: new WeightedTable(info.feedbackChannels),
      assignees: new WeightedTable(assignees),
      leads: new WeightedTable(PEOPLE.filter((p) => p.regions.includes(info.code) && p.role === 'support_lead').map((p) => [p.id, 1] as const)),
      slaHours: { P1: slaHours(info.code, 'P1'), P2: slaHours(info.code, 'P2'), P3: slaHours(info.code, 'P3'), P4: slaHours(info.code, 'P4') },
    };
    return [info.code, tables] as const;
  }),
);

function regionTables(code: RegionCode): RegionTables {
  const tables = REGION_TABLES.get(code);
  if (!tables) throw new Error(`Unknown region ${code}`);
  return tables;
}

/** When people shop and write, by local hour. */
const LOCAL_HOURS = new WeightedTable(
  [1, 0.6, 0.4, 0.3, 0.3, 0.4, 0.8, 1.5, 2.5, 3, 3.2, 3.4, 3.8, 3.6, 3.4, 3.3, 3.4, 3.8, 4.2, 4.8, 5.2, 5, 3.8, 2.2].map(
    (weight, hour) => [hour, weight] as const,
  ),
);

const PRIORITY_WEIGHTS: Record<FeedbackCategory, readonly number[]> = {
  late_delivery: [3, 30, 52, 15],
  lost_parcel: [35, 45, 18, 2],
  damaged: [8, 42, 42, 8],
  customs_duties: [8, 40, 42, 10],
  returns: [2, 20, 55, 23],
  product_quality: [2, 18, 50, 30],
  payment: [20, 45, 28, 7],
  account: [5, 25, 45, 25],
  other: [1, 9, 40, 50],
};

const RATINGS = [1, 2, 3, 4, 5] as const;
const COMPLAINT_RATINGS = [45, 25, 15, 10, 5];
const ACCOUNT_RATINGS = [25, 25, 25, 15, 10];
const OTHER_RATINGS = [10, 15, 25, 30, 20];

/** Mean hours to a first answer, by priority. */
const RESPONSE_HOURS: Record<Priority, number> = { P1: 0.75, P2: 3, P3: 8, P4: 16 };

const LOGISTICS = new Set<FeedbackCategory>(LOGISTICS_CATEGORIES);

// ---------------------------------------------------------------------------------------------------------
// Small helpers

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

function roundTo(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}

/** Moves a time to a likely local hour of the same day, if that stays within [lo, hi]. */
function shapeHour(rng: Rng, t: number, utcOffsetHours: number, lo: number, hi: number): number {
  const offset = utcOffsetHours * HOUR_MS;
  const dayStart = Math.floor((t + offset) / DAY_MS) * DAY_MS - offset;
  const shaped = dayStart + LOCAL_HOURS.draw(rng) * HOUR_MS + Math.floor(rng.next() * HOUR_MS);
  return shaped >= lo && shaped <= hi ? shaped : t;
}

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}

/** Fills a carrier's tracking pattern; the last digits are the order id, so numbers never repeat. */
function trackingNumber(rng: Rng, pattern: string, country: string, orderId: number): string {
  const chars = pattern.replace('{cc}', country).split('');
  const idDigits = String(orderId).padStart(7, '0');
  let fromId = idDigits.length - 1;
  for (let i = chars.length - 1; i >= 0; i--) {
    if (chars[i] === '#') chars[i] = fromId >= 0 ? (idDigits[fromId--] as string) : String(rng.int(0, 9));
    else if (chars[i] === '@') chars[i] = rng.letters(1);
  }
  return chars.join('');
}

function iterable<T>(make: () => Iterator<T>): Iterable<T> {
  return { [Symbol.iterator]: make };
}

// ---------------------------------------------------------------------------------------------------------
// Growth: local calendars, shopping seasons, the signup curve and the marketing plan

/** Signups grow over the span: their density rises linearly to GROWTH+1 times its start. */
const GROWTH = 1.5;
/** The launch: this share of customers joins in the first LAUNCH_DAYS (accounts brought over from before). */
const LAUNCH_SHARE = 0.2;
const LAUNCH_DAYS = 45;

/** Lognormal spread of the unplanned swings in demand: weekly for signups and orders, daily on top for orders. */
const WEEKLY_SIGNUP_SWING = 0.06;
const WEEKLY_ORDER_SWING = 0.05;
const DAILY_ORDER_SWING = 0.08;

const CHANNELS = SIGNUP_CHANNELS;
const CHANNEL_INDEX = new Map<SignupChannel, number>(CHANNELS.map((channel, i) => [channel, i]));
const REGION_INDEX = new Map<RegionCode, number>(REGIONS.map((region, i) => [region.code, i]));
/** A low-discrepancy step: consecutive customers' regions spread evenly, so weekly counts follow the plan closely. */
const GOLDEN_STEP = 0.6180339887498949;

/** One region's local days over the span, for quick instant-to-local-day lookups. */
interface RegionCalendar {
  /** Day number (days since 1970-01-01) of local day index 0. */
  firstDay: number;
  /** midnights[k]: the first instant (UTC ms) of local day index k; one entry more than there are days. */
  midnights: Float64Array;
}

function makeCalendar(timeZone: string, from: number, to: number): RegionCalendar {
  const firstDay = dayNumber(localDayOf(from, timeZone)) - 1;
  const lastDay = dayNumber(localDayOf(to, timeZone)) + 1;
  const midnights = new Float64Array(lastDay - firstDay + 2);
  for (let k = 0; k < midnights.length; k++) midnights[k] = startOfLocalDay(dayFromNumber(firstDay + k), timeZone);
  return { firstDay, midnights };
}

/** The local day index of an instant within the calendar's span. */
function localDayIndex(calendar: RegionCalendar, at: number): number {
  const m = calendar.midnights;
  const last = m.length - 2;
  let k = Math.min(last, Math.max(0, Math.floor((at - (m[0] as number)) / DAY_MS)));
  while (k > 0 && at < (m[k] as number)) k--;
  while (k < last && at >= (m[k + 1] as number)) k++;
  return k;
}

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

interface GrowthModel {
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

function buildGrowthModel(ctx: { seed: number; start: number; until: number; sizes: ScaleSizes }): GrowthModel {
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
  const anomalyWeek = lastCompleteWeek(ctx.until, anomalyZone);
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
      actual[h] = (weights[h] as number) * (swings[days[h] as number] as number) * planted;
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

function dayText(growth: GrowthModel, day: number): string {
  let text = growth.dayTexts.get(day);
  if (text === undefined) growth.dayTexts.set(day, (text = dayFromNumber(day)));
  return text;
}

function hourOf(ctx: Context, at: number): number {
  return Math.min(ctx.growth.hours - 1, Math.max(0, Math.floor((at - ctx.start) / HOUR_MS)));
}

/** When the customer at position u (0-1) of the signup order joins. */
function signupTime(ctx: Context, u: number): number {
  const cdf = ctx.growth.signupCdf;
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((cdf[mid] as number) > u) hi = mid;
    else lo = mid + 1;
  }
  const before = lo > 0 ? (cdf[lo - 1] as number) : 0;
  const within = Math.min(0.999_999, Math.max(0, (u - before) / ((cdf[lo] as number) - before)));
  return Math.min(ctx.until, ctx.start + Math.floor((lo + within) * HOUR_MS));
}

/** The region of the customer who joins in an hour, spread evenly over consecutive ids by the golden step. */
function signupRegion(ctx: Context, hour: number, id: number): number {
  const weights = ctx.growth.regionWeight;
  let total = 0;
  for (const w of weights) total += w[hour] as number;
  const position = ((id * GOLDEN_STEP + ctx.seed / 4294967296) % 1) * total;
  let running = 0;
  for (let r = 0; r < weights.length; r++) {
    running += (weights[r] as Float32Array)[hour] as number;
    if (position < running) return r;
  }
  return weights.length - 1;
}

/** A time in [from, to) drawn with the country's order seasons (rejection sampling, bounded). */
function seasonalTime(ctx: Context, rng: Rng, profile: Profile, from: number, to: number): number {
  const season = ctx.growth.orderSeason.get(profile.country.code) as Float32Array;
  const max = ctx.growth.orderSeasonMax.get(profile.country.code) as number;
  const days = ctx.growth.hourDay[profile.regionIndex] as Int32Array;
  for (let tries = 0; tries < 32; tries++) {
    const at = from + (to - from) * rng.next();
    if (rng.next() * max < (season[days[hourOf(ctx, at)] as number] as number)) return at;
  }
  return from + (to - from) * rng.next();
}

// ---------------------------------------------------------------------------------------------------------
// Customers

interface Profile {
  id: number;
  rng: Rng;
  region: RegionTables;
  /** The region's position in REGIONS. */
  regionIndex: number;
  country: CountryInfo;
  language: Language;
  archetype: Archetype;
  signupAt: number;
  /** Expected orders before scaling to the exact total. */
  intensity: number;
}

interface Context {
  seed: number;
  until: number;
  start: number;
  sizes: ScaleSizes;
  growth: GrowthModel;
}

function drawProfile(ctx: Context, id: number): Profile {
  const rng = new Rng(mixSeed(ctx.seed, id, 1));
  // Ids follow signup order: customer i signs up in the i-th slice of the signup curve.
  const signupAt = signupTime(ctx, (id - 1 + rng.next()) / ctx.sizes.customers);
  const hour = hourOf(ctx, signupAt);
  const regionIndex = signupRegion(ctx, hour, id);
  const region = regionTables((REGIONS[regionIndex] as RegionInfo).code);
  const signupDay = (ctx.growth.hourDay[regionIndex] as Int32Array)[hour] as number;
  const countries = region.info.countries;
  const country = rng.weighted(
    countries,
    countries.map((c) => c.weight * ((ctx.growth.signupSeason.get(c.code) as Float32Array)[signupDay] as number)),
  );
  const language = (region.languages.get(country.code) as WeightedTable<Language>).draw(rng);
  const archetype = ARCHETYPES.draw(rng);
  const tenureYears = (ctx.until - signupAt) / (365 * DAY_MS);
  const tenure = Math.min(2, Math.max(0.05, tenureYears)) ** 0.8;
  const intensity = ORDER_INTENSITY[archetype] * tenure * rng.logNormal(1, 0.5);
  return { id, rng, region, regionIndex, country, language, archetype, signupAt, intensity };
}

// ---------------------------------------------------------------------------------------------------------
// Orders

interface SimOrder {
  row: OrderRow;
  carrier: CarrierInfo;
  damaged: boolean;
  defective: boolean;
  /** Held at customs for days (cleared or not yet). */
  held: boolean;
  /** When the customer sent it back, if they have by `until`. */
  returnedAt: number | null;
}

function simulateOrders(ctx: Context, profile: Profile, count: number, firstOrderId: number): SimOrder[] {
  if (count === 0) return [];
  const rng = new Rng(mixSeed(ctx.seed, profile.id, 2));
  const { until } = ctx;
  const region = profile.region.info;
  const offset = region.utcOffsetHours;

  // When: the first order soon after signup, the rest spread over the customer's active window.
  const available = until - profile.signupAt;
  // Accounts from the launch weeks were not all waiting to buy at once.
  const launchCohort = profile.signupAt < ctx.start + LAUNCH_DAYS * DAY_MS;
  let lag = rng.exponential((launchCohort ? 45 : 1.5) * DAY_MS);
  if (lag > available) lag = available * rng.next();
  const firstAt = shapeHour(rng, profile.signupAt + lag, offset, profile.signupAt, until);
  let end = until;
  if (profile.archetype === 'lapsed') {
    end = until - (200 + rng.next() * 250) * DAY_MS;
    if (end <= firstAt) end = firstAt + (until - firstAt) * 0.3;
  }
  const times: number[] = [firstAt];
  for (let j = 1; j < count; j++) {
    times.push(shapeHour(rng, seasonalTime(ctx, rng, profile, firstAt, end), offset, firstAt, end));
  }
  times.sort((a, b) => a - b);

  const payments = profile.region.payments.get(profile.country.code) as WeightedTable<string>;
  const preferredPayment = payments.draw(rng);
  const medianUsd = (profile.archetype === 'big_spender' ? 240 : profile.archetype === 'loyal' ? 42 : 36) * region.spendFactor;
  const sigma = profile.archetype === 'big_spender' ? 0.45 : 0.6;
  const currency = profile.country.currency;
  const rate = USD_RATES[currency] ?? 1;
  const decimals = currencyDecimals(currency);

  const orders: SimOrder[] = [];
  for (let j = 0; j < count; j++) {
    const id = firstOrderId + j;
    const placedAt = Math.floor(times[j] as number);
    const crossBorder = rng.chance(region.crossBorderShare);
    const carrier = (crossBorder ? profile.region.crossBorderCarriers : profile.region.warehouseCarriers).draw(rng);
    const legs = crossBorder ? region.crossBorder : region.warehouse;

    // Money.
    let amountUsd = rng.logNormal(medianUsd, sigma);
    if (rng.chance(0.02)) amountUsd *= 4;
    amountUsd = round2(Math.max(2.5, amountUsd));
    const amountLocal = roundTo(amountUsd * rate, decimals);
    const freeShipping = amountUsd >= (crossBorder ? 60 : 35) && rng.chance(crossBorder ? 0.7 : 1);
    const shippingFee = freeShipping ? 0 : crossBorder ? round2(rng.float(2, 12)) : rng.pick([1.99, 2.99, 3.99, 4.99]);
    const duties = crossBorder && amountUsd > region.duties.deMinimisUsd ? round2(amountUsd * region.duties.rate * rng.float(0.9, 1.1)) : 0;
    const paymentMethod = rng.chance(0.75) ? preferredPayment : payments.draw(rng);
    const promoCode = j === 0 && rng.chance(0.3) ? WELCOME_PROMO_CODE : rng.chance(0.12) ? rng.pick(region.promoCodes) : null;

    // The journey as it would happen, before `until` cuts it off.
    const deferred = DEFERRED_PAYMENT_METHODS.includes(paymentMethod);
    const paidAt = placedAt + (deferred ? rng.float(0.1, 2.5) * DAY_MS : rng.float(1, 15) * 60_000);
    const shippedAt = Math.floor(paidAt + rng.float(legs.handling[0], legs.handling[1]) * DAY_MS);
    const estimatedAt = Math.floor(placedAt + (legs.promise + rng.next()) * DAY_MS);
    const cancelled = rng.chance(0.01);
    const lost = rng.chance(carrier.lossRate * (crossBorder ? 1.3 : 1));
    const lostBeforeCustoms = rng.chance(0.5);
    const late = rng.chance(Math.min(0.9, carrier.lateRate * region.lateFactor));
    const lateDays = late ? 0.5 + rng.exponential(carrier.lateMeanDays * region.lateFactor) : 0;
    let enteredAt = 0;
    let clearedAt = 0;
    let held = false;
    let lastMileFrom = shippedAt;
    if (crossBorder) {
      const international = legs.international ?? [3, 7];
      enteredAt = Math.floor(shippedAt + rng.float(international[0], international[1]) * DAY_MS);
      held = rng.chance(region.customsHoldRate);
      clearedAt = Math.floor(enteredAt + (held ? rng.float(3, 18) : rng.float(0.2, 1.5)) * DAY_MS);
      lastMileFrom = clearedAt;
    }
    const deliveredAt = Math.floor(lastMileFrom + (rng.float(legs.lastMile[0], legs.lastMile[1]) + lateDays) * DAY_MS);
    const damaged = rng.chance(crossBorder ? 0.03 : 0.025);
    const defective = rng.chance(0.03);
    const afterDelivery = rng.next();
    const returnAt = Math.floor(deliveredAt + rng.float(3, 25) * DAY_MS);

    // What has happened by `until`.
    let status: OrderStatus;
    let shipped: number | null = null;
    let entered: number | null = null;
    let cleared: number | null = null;
    let delivered: number | null = null;
    let returnedAt: number | null = null;
    if (paidAt > until) {
      status = 'placed';
    } else if (cancelled) {
      status = placedAt + DAY_MS <= until ? 'refunded' : 'paid';
    } else if (shippedAt > until) {
      status = 'paid';
    } else {
      shipped = shippedAt;
      const customsKnown = crossBorder && !(lost && lostBeforeCustoms);
      if (customsKnown && enteredAt <= until) entered = enteredAt;
      if (customsKnown && clearedAt <= until) cleared = clearedAt;
      if (lost) {
        status = estimatedAt + 10 * DAY_MS <= until ? 'lost' : entered !== null && cleared === null ? 'in_customs' : 'shipped';
      } else if (crossBorder && entered === null) {
        status = 'shipped';
      } else if (crossBorder && cleared === null) {
        status = 'in_customs';
      } else if (deliveredAt > until) {
        status = 'shipped';
      } else {
        delivered = deliveredAt;
        status = 'delivered';
        const returnedShare = damaged ? 0.35 : defective ? 0.4 : 0.035;
        const refundedShare = damaged ? 0.3 : defective ? 0.25 : 0.015;
        if (returnAt <= until && afterDelivery < returnedShare + refundedShare) {
          status = afterDelivery < returnedShare ? 'returned' : 'refunded';
          returnedAt = returnAt;
        }
      }
    }

    orders.push({
      row: {
        id,
        customer_id: profile.id,
        region: region.code,
        country: profile.country.code,
        status,
        carrier: carrier.name,
        tracking_number: trackingNumber(rng, carrier.tracking, profile.country.code, id),
        fulfilment: crossBorder ? 'cross_border' : 'overseas_warehouse',
        currency,
        amount_local: amountLocal,
        amount_usd: amountUsd,
        shipping_fee_usd: shippingFee,
        duties_usd: duties,
        payment_method: paymentMethod,
        promo_code: promoCode,
        placed_at: placedAt,
        shipped_at: shipped,
        customs_entered_at: entered,
        customs_cleared_at: cleared,
        estimated_delivery_at: estimatedAt,
        delivered_at: delivered,
      },
      carrier,
      damaged: damaged && delivered !== null,
      defective: defective && delivered !== null,
      held: held && entered !== null,
      returnedAt,
    });
  }
  return orders;
}

/** How much a customer has to write about: weights the feedback plan (a lost parcel almost always gets a complaint). */
function problemScore(orders: readonly SimOrder[], until: number): number {
  let score = 0;
  for (const o of orders) {
    const r = o.row;
    const late = r.delivered_at !== null ? r.delivered_at - r.estimated_delivery_at > DAY_MS : r.shipped_at !== null && r.estimated_delivery_at < until;
    if (r.status === 'lost') score += 3;
    else if (o.damaged) score += 2;
    else if (late || o.defective || o.held) score += 1;
    else if (r.status === 'returned' || r.status === 'refunded') score += 0.7;
  }
  return score;
}

function customerRow(ctx: Context, profile: Profile, orders: readonly SimOrder[]): CustomerRow {
  const { rng, region, country, language } = profile;
  const calendar = ctx.growth.calendars[profile.regionIndex] as RegionCalendar;
  const campaign = (ctx.growth.kolDays[profile.regionIndex] as Uint8Array)[localDayIndex(calendar, profile.signupAt)] === 1;
  const signupChannel = (campaign ? region.campaignSignupChannels : region.signupChannels).draw(rng);
  const poolKey = language === 'en' ? country.namePool : (LANGUAGE_NAME_POOLS[language] ?? country.namePool);
  const pool = NAME_POOLS[poolKey];
  const g = rng.int(0, pool.given.length - 1);
  const f = rng.int(0, pool.family.length - 1);
  const native = pool.nativeGiven !== undefined && pool.nativeFamily !== undefined && rng.chance(pool.nativeShare ?? 0);
  const given = pool.given[g] as string;
  const family = pool.family[f] as string;
  let name = `${given} ${family}`;
  if (native) {
    const ng = pool.nativeGiven?.[g] ?? given;
    const nf = pool.nativeFamily?.[f] ?? family;
    name = pool.nativeFamilyFirst ? `${nf} ${ng}` : `${ng} ${nf}`;
  }
  const email = `${asciiSlug(given)}.${asciiSlug(family)}${profile.id}@${rng.pick(country.emailDomains)}`;

  let ltv = 0;
  for (const o of orders) ltv += o.row.amount_usd;
  ltv = round2(ltv);
  const count = orders.length;
  const first = orders[0]?.row.placed_at ?? null;
  const last = orders[count - 1]?.row.placed_at ?? null;
  const { until } = ctx;
  let segment: Segment;
  if (last === null) segment = until - profile.signupAt < 60 * DAY_MS ? 'new' : 'dormant';
  else if (until - last > 180 * DAY_MS) segment = 'dormant';
  else if ((count >= 2 && ltv > 200 * count) || ltv >= 2000 || count >= 25) segment = 'vip';
  else if (until - profile.signupAt < 60 * DAY_MS || (count === 1 && until - profile.signupAt < 120 * DAY_MS)) segment = 'new';
  else segment = 'regular';

  return {
    id: profile.id,
    region: region.info.code,
    country: country.code,
    name,
    email,
    signup_at: profile.signupAt,
    signup_channel: signupChannel,
    segment,
    first_order_at: first,
    last_order_at: last,
    orders_count: count,
    lifetime_value_usd: ltv,
  };
}

// ---------------------------------------------------------------------------------------------------------
// Feedback

interface FeedbackOut {
  feedback: FeedbackRow[];
  tags: FeedbackTagRow[];
  events: FeedbackEventRow[];
  pauses: FeedbackSlaPauseRow[];
}

interface Complaint {
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

/** Share of feedback still open, by age: recent feedback is mostly open, old feedback mostly resolved. */
function openShare(ageMs: number): number {
  const days = ageMs / DAY_MS;
  if (days < 1) return 0.97;
  if (days < 3) return 0.92;
  if (days < 7) return 0.8;
  if (days < 14) return 0.55;
  if (days < 30) return 0.2;
  if (days < 60) return 0.05;
  // A few stragglers stay open for a season; nothing older is still in a real queue.
  if (days < 120) return 0.01;
  return 0;
}

/** Whole days for a message: at least 2, so every language's plural reads right (and customers round up). */
function daysBetween(from: number, to: number): number {
  return Math.max(2, Math.round((to - from) / DAY_MS));
}

/** Picks what a customer writes about, keeping to what happened to their orders and when. */
function drawComplaint(
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

function simulateFeedback(
  ctx: Context,
  profile: Profile,
  customer: CustomerRow,
  orders: readonly SimOrder[],
  count: number,
  firstFeedbackId: number,
): FeedbackOut {
  const out: FeedbackOut = { feedback: [], tags: [], events: [], pauses: [] };
  if (count === 0) return out;
  const rng = new Rng(mixSeed(ctx.seed, profile.id, 3));
  const { until } = ctx;
  const region = profile.region;
  const language = profile.language;
  const texts = FEEDBACK_TEXTS[language];
  const used = new Set<string>();
  const complaints: Complaint[] = [];
  for (let k = 0; k < count; k++) complaints.push(drawComplaint(rng, until, profile.signupAt, orders, used));
  // Ids in time order within the customer; the first complaint is not a repeat.
  complaints.sort((a, b) => a.createdAt - b.createdAt);

  complaints.forEach((c, index) => {
    const id = firstFeedbackId + index;
    const createdAt = c.createdAt;
    const age = until - createdAt;
    let priority = rng.weighted(PRIORITIES, PRIORITY_WEIGHTS[c.category]);
    if (customer.segment === 'vip' && priority !== 'P1' && rng.chance(0.5)) {
      priority = PRIORITIES[PRIORITIES.indexOf(priority) - 1] as Priority;
    }
    const hours = region.slaHours[priority];
    const slaDueAt = createdAt + Math.round(hours * HOUR_MS);
    const channel = region.feedbackChannels.draw(rng);

    // Status by age, then the path that led there: each step leaves the audit trail the console would have
    // written (first response = leaving 'new', resolved_at = the step to 'resolved', a pause = a waiting step).
    let status: FeedbackStatus;
    if (!rng.chance(openShare(age))) status = 'resolved';
    else if (age < 6 * HOUR_MS) status = rng.weighted(FEEDBACK_STATUSES, [55, 30, 15, 0, 0, 0]);
    else {
      const carrierIssue = c.order !== null && LOGISTICS.has(c.category);
      status = rng.weighted(FEEDBACK_STATUSES, [8, 20, 35, carrierIssue ? 22 : 0, 15, 0]);
    }
    const steps: FeedbackStatus[] =
      status === 'new' ? []
      : status === 'triaged' ? ['triaged']
      : status === 'resolved' ? (rng.chance(0.3) ? ['triaged', 'resolved'] : ['triaged', 'in_progress', 'resolved'])
      : status === 'in_progress' ? ['triaged', 'in_progress']
      : ['triaged', 'in_progress', status];
    const responseLag = rng.exponential(RESPONSE_HOURS[priority] * HOUR_MS);
    const stepTimes: number[] = [];
    if (steps.length > 0) {
      let endAt: number;
      if (status === 'resolved') endAt = createdAt + Math.min(hours * HOUR_MS * Math.exp(rng.normal(-0.45, 0.55)), age * rng.next());
      else if (status === 'triaged') endAt = createdAt + Math.min(responseLag, age * rng.next());
      else endAt = createdAt + age * rng.next();
      const firstAt = steps.length === 1 ? endAt : createdAt + Math.min(responseLag, (endAt - createdAt) * 0.7);
      stepTimes.push(Math.floor(firstAt));
      if (steps.length === 3) stepTimes.push(Math.floor(firstAt + (endAt - firstAt) * rng.next()));
      if (steps.length > 1) stepTimes.push(Math.floor(endAt));
    }
    const lastAt = stepTimes[stepTimes.length - 1] ?? createdAt;
    const firstResponseAt = stepTimes[0] ?? null;
    const resolvedAt = status === 'resolved' ? lastAt : null;
    const waiting = status === 'waiting_on_carrier' || status === 'waiting_on_customer';
    const pausedAt = waiting ? lastAt : null;

    const assigned =
      status === 'new' ? rng.chance(0.25) : status === 'triaged' ? rng.chance(0.7) : status === 'resolved' ? rng.chance(0.97) : true;
    const assigneeId = assigned ? region.assignees.draw(rng) : null;
    const lead = region.leads.draw(rng);
    const actorId = assigneeId ?? lead;
    let updatedAt = lastAt;
    if (assigneeId !== null) {
      const assignedAt = stepTimes[0] ?? Math.floor(createdAt + (until - createdAt) * rng.next() * 0.5);
      updatedAt = Math.max(updatedAt, assignedAt);
      out.events.push({ id: 0, feedback_id: id, at: assignedAt, actor_id: lead, kind: 'assignee', before: null, after: String(assigneeId) });
    }
    let previous: FeedbackStatus = 'new';
    steps.forEach((step, k) => {
      const at = stepTimes[k] as number;
      out.events.push({ id: 0, feedback_id: id, at, actor_id: actorId, kind: 'status', before: previous, after: step });
      if (step === 'waiting_on_carrier' || step === 'waiting_on_customer') {
        out.events.push({ id: 0, feedback_id: id, at, actor_id: actorId, kind: 'sla_paused', before: null, after: step });
      }
      previous = step;
    });
    const rating = rng.chance(0.4)
      ? null
      : rng.weighted(RATINGS, c.category === 'other' ? OTHER_RATINGS : c.category === 'account' ? ACCOUNT_RATINGS : COMPLAINT_RATINGS);

    // The words.
    const templates = texts.templates[c.category];
    const template = templates[c.template ?? rng.int(0, templates.length - 1)] as string;
    const body = fillTemplate(template, {
      order: c.order ? `#${c.order.row.id}` : undefined,
      carrier: c.order?.row.carrier,
      days: c.days,
    }, language);
    const neutral = c.category === 'account' || c.category === 'other';
    const opener = rng.pick(texts.openers);
    const closer = texts.closers[rng.int(0, (neutral ? texts.neutralClosers : texts.closers.length) - 1)] ?? '';
    const text = composeText(language, body, opener, closer);

    out.feedback.push({
      id,
      customer_id: profile.id,
      order_id: c.order?.row.id ?? null,
      region: region.info.code,
      country: profile.country.code,
      channel,
      language,
      text,
      rating,
      category: c.category,
      status,
      priority,
      assignee_id: assigneeId,
      created_at: createdAt,
      updated_at: updatedAt,
      sla_due_at: slaDueAt,
      sla_paused_at: pausedAt,
      first_response_at: firstResponseAt,
      resolved_at: resolvedAt,
      duplicate_of: null,
      merge_id: null,
      version: 1,
    });

    const tags: string[] = [];
    if (customer.segment === 'vip') tags.push('vip');
    if (index > 0) tags.push('repeat');
    if (channel === 'social') tags.push('social-media');
    const refundable = c.category === 'lost_parcel' || c.category === 'damaged' || c.category === 'returns' || c.category === 'product_quality';
    if ((refundable && rng.chance(0.45)) || (c.category === 'payment' && rng.chance(0.3))) tags.push('refund-requested');
    if (priority === 'P1' && rng.chance(0.5)) tags.push('escalated');
    if ((c.category === 'lost_parcel' || c.category === 'damaged') && rng.chance(0.4)) tags.push('carrier-claim');
    for (const tag of tags) out.tags.push({ feedback_id: id, tag });

    if (pausedAt !== null) out.pauses.push({ feedback_id: id, paused_at: pausedAt, resumed_at: null, reason: status });
  });
  return out;
}

// ---------------------------------------------------------------------------------------------------------
// Activity: the days a customer visited

/** How keen each kind of customer is in their first month (multiplies the daily chance of a visit). */
const ENGAGEMENT: Record<Archetype, number> = { browser: 0.9, one_time: 0.7, casual: 1, loyal: 1.5, big_spender: 1.2, lapsed: 0.9 };
/** Mean days between visits after the first month. */
const VISIT_GAP_DAYS: Record<Archetype, number> = { browser: 100, one_time: 200, casual: 80, loyal: 28, big_spender: 40, lapsed: 60 };

/**
 * The signup day; in the first month a visit on day k with a chance that fades from about a third (so D1, D7 and
 * D30 retention look like an app's); each order's day, often the day before (browsing) and the delivery day
 * (tracking); and after the first month, visits every few weeks (lapsed customers stop a month after their last order).
 */
function simulateActivity(ctx: Context, profile: Profile, orders: readonly SimOrder[]): CustomerActivityRow[] {
  const rng = new Rng(mixSeed(ctx.seed, profile.id, 4));
  const calendar = ctx.growth.calendars[profile.regionIndex] as RegionCalendar;
  const first = localDayIndex(calendar, profile.signupAt);
  const last = localDayIndex(calendar, ctx.until);
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

// ---------------------------------------------------------------------------------------------------------
// Marketing spend, the daily funnel and the weekly plan

/** Orders and revenue per region, channel and local day, gathered as a pass simulates the customers. */
interface OrderTally {
  days: number;
  /** Orders at [(region * channels + channel) * days + day]. */
  orders: Int32Array;
  /** Revenue (USD) at [region * days + day]. */
  revenue: Float64Array;
}

function newTally(ctx: Context): OrderTally {
  const days = Math.max(...ctx.growth.calendars.map((calendar) => calendar.midnights.length - 1));
  return { days, orders: new Int32Array(REGIONS.length * CHANNELS.length * days), revenue: new Float64Array(REGIONS.length * days) };
}

function countOrders(ctx: Context, tally: OrderTally, profile: Profile, customer: CustomerRow, orders: readonly SimOrder[]): void {
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
  return [localDayIndex(calendar, ctx.start), localDayIndex(calendar, ctx.until)];
}

function* spendRows(ctx: Context): Generator<MarketingSpendRow> {
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

function* funnelRows(ctx: Context, tally: OrderTally): Generator<DailyFunnelRow> {
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
function* targetRows(ctx: Context, tally: OrderTally): Generator<WeeklyTargetRow> {
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

// ---------------------------------------------------------------------------------------------------------
// The plan: exact totals

interface Plan {
  orderCounts: Uint16Array;
  feedbackCounts: Uint16Array;
}

function makePlan(ctx: Context): Plan {
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
    running += 0.05 + 0.3 * Math.sqrt(count) + 1.5 * problemScore(orders, ctx.until) ** 0.6;
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

// ---------------------------------------------------------------------------------------------------------
// The data set

/** Builds the (lazy) demo data set: nothing is generated until a stream is iterated. */
export function generateDataset(options: GenerateOptions): Dataset {
  const sizes = SCALES[options.scale];
  if (!sizes) throw new Error(`Unknown scale "${String(options.scale)}": use one of ${Object.keys(SCALES).join(', ')}`);
  const until = options.until instanceof Date ? options.until.getTime() : Number.NaN;
  if (!Number.isFinite(until)) throw new Error('generateDataset: until must be a valid Date');
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new Error(`generateDataset: seed must be an integer, not ${seed}`);
  const base = { seed: seed >>> 0, until: Math.floor(until), start: Math.floor(until) - SPAN_DAYS * DAY_MS, sizes };
  const ctx: Context = { ...base, growth: buildGrowthModel(base) };

  let plan: Plan | null = null;
  const getPlan = (): Plan => (plan ??= makePlan(ctx));
  // The funnel and the targets read every order: the first complete pass over the customers leaves its tally here.
  const passes: { tally: OrderTally | null } = { tally: null };
  const getTally = (): OrderTally => {
    if (!passes.tally) {
      const pass = bundles({ feedback: false, activity: false });
      while (!pass.next().done);
    }
    if (!passes.tally) throw new Error('The pass over the customers did not finish');
    return passes.tally;
  };

  interface PassOptions {
    feedback: boolean;
    activity: boolean;
  }

  function* bundles(options: PassOptions): Generator<CustomerBundle> {
    const { orderCounts, feedbackCounts } = getPlan();
    const counted = newTally(ctx);
    let orderId = 1;
    let feedbackId = 1;
    let eventId = 1;
    for (let i = 0; i < sizes.customers; i++) {
      const profile = drawProfile(ctx, i + 1);
      const orderCount = orderCounts[i] as number;
      const feedbackCount = feedbackCounts[i] as number;
      const orders = simulateOrders(ctx, profile, orderCount, orderId);
      const customer = customerRow(ctx, profile, orders);
      const fb = options.feedback ? simulateFeedback(ctx, profile, customer, orders, feedbackCount, feedbackId) : null;
      orderId += orderCount;
      feedbackId += feedbackCount;
      if (fb) for (const event of fb.events) event.id = eventId++;
      countOrders(ctx, counted, profile, customer, orders);
      yield {
        customer,
        orders: orders.map((o) => o.row),
        feedback: fb?.feedback ?? [],
        feedback_tags: fb?.tags ?? [],
        feedback_events: fb?.events ?? [],
        feedback_sla_pauses: fb?.pauses ?? [],
        customer_activity: options.activity ? simulateActivity(ctx, profile, orders) : [],
      };
    }
    passes.tally = counted;
  }

  function* fromBundles<K extends Exclude<keyof CustomerBundle, 'customer'>>(key: K, options: PassOptions): Generator<CustomerBundle[K][number]> {
    for (const bundle of bundles(options)) yield* bundle[key] as Iterable<CustomerBundle[K][number]>;
  }
  const withFeedback: PassOptions = { feedback: true, activity: false };
  const plain: PassOptions = { feedback: false, activity: false };

  return {
    scale: options.scale,
    seed: ctx.seed,
    until: ctx.until,
    start: ctx.start,
    sizes,
    regions: iterable(function* () {
      for (const r of REGIONS) yield { code: r.code, name: r.name, currency: r.currency, time_zone: r.timeZone, locale: r.locale };
    }),
    people: iterable(function* () {
      for (const p of PEOPLE) yield { id: p.id, name: p.name, email: p.email, role: p.role };
    }),
    people_regions: iterable(function* () {
      for (const p of PEOPLE) for (const region of p.regions) yield { person_id: p.id, region };
    }),
    sla_policies: iterable(function* () {
      for (const p of SLA_POLICIES) yield { region: p.region, priority: p.priority, hours: p.hours };
    }),
    customers: iterable(function* () {
      for (const bundle of bundles(plain)) yield bundle.customer;
    }),
    orders: iterable(() => fromBundles('orders', plain)),
    feedback: iterable(() => fromBundles('feedback', withFeedback)),
    feedback_tags: iterable(() => fromBundles('feedback_tags', withFeedback)),
    feedback_events: iterable(() => fromBundles('feedback_events', withFeedback)),
    feedback_sla_pauses: iterable(() => fromBundles('feedback_sla_pauses', withFeedback)),
    customer_activity: iterable(() => fromBundles('customer_activity', { feedback: false, activity: true })),
    marketing_spend: iterable(() => spendRows(ctx)),
    daily_funnel: iterable(() => funnelRows(ctx, getTally())),
    weekly_targets: iterable(() => targetRows(ctx, getTally())),
    byCustomer: iterable(() => bundles({ feedback: true, activity: true })),
    anomaly: ctx.growth.anomaly,
  };
}
