// A customer's row: their name and e-mail in their language, their signup channel, and the aggregates and
// segment that follow from their orders.

import { DAY_MS } from '../../shared/domain';
import { LANGUAGE_NAME_POOLS, NAME_POOLS } from './catalog';
import { localDayIndex, type RegionCalendar } from './calendar';
import { regionEnd, type Context } from './context';
import type { SimOrder } from './orders';
import type { Profile } from './profiles';
import { round2 } from './rounding';
import type { CustomerRow, Segment } from './rows';

function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9-]/g, '');
}

export function customerRow(ctx: Context, profile: Profile, orders: readonly SimOrder[]): CustomerRow {
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
  const until = regionEnd(ctx, profile.regionIndex);
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
