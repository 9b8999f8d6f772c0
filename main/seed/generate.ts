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
//
// Each domain has its file: directory.ts (people and regions), profiles.ts and customers.ts, orders.ts (orders
// and parcels), complaints.ts and feedback.ts, activity.ts, growth-model.ts and growth.ts (spend, funnel, targets),
// with plan.ts fixing the totals. This file only puts them together into the data set's streams. A new domain
// writes its generator file and adds its streams here: the registry (shared/table-registry.ts) marks the tables
// the data set fills (`demo: true`), the Dataset type then asks for a stream of each, and both seeders write them.

import { DAY_MS } from '../../shared/domain';
import { addDays, dayFromNumber, dayNumber, startOfLocalDay } from '../../shared/iso-week';
import { REGIONS } from './catalog';
import { simulateActivity } from './activity';
import type { Context } from './context';
import { generateCompliance } from './compliance';
import { customerRow } from './customers';
import { directoryStreams } from './directory';
import { simulateFeedback } from './feedback';
import { countOrders, funnelRows, newTally, spendRows, targetRows, type OrderTally } from './growth';
import { buildGrowthModel } from './growth-model';
import { DEFAULT_SEED, SCALES, SPAN_DAYS, type DataEnd, type GenerateOptions } from './options';
import { simulateOrders } from './orders';
import { makePlan, type Plan } from './plan';
import { drawProfile } from './profiles';
import type { CustomerBundle, Dataset } from './rows';
import { buildRosterPlan, type RosterPlan } from './rosters';
import { communitySnapshotRows, customerTies, kolPostRows } from './rosters-ties';
import { iterable } from './streams';

/** Each region's end (by region index), in whole milliseconds. */
function regionEnds(end: DataEnd): number[] {
  if (end instanceof Date) {
    const at = end.getTime();
    if (!Number.isFinite(at)) throw new Error('generateDataset: until must be a valid Date');
    return REGIONS.map(() => Math.floor(at));
  }
  const day = end.day;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || dayFromNumber(dayNumber(day)) !== day) {
    throw new Error(`generateDataset: until.day must be a date (YYYY-MM-DD), not "${day}"`);
  }
  return REGIONS.map((region) => startOfLocalDay(addDays(day, 1), region.timeZone));
}

/** Builds the (lazy) demo data set: nothing is generated until a stream is iterated. */
export function generateDataset(options: GenerateOptions): Dataset {
  const sizes = SCALES[options.scale];
  if (!sizes) throw new Error(`Unknown scale "${String(options.scale)}": use one of ${Object.keys(SCALES).join(', ')}`);
  const ends = regionEnds(options.until);
  const until = Math.max(...ends);
  const seed = options.seed ?? DEFAULT_SEED;
  if (!Number.isSafeInteger(seed)) throw new Error(`generateDataset: seed must be an integer, not ${seed}`);
  const base = { seed: seed >>> 0, until, ends, start: until - SPAN_DAYS * DAY_MS, sizes };
  const ctx: Context = { ...base, growth: buildGrowthModel(base) };

  let plan: Plan | null = null;
  const getPlan = (): Plan => (plan ??= makePlan(ctx));
  let rosters: RosterPlan | null = null;
  const getRosters = (): RosterPlan => (rosters ??= buildRosterPlan(ctx));
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
    let memberId = 1;
    for (let i = 0; i < sizes.customers; i++) {
      const profile = drawProfile(ctx, i + 1);
      const orderCount = orderCounts[i] as number;
      const feedbackCount = feedbackCounts[i] as number;
      const orders = simulateOrders(ctx, profile, orderCount, orderId);
      const customer = customerRow(ctx, profile, orders);
      // Before the orders go anywhere: a KOL-channel customer's first order carries the KOL's code.
      const ties = customerTies(ctx, getRosters(), profile, customer, orders, memberId);
      memberId += ties.members.length;
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
        community_members: ties.members,
        customer_acquisitions: ties.acquisition ? [ties.acquisition] : [],
      };
    }
    passes.tally = counted;
  }

  function* fromBundles<K extends Exclude<keyof CustomerBundle, 'customer'>>(key: K, options: PassOptions): Generator<CustomerBundle[K][number]> {
    for (const bundle of bundles(options)) yield* bundle[key] as Iterable<CustomerBundle[K][number]>;
  }
  let compliance: ReturnType<typeof generateCompliance> | null = null;
  const getCompliance = () => (compliance ??= generateCompliance(ctx));
  const complianceStream = <T extends keyof ReturnType<typeof generateCompliance>['rows']>(table: T) =>
    iterable(() => getCompliance().rows[table][Symbol.iterator]() as Iterator<ReturnType<typeof generateCompliance>['rows'][T][number]>);
  const withFeedback: PassOptions = { feedback: true, activity: false };
  const plain: PassOptions = { feedback: false, activity: false };

  return {
    scale: options.scale,
    seed: ctx.seed,
    until: ctx.until,
    start: ctx.start,
    sizes,
    ...directoryStreams(),
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
    kols: iterable(() => getRosters().kols[Symbol.iterator]()),
    campaigns: iterable(() => getRosters().campaigns[Symbol.iterator]()),
    campaign_members: iterable(() => getRosters().campaignMembers[Symbol.iterator]()),
    kol_contracts: iterable(() => getRosters().contracts[Symbol.iterator]()),
    promo_codes: iterable(() => getRosters().codes[Symbol.iterator]()),
    kol_posts: iterable(() => kolPostRows(ctx, getRosters())),
    communities: iterable(() => getRosters().communities[Symbol.iterator]()),
    community_snapshots: iterable(() => communitySnapshotRows(ctx, getRosters())),
    community_members: iterable(() => fromBundles('community_members', plain)),
    customer_acquisitions: iterable(() => fromBundles('customer_acquisitions', plain)),
    compliance_assessments: complianceStream('compliance_assessments'),
    compliance_results: complianceStream('compliance_results'),
    compliance_findings: complianceStream('compliance_findings'),
    compliance_actions: complianceStream('compliance_actions'),
    compliance_evidence: complianceStream('compliance_evidence'),
    compliance_evidence_revisions: complianceStream('compliance_evidence_revisions'),
    compliance_evidence_links: complianceStream('compliance_evidence_links'),
    compliance_signoffs: complianceStream('compliance_signoffs'),
    compliance_incidents: complianceStream('compliance_incidents'),
    compliance_notifications: complianceStream('compliance_notifications'),
    evidenceFiles: iterable(() => getCompliance().files[Symbol.iterator]()),
    byCustomer: iterable(() => bundles({ feedback: true, activity: true })),
    anomaly: ctx.growth.anomaly,
  };
}
