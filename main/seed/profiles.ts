// Who each customer is: when and where they sign up (from the growth model's signup curve), their country,
// language and archetype. Drawn from the customer's own seed, so any customer can be drawn again alone.

import { DAY_MS, HOUR_MS, type Language } from '../../shared/domain';
import { REGIONS, type CountryInfo, type RegionInfo } from './catalog';
import { regionEnd, type Context } from './context';
import { regionTables, type RegionTables } from './region-tables';
import { Rng, WeightedTable, mixSeed } from './random';

export type Archetype = 'browser' | 'one_time' | 'casual' | 'loyal' | 'big_spender' | 'lapsed';

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

/** A low-discrepancy step: consecutive customers' regions spread evenly, so weekly counts follow the plan closely. */
const GOLDEN_STEP = 0.6180339887498949;

export interface Profile {
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

export function hourOf(ctx: Context, at: number): number {
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

export function drawProfile(ctx: Context, id: number): Profile {
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
  const tenureYears = (regionEnd(ctx, regionIndex) - signupAt) / (365 * DAY_MS);
  const tenure = Math.min(2, Math.max(0.05, tenureYears)) ** 0.8;
  const intensity = ORDER_INTENSITY[archetype] * tenure * rng.logNormal(1, 0.5);
  return { id, rng, region, regionIndex, country, language, archetype, signupAt, intensity };
}
