// The rosters' demo data (issue 9): per region, KOLs on the region's platforms with followers on a power law and
// engagement falling as tiers rise; the KOL campaigns the growth model already runs on the season peaks, plus a
// monthly always-on campaign; contracts whose fees and seeding add up, to the cent, to the `kol` rows of
// marketing_spend (a campaign's own row, and the month's everyday rows for its always-on campaign): one truth;
// a promo code per contract, valid through its campaign and two weeks after; and communities.
// Built once per data set from the context alone (pure). Per-customer ties, posts and snapshots: rosters-ties.ts.

import { DAY_MS, type RegionCode } from '../../shared/domain';
import { dayFromNumber } from '../../shared/iso-week';
import { COMMUNITY_PURPOSES, mayApproveContracts, overFeeLimit, tierOf } from '../../shared/rosters';
import type { RegionCalendar } from './calendar';
import { KOL_CAMPAIGN_DAYS, NAME_POOLS, PEOPLE, REGIONS, USD_RATES, currencyDecimals, type RegionInfo } from './catalog';
import { regionEnd, type Context } from './context';
import { spendRows } from './growth';
import { Rng, WeightedTable, mixSeed } from './random';
import { roundTo } from './rounding';
import type { CampaignMemberRow, CampaignRow, CommunityRow, KolContractRow, KolRow, PromoCodeRow } from './roster-rows';
import {
  AGENCIES, CODE_GRACE_DAYS, COMMUNITY_PLATFORMS_BY_REGION, COMMUNITY_PURPOSE_NAMES, NICHES, PROFILE_URLS, REGION_PLATFORMS,
  SEEDING_SHARE, TIER_ENGAGEMENT,
} from './rosters-catalog';

/** A code and when it may be used: what a customer's order can carry. */
export interface CodeWindow {
  code: string;
  kolId: number;
  campaignId: number;
  from: number;
  until: number;
}

export interface RosterPlan {
  kols: KolRow[];
  campaigns: CampaignRow[];
  campaignMembers: CampaignMemberRow[];
  contracts: KolContractRow[];
  codes: PromoCodeRow[];
  communities: CommunityRow[];
  /** Per region index, the KOL codes by validity, for the orders of the customers KOLs bring. */
  windows: CodeWindow[][];
  /** Per region index, communities with the time they opened, for the customers they bring. */
  openCommunities: { community: CommunityRow; openedAt: number }[][];
}

const MANAGER_ID = PEOPLE.find((p) => mayApproveContracts(p.role) && p.role === 'manager')?.id ?? null;

const slug = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** Followers on a power law (Pareto, alpha 1.1, from 1,500), capped at 40 million. */
function drawFollowers(rng: Rng): number {
  return Math.min(40_000_000, Math.floor(1_500 / Math.pow(1 - rng.next(), 1 / 1.1)));
}

function ownersOf(region: RegionCode): number[] {
  return PEOPLE.filter((p) => (p.role === 'operator' || p.role === 'support_lead') && p.regions.includes(region)).map((p) => p.id);
}

function makeKols(ctx: Context, r: number, firstId: number, count: number): KolRow[] {
  const region = REGIONS[r] as RegionInfo;
  const rng = new Rng(mixSeed(ctx.seed, 0x6b01, r));
  const platforms = new WeightedTable(REGION_PLATFORMS[region.code]);
  const owners = ownersOf(region.code);
  const kols: KolRow[] = [];
  for (let i = 0; i < count; i++) {
    const id = firstId + i;
    const country = rng.pick(region.countries);
    const pool = NAME_POOLS[country.namePool];
    const given = rng.pick(pool.given);
    const family = rng.pick(pool.family);
    const handle = `${slug(given) || 'kol'}.${slug(family) || 'creator'}${id}`;
    const platform = platforms.draw(rng);
    const followers = drawFollowers(rng);
    const engagement = Math.min(0.3, Math.max(0.001, roundTo(rng.logNormal(TIER_ENGAGEMENT[tierOf(followers)], 0.35), 4)));
    const niches = [...new Set([rng.pick(NICHES), rng.pick(NICHES)])].sort();
    const perPost = Math.max(20, roundTo(followers * 0.012 * rng.logNormal(1, 0.3), 0));
    const currency = country.currency;
    kols.push({
      id,
      region: region.code,
      name: rng.chance(0.3) ? `${given} ${rng.pick(['Reviews', 'Daily', 'Style', 'Eats', 'Unboxed'])}` : `${given} ${family}`,
      platform,
      handle,
      profile_url: PROFILE_URLS[platform](handle),
      followers,
      engagement_rate: engagement,
      audience_countries: [...new Set([country.code, rng.pick(region.countries).code])].join(','),
      languages: [...new Set(country.languages.map(([language]) => language))].join(','),
      niches: niches.join(','),
      contact: `${handle}@creators.example`,
      agency: rng.chance(0.35) ? rng.pick(AGENCIES) : null,
      rate_card: JSON.stringify([
        { deliverable: 'post', amount: roundTo(perPost * (USD_RATES[currency] ?? 1), currencyDecimals(currency)), currency, usd: perPost },
        { deliverable: 'story', amount: roundTo(perPost * 0.4 * (USD_RATES[currency] ?? 1), currencyDecimals(currency)), currency, usd: roundTo(perPost * 0.4, 2) },
      ]),
      // Set once the campaigns are known (statusOf).
      status: 'prospect',
      owner_id: owners.length > 0 && rng.chance(0.8) ? rng.pick(owners) : null,
      tags: rng.chance(0.25) ? rng.pick(['priority', 'repeat', 'new-face', 'watch']) : '',
      notes: '',
      updated_at: ctx.start,
    });
  }
  return kols;
}

