// What ties customers to the rosters, simulated with each customer: the KOL code their first order used (or the
// KOL or community link they signed up by), and the community memberships of customers and of people who are not
// customers; and the streams that need the whole plan: KOL posts and communities' weekly snapshots.

import { DAY_MS, type RegionCode } from '../../shared/domain';
import { dayFromNumber, isoWeekMonday, isoWeekOfDay, shiftIsoWeek } from '../../shared/iso-week';
import { localDayIndex, type RegionCalendar } from './calendar';
import { REGIONS } from './catalog';
import { regionEnd, type Context } from './context';
import type { SimOrder } from './orders';
import type { Profile } from './profiles';
import { Rng, mixSeed } from './random';
import type { CommunityMemberRow, CommunitySnapshotRow, CustomerAcquisitionRow, KolPostRow } from './roster-rows';
import type { CodeWindow, RosterPlan } from './rosters';
import type { CustomerRow } from './rows';

export interface CustomerTies {
  acquisition: CustomerAcquisitionRow | null;
  members: CommunityMemberRow[];
}

/** Customers who join a community that did not bring them (a KOL's, say). */
const ALSO_JOIN = 0.05;
const CONSENT_SHARE = 0.85;
const CONSENT_SOURCES = ['signup form opt-in', 'group welcome message', 'support chat'] as const;

const dayText = (calendar: RegionCalendar, at: number) => dayFromNumber(calendar.firstDay + localDayIndex(calendar, at));

function liveWindow(rng: Rng, windows: readonly CodeWindow[], at: number): CodeWindow | null {
  const live = windows.filter((w) => w.from <= at && at < w.until);
  return live.length === 0 ? null : rng.pick(live);
}

/** People in communities who are not (known as) customers, per customer simulated: the data set's size over its customers. */
function anonymousRate(ctx: Context): number {
  return Math.max(0, ctx.sizes.communityMembers / ctx.sizes.customers - 0.06);
}

/**
 * The customer's ties. A KOL-channel customer's first order carries a code of a KOL campaign live then (the order
 * row is changed here, before anyone reads it); without orders they came by a live campaign's link.
 */
export function customerTies(ctx: Context, plan: RosterPlan, profile: Profile, customer: CustomerRow, orders: SimOrder[], firstMemberId: number): CustomerTies {
  const rng = new Rng(mixSeed(ctx.seed, profile.id, 0x7e5));
  const r = profile.regionIndex;
  const calendar = ctx.growth.calendars[r] as RegionCalendar;
  const region = customer.region as RegionCode;
  const until = regionEnd(ctx, r);
  const open = (plan.openCommunities[r] ?? []).filter((c) => c.openedAt <= customer.signup_at);
  const members: CommunityMemberRow[] = [];
  const member = (communityId: number, customerId: number | null, joinedAtMs: number, role = 'member') => {
    const joinedAt = Math.floor(joinedAtMs);
    const id = firstMemberId + members.length;
    const consent = customerId !== null && rng.chance(CONSENT_SHARE);
    const leftAt = rng.chance(0.15) ? joinedAt + rng.exponential(120 * DAY_MS) : null;
    members.push({
      id, region, community_id: communityId, handle: `member${id}`, role, joined_on: dayText(calendar, joinedAt),
      left_on: leftAt !== null && leftAt < until ? dayText(calendar, leftAt) : null,
      customer_id: consent ? customerId : null, consent_basis: consent ? 'consent' : null,
      consent_at: consent ? joinedAt + 60_000 : null, consent_source: consent ? rng.pick(CONSENT_SOURCES) : null,
    });
  };

  let acquisition: CustomerAcquisitionRow | null = null;
  if (customer.signup_channel === 'kol') {
    const first = orders[0]?.row;
    const window = liveWindow(rng, plan.windows[r] ?? [], first?.placed_at ?? customer.signup_at);
    if (window && first) {
      first.promo_code = window.code;
      acquisition = { customer_id: customer.id, region, kol_id: window.kolId, community_id: null, campaign_id: window.campaignId, promo_code: window.code, via: 'code', acquired_at: first.placed_at };
    } else if (window) {
      acquisition = { customer_id: customer.id, region, kol_id: window.kolId, community_id: null, campaign_id: window.campaignId, promo_code: null, via: 'referral', acquired_at: customer.signup_at };
    }
  } else if (customer.signup_channel === 'community' && open.length > 0) {
    const community = rng.pick(open).community;
    acquisition = { customer_id: customer.id, region, kol_id: null, community_id: community.id, campaign_id: null, promo_code: null, via: 'referral', acquired_at: customer.signup_at };
    member(community.id, customer.id, customer.signup_at, rng.chance(0.03) ? 'ambassador' : 'member');
  }
  if (acquisition?.community_id == null && open.length > 0 && rng.chance(ALSO_JOIN)) {
    const joinedAt = customer.signup_at + rng.float(1, 90) * DAY_MS;
    if (joinedAt < until) member(rng.pick(open).community.id, customer.id, joinedAt);
  }
  const rate = anonymousRate(ctx);
  const anonymous = Math.floor(rate) + (rng.chance(rate - Math.floor(rate)) ? 1 : 0);
  const all = plan.openCommunities[r] ?? [];
  for (let i = 0; i < anonymous && all.length > 0; i++) {
    const { community, openedAt } = rng.pick(all);
    member(community.id, null, openedAt + rng.next() * (until - openedAt));
  }
  return { acquisition, members };
}

