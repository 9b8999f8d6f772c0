// The rosters' demo data: one truth for KOL spend with marketing_spend, every KOL-channel customer's first order
// carrying a code valid then, the sizes asked for, the region's platforms, and consent before any member is a customer.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KOL_TIERS, tierOf } from '../../shared/rosters';
import { openDatabase, type Db } from '../db/open';
import { all, value } from '../db/statement-cache';
import { tempDbFile } from '../test-support/fixture-db';
import { SCALES } from './options';
import { REGION_PLATFORMS } from './rosters-catalog';
import { seedDatabase } from './write-sqlite';

let db: Db;
let cleanup: () => void;

beforeAll(() => {
  const temp = tempDbFile();
  cleanup = temp.cleanup;
  db = openDatabase(temp.file);
  seedDatabase(db, { scale: 'small', until: { day: '2026-11-22' } });
}, 120_000);

afterAll(() => {
  db.close();
  cleanup();
});

describe('the rosters demo data', () => {
  it('spends on KOLs, region by region and to the cent, what marketing_spend says the kol channel cost', () => {
    const spend = all<{ region: string; cents: number }>(db, "SELECT region, sum(round(amount_usd * 100)) AS cents FROM marketing_spend WHERE channel = 'kol' GROUP BY region ORDER BY region");
    const contracts = all<{ region: string; cents: number }>(db, 'SELECT region, sum(round(fee_usd * 100) + round(seeding_usd * 100)) AS cents FROM kol_contracts GROUP BY region ORDER BY region');
    expect(spend.length).toBe(6);
    expect(contracts).toEqual(spend);
    // A named campaign's contracts add up to its own spend row.
    const named = all<{ name: string; spend: number; contracts: number }>(
      db,
      `SELECT c.name, (SELECT round(sum(amount_usd) * 100) FROM marketing_spend m WHERE m.region = c.region AND m.campaign = c.name) AS spend,
              (SELECT round(sum(fee_usd + seeding_usd) * 100) FROM kol_contracts k WHERE k.campaign_id = c.id) AS contracts
       FROM campaigns c WHERE c.name NOT LIKE 'KOL always-on %'`,
    );
    expect(named.length).toBeGreaterThan(6);
    for (const row of named) expect(row.contracts, row.name).toBe(row.spend);
  });

  it('gives every KOL-channel customer who ordered a first order with a code of a KOL, valid when it was placed', () => {
    const rows = all<{ customer: number; code: string | null; placed: number; from: number | null; until: number | null; via: string | null; owner: number | null; kol: number | null }>(
      db,
      `SELECT c.id AS customer, o.promo_code AS code, o.placed_at AS placed, p.valid_from AS "from", p.valid_until AS until, a.via, p.kol_id AS owner, a.kol_id AS kol
       FROM customers c
       JOIN orders o ON o.id = (SELECT id FROM orders WHERE customer_id = c.id ORDER BY placed_at, id LIMIT 1)
       LEFT JOIN promo_codes p ON p.region = c.region AND upper(p.code) = upper(o.promo_code)
       LEFT JOIN customer_acquisitions a ON a.customer_id = c.id
       WHERE c.signup_channel = 'kol'`,
    );
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) {
      expect(row.via, `customer ${row.customer}`).toBe('code');
      expect(row.owner).toBe(row.kol);
      expect(row.from as number).toBeLessThanOrEqual(row.placed);
      expect(row.until as number).toBeGreaterThan(row.placed);
    }
  });

  it('has the sizes of the small set, on each region’s platforms, with engagement falling as tiers rise', () => {
    const count = (table: string) => value<number>(db, `SELECT count(*) FROM ${table}`);
    expect(count('kols')).toBe(SCALES.small.kols);
    expect(count('kol_posts')).toBe(SCALES.small.kolPosts);
    expect(count('communities')).toBe(SCALES.small.communities);
    expect(count('community_members')).toBeGreaterThan(SCALES.small.communityMembers * 0.8);
    expect(count('community_members')).toBeLessThan(SCALES.small.communityMembers * 1.2);
    for (const { region, platform } of all<{ region: keyof typeof REGION_PLATFORMS; platform: string }>(db, 'SELECT DISTINCT region, platform FROM kols')) {
      expect(REGION_PLATFORMS[region].map(([p]) => p)).toContain(platform);
    }
    const kols = all<{ followers: number; engagement_rate: number }>(db, 'SELECT followers, engagement_rate FROM kols');
    const median = (tier: string) => {
      const rates = kols.filter((k) => tierOf(k.followers) === tier).map((k) => k.engagement_rate).sort((a, b) => a - b);
      return rates[Math.floor(rates.length / 2)] ?? null;
    };
    const medians = KOL_TIERS.map(median).filter((m): m is number => m !== null);
    expect(medians.length).toBeGreaterThanOrEqual(4);
    for (let i = 1; i < medians.length; i++) expect(medians[i] as number).toBeLessThan(medians[i - 1] as number);
  });

  it('links a member to a customer only with a recorded consent, and flags some sponsored posts without a disclosure', () => {
    expect(value(db, 'SELECT count(*) FROM community_members WHERE customer_id IS NOT NULL AND (consent_basis IS NULL OR consent_at IS NULL)')).toBe(0);
    expect(value<number>(db, 'SELECT count(*) FROM community_members WHERE customer_id IS NOT NULL')).toBeGreaterThan(50);
    expect(value<number>(db, 'SELECT count(*) FROM kol_posts WHERE campaign_id IS NOT NULL AND disclosed = 0')).toBeGreaterThan(0);
  });
});