/** Splits a whole number of cents into parts by weight; the parts add up exactly. */
function splitCents(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  parts[parts.length - 1] = total - parts.slice(0, -1).reduce((a, b) => a + b, 0);
  return parts;
}

interface CampaignPlan {
  name: string;
  objective: string;
  /** Local day index of its first and last day. */
  first: number;
  last: number;
  cents: number;
  kols: number;
}

/** The region's KOL spend as campaigns: each named campaign's own row, and each month's everyday rows as one. */
function campaignPlans(ctx: Context, r: number): CampaignPlan[] {
  const region = REGIONS[r] as RegionInfo;
  const calendar = ctx.growth.calendars[r] as RegionCalendar;
  const named = new Map(ctx.growth.campaigns.filter((c) => c.region === r).map((c) => [c.name, c.day]));
  const plans = new Map<string, CampaignPlan>();
  for (const row of spendRows(ctx)) {
    if (row.region !== region.code || row.channel !== 'kol') continue;
    const cents = Math.round(row.amount_usd * 100);
    const day = Math.round(Date.parse(`${row.day}T00:00:00Z`) / DAY_MS) - calendar.firstDay;
    const name = row.campaign ?? `KOL always-on ${row.day.slice(0, 7)}`;
    const plan = plans.get(name);
    if (plan) {
      plan.cents += cents;
      plan.first = Math.min(plan.first, day);
      plan.last = Math.max(plan.last, day);
      continue;
    }
    const start = row.campaign === null ? day : (named.get(name) ?? day);
    const last = row.campaign === null ? day : start + KOL_CAMPAIGN_DAYS - 1;
    plans.set(name, { name, objective: row.campaign === null ? 'acquisition' : 'sales', first: start, last, cents, kols: row.campaign === null ? 3 : 6 });
  }
  return [...plans.values()].sort((a, b) => a.first - b.first || a.name.localeCompare(b.name));
}

function statusOf(rng: Rng, lastCampaignEnd: number | null, until: number): string {
  if (lastCampaignEnd !== null) return lastCampaignEnd >= until ? 'active' : until - lastCampaignEnd < 60 * DAY_MS ? 'contracted' : 'ended';
  return new WeightedTable<string>([['prospect', 45], ['contacted', 20], ['negotiating', 15], ['paused', 8], ['blocked', 4]]).draw(rng);
}

function makeCommunities(ctx: Context, r: number, firstId: number, count: number): { community: CommunityRow; openedAt: number }[] {
  const region = REGIONS[r] as RegionInfo;
  const rng = new Rng(mixSeed(ctx.seed, 0xc0de, r));
  const moderators = ownersOf(region.code);
  const platforms = COMMUNITY_PLATFORMS_BY_REGION[region.code];
  const open: { community: CommunityRow; openedAt: number }[] = [];
  for (let i = 0; i < count; i++) {
    const purpose = COMMUNITY_PURPOSES[i % COMMUNITY_PURPOSES.length] as string;
    // Opened over the first half of the span, the first one at its start.
    const openedAt = ctx.start + (i === 0 ? 0 : Math.floor(rng.next() * (regionEnd(ctx, r) - ctx.start) * 0.5));
    open.push({
      openedAt,
      community: {
        id: firstId + i,
        region: region.code,
        platform: rng.pick(platforms),
        name: `${COMMUNITY_PURPOSE_NAMES[purpose] ?? purpose} ${region.code} ${Math.floor(i / COMMUNITY_PURPOSES.length) + 1}`,
        language: region.languages[0] ?? 'en',
        purpose,
        moderators: moderators.length > 0 ? [rng.pick(moderators)].join(',') : '',
        status: i % 11 === 10 ? 'paused' : 'active',
        updated_at: openedAt,
      },
    });
  }
  return open.sort((a, b) => a.openedAt - b.openedAt);
}