/** Each contract's deliverables as posts in its campaign (a few without the ad disclosure), then organic posts. */
export function* kolPostRows(ctx: Context, plan: RosterPlan): Generator<KolPostRow> {
  const rng = new Rng(mixSeed(ctx.seed, 0x9057));
  const kols = new Map(plan.kols.map((k) => [k.id, k]));
  const campaigns = new Map(plan.campaigns.map((c) => [c.id, c]));
  let id = 1;
  const post = (kolId: number, campaignId: number | null, at: number, disclosed: boolean): KolPostRow => {
    const kol = kols.get(kolId) as (typeof plan.kols)[number];
    const views = Math.floor(kol.followers * rng.float(0.05, 0.5));
    const likes = Math.floor(views * kol.engagement_rate * rng.float(0.8, 1.2));
    const row = {
      id, region: kol.region, kol_id: kolId, campaign_id: campaignId, platform: kol.platform, url: `${kol.profile_url ?? kol.handle}/posts/${id}`,
      posted_at: Math.floor(at), views, likes, comments: Math.floor(likes * rng.float(0.02, 0.08)), shares: Math.floor(likes * rng.float(0.01, 0.05)),
      clicks: Math.floor(views * rng.float(0.003, 0.02)), disclosed: disclosed ? 1 : 0,
    };
    id++;
    return row;
  };
  let sponsored = 0;
  for (const contract of plan.contracts) {
    const campaign = campaigns.get(contract.campaign_id);
    if (!campaign) continue;
    const from = Date.parse(`${campaign.starts_on}T00:00:00Z`);
    const to = Date.parse(`${campaign.ends_on}T23:00:00Z`);
    const count = Object.values(JSON.parse(contract.deliverables) as Record<string, number>).reduce((a, b) => a + b, 0);
    for (let i = 0; i < count && sponsored < ctx.sizes.kolPosts; i++, sponsored++) yield post(contract.kol_id, campaign.id, rng.float(from, to), rng.chance(0.9));
  }
  // Organic posts fill the set to its size, spread over every KOL and the whole span.
  const organic = ctx.sizes.kolPosts - sponsored;
  for (let i = 0; i < organic; i++) {
    const kol = plan.kols[i % plan.kols.length];
    if (kol) yield post(kol.id, null, rng.float(ctx.start, regionEnd(ctx, REGIONS.findIndex((r) => r.code === kol.region))), false);
  }
}

const PURPOSE_SIZE: Readonly<Record<string, number>> = { vip: 300, new_buyers: 2500, category_fans: 1500, local: 800, support: 1200 };

/** Each community's weeks as the platform reports them, from the week it opened to the last week of the data. */
export function* communitySnapshotRows(ctx: Context, plan: RosterPlan): Generator<CommunitySnapshotRow> {
  let id = 1;
  for (let r = 0; r < REGIONS.length; r++) {
    const calendar = ctx.growth.calendars[r] as RegionCalendar;
    const lastWeek = isoWeekOfDay(dayText(calendar, regionEnd(ctx, r) - 1));
    for (const { community, openedAt } of plan.openCommunities[r] ?? []) {
      const rng = new Rng(mixSeed(ctx.seed, 0x5a9, community.id));
      const cap = (PURPOSE_SIZE[community.purpose] ?? 1000) * rng.float(0.6, 1.4);
      let week = isoWeekOfDay(dayText(calendar, openedAt));
      for (let age = 0; isoWeekMonday(week) <= isoWeekMonday(lastWeek); age++, week = shiftIsoWeek(week, 1)) {
        const members = Math.max(5, Math.round(cap * (1 - Math.exp(-(age + 1) / 20)) * rng.float(0.97, 1.03)));
        const active = Math.round(members * rng.float(0.25, 0.55));
        yield { id: id++, region: community.region, community_id: community.id, week, members, active_members: active, messages: Math.round(active * rng.float(2, 9)), events: rng.int(0, 2) };
      }
    }
  }
}