export function buildRosterPlan(ctx: Context): RosterPlan {
  const plan: RosterPlan = { kols: [], campaigns: [], campaignMembers: [], contracts: [], codes: [], communities: [], windows: [], openCommunities: [] };
  const perRegion = (total: number, r: number) => Math.floor(total / REGIONS.length) + (r < total % REGIONS.length ? 1 : 0);
  for (let r = 0; r < REGIONS.length; r++) {
    const region = REGIONS[r] as RegionInfo;
    const calendar = ctx.growth.calendars[r] as RegionCalendar;
    const until = regionEnd(ctx, r);
    const rng = new Rng(mixSeed(ctx.seed, 0xca3a, r));
    const kols = makeKols(ctx, r, plan.kols.length + 1, perRegion(ctx.sizes.kols, r));
    const lastEnd = new Map<number, number>();
    const windows: CodeWindow[] = [];
    // Reach and reliability: mid-sized creators are hired most.
    const hireable = new WeightedTable(kols.map((k) => [k, k.followers < 10_000 ? 1 : k.followers < 1_000_000 ? 4 : 1] as const));
    const midnight = (day: number) => calendar.midnights[Math.min(calendar.midnights.length - 1, Math.max(0, day))] as number;
    const currency = region.currency;
    for (const c of campaignPlans(ctx, r)) {
      const campaignId = plan.campaigns.length + 1;
      const starts = dayFromNumber(calendar.firstDay + c.first);
      plan.campaigns.push({
        id: campaignId, region: region.code, name: c.name, objective: c.objective, starts_on: starts,
        ends_on: dayFromNumber(calendar.firstDay + c.last), budget_usd: roundTo((c.cents * 1.1) / 100, 0), updated_at: midnight(c.first),
      });
      const chosen = new Set<KolRow>();
      for (let tries = 0; chosen.size < Math.min(c.kols, kols.length) && tries < 50; tries++) chosen.add(hireable.draw(rng));
      const members = [...chosen].sort((a, b) => a.id - b.id);
      const parts = splitCents(c.cents, members.map((k) => Math.sqrt(k.followers)));
      members.forEach((kol, i) => {
        const cents = parts[i] as number;
        const seeding = Math.round(cents * SEEDING_SHARE);
        const feeUsd = (cents - seeding) / 100;
        const contractId = plan.contracts.length + 1;
        plan.campaignMembers.push({ id: plan.campaignMembers.length + 1, region: region.code, campaign_id: campaignId, kol_id: kol.id, community_id: null });
        plan.contracts.push({
          id: contractId, region: region.code, kol_id: kol.id, campaign_id: campaignId,
          fee_amount: roundTo(feeUsd * (USD_RATES[currency] ?? 1), currencyDecimals(currency)), fee_currency: currency, fee_usd: feeUsd,
          commission_pct: 0, seeding_usd: seeding / 100, deliverables: JSON.stringify({ [kol.platform]: 1 + (contractId % 3) }),
          usage_rights: 'organic reposts for 90 days', exclusivity: rng.chance(0.3) ? 'no competing marketplace for 30 days' : null,
          disclosure_clause: 1, signed_on: dayFromNumber(calendar.firstDay + c.first - 3), file_name: `contract-${contractId}.pdf`, file_sha256: null,
          // Over the region's fee limit, the manager approved it.
          status: 'signed', approved_by: overFeeLimit(region.code, feeUsd) ? MANAGER_ID : null, updated_at: midnight(c.first - 3),
        });
        const from = midnight(c.first);
        const to = midnight(c.last + 1 + CODE_GRACE_DAYS);
        const code = `${slug(kol.name).slice(0, 6).toUpperCase() || 'KOL'}${contractId}`;
        plan.codes.push({ id: plan.codes.length + 1, region: region.code, code, kol_id: kol.id, community_id: null, campaign_id: campaignId, discount_pct: 10, valid_from: from, valid_until: to, max_uses: null });
        windows.push({ code, kolId: kol.id, campaignId, from, until: to });
        lastEnd.set(kol.id, Math.max(lastEnd.get(kol.id) ?? 0, midnight(c.last + 1)));
      });
    }
    const statusRng = new Rng(mixSeed(ctx.seed, 0x57a7, r));
    for (const kol of kols) kol.status = statusOf(statusRng, lastEnd.get(kol.id) ?? null, until);
    plan.kols.push(...kols);
    plan.windows.push(windows.sort((a, b) => a.from - b.from));
    const communities = makeCommunities(ctx, r, plan.communities.length + 1, perRegion(ctx.sizes.communities, r));
    plan.communities.push(...communities.map((open) => open.community));
    plan.openCommunities.push(communities);
  }
  return plan;
}
