// The KOLs grid on a real SQLite store: filters, sorts and pages in SQL, search by name or handle in any script,
// pipeline counts, bulk changes across pages (with their outbox entries once signed in) and the detail pane.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain';
import { newKolSchema, type NewKol } from '../../../shared/rosters-calls';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { column, run, value } from '../../db/statement-cache';
import { queuePageInput } from '../../../shared/queue';
import { feedbackDetail } from '../feedback/detail-service';
import { queuePage } from '../feedback/queue-service';
import { kolDetail } from './kol-detail-service';
import { createKol, updateKols } from './kol-edit-service';
import { kolPage, kolPipeline } from './kol-query';
import { operatorAna } from './test-support/rosters-fixture';

let store: FixtureDb;
let ana: Person;
const ids: Record<string, number> = {};

function add(key: string, fields: Partial<NewKol>): void {
  const input = newKolSchema.parse({ region: 'SEA', name: key, platform: 'tiktok', handle: key.replace(/\s/g, ''), followers: 1_000, engagementRate: 0.05, ...fields });
  ids[key] = createKol(store.db, input, ana, 1_000).id;
}

const page = (filter: Parameters<typeof kolPage>[1]['filter'], sort: Parameters<typeof kolPage>[1]['sort'] = [], startRow = 0, endRow = 100) =>
  kolPage(store.db, { filter, sort, startRow, endRow, withCount: true }, ana);
const names = (p: ReturnType<typeof page>) => p.rows.map((r) => r.name);

beforeEach(() => {
  store = fixtureDb();
  ana = operatorAna(store);
  add('Somchai Review', { name: 'สมชาย รีวิว', handle: '@somchai_review', followers: 250_000, engagementRate: 0.04, niches: ['beauty'] });
  add('Yuki Eats', { name: 'ゆき グルメ', handle: 'https://www.youtube.com/@YukiEats', platform: 'youtube', followers: 1_200_000, engagementRate: 0.012 });
  add('José Style', { handle: 'jose.style', platform: 'instagram', followers: 45_000, engagementRate: 0.035, status: 'negotiating', ownerId: 1 });
  add('Mai Daily', { handle: '@MaiDaily', followers: 8_000, engagementRate: 0.09, niches: ['food', 'beauty'], status: 'contacted' });
  add('Lena Home', { region: 'EU', platform: 'instagram', handle: 'lena.home', followers: 600_000, engagementRate: 0.02, status: 'active', ownerId: 2 });
});

afterEach(() => store.cleanup());

describe('the KOLs grid', () => {
  it('lists the person’s regions, most followers first, with tiers and a count', () => {
    const all = page({});
    expect(names(all)).toEqual(['ゆき グルメ', 'Lena Home', 'สมชาย รีวิว', 'José Style', 'Mai Daily']);
    expect(all.count).toBe(5);
    expect(all.rows.map((r) => r.tier)).toEqual(['mega', 'macro', 'mid', 'micro', 'nano']);
    const jonas = { ...ana, regions: ['EU' as const] };
    expect(kolPage(store.db, { filter: {}, sort: [], startRow: 0, endRow: 10, withCount: true }, jonas).count).toBe(1);
    expect(page({ regions: ['NA'] }).count).toBe(0);
  });

  it('filters by platform, tier, status, niche, ranges and owner', () => {
    expect(names(page({ platforms: ['instagram'] }))).toEqual(['Lena Home', 'José Style']);
    expect(names(page({ tiers: ['micro', 'nano'] }))).toEqual(['José Style', 'Mai Daily']);
    expect(names(page({ statuses: ['negotiating', 'contacted'] }))).toEqual(['José Style', 'Mai Daily']);
    expect(names(page({ niche: 'Beauty' }))).toEqual(['สมชาย รีวิว', 'Mai Daily']);
    expect(names(page({ followersMin: 45_000, followersMax: 600_000 }))).toEqual(['Lena Home', 'สมชาย รีวิว', 'José Style']);
    expect(names(page({ engagementMin: 0.06 }))).toEqual(['Mai Daily']);
    expect(names(page({ ownerId: 1 }))).toEqual(['José Style']);
    expect(page({ ownerId: 0 }).count).toBe(3);
  });

  it('finds a KOL by part of their name in any script, or by their handle however it is written', () => {
    expect(names(page({ search: 'รีวิว' }))).toEqual(['สมชาย รีวิว']);
    expect(names(page({ search: 'グルメ' }))).toEqual(['ゆき グルメ']);
    expect(names(page({ search: 'josé' }))).toEqual(['José Style']);
    expect(names(page({ search: '@YUKIEATS' }))).toEqual(['ゆき グルメ']);
    expect(names(page({ search: 'https://www.tiktok.com/@maidaily?lang=en' }))).toEqual(['Mai Daily']);
    expect(page({ search: 'nobody' }).count).toBe(0);
  });

  it('sorts on the chosen column and pages without overlap', () => {
    expect(names(page({}, [{ colId: 'name', sort: 'asc' }]))).toEqual(['José Style', 'Lena Home', 'Mai Daily', 'สมชาย รีวิว', 'ゆき グルメ']);
    const first = page({}, [{ colId: 'engagement_rate', sort: 'desc' }], 0, 2);
    const second = page({}, [{ colId: 'engagement_rate', sort: 'desc' }], 2, 4);
    expect([...names(first), ...names(second)]).toEqual(['Mai Daily', 'สมชาย รีวิว', 'José Style', 'Lena Home']);
  });

  it('counts the pipeline per status, whatever status is picked', () => {
    expect(kolPipeline(store.db, { statuses: ['active'] }, ana)).toEqual({
      prospect: 2, contacted: 1, negotiating: 1, contracted: 0, active: 1, paused: 0, ended: 0, blocked: 0,
    });
  });
});

describe('changing KOLs', () => {
  it('changes everything a filter matches, across pages, but the excluded ones; each change queued once signed in', () => {
    run(store.db, "INSERT INTO sync_state (singleton, hub_url, client_id) VALUES (1, 'http://127.0.0.1:9', 'console-test-01')");
    const result = updateKols(store.db, { filter: { regions: ['SEA'] }, exceptIds: [ids['Mai Daily'] as number] }, { status: 'paused', addTags: ['Q3'] }, ana, 2_000);
    expect(result).toEqual({ updated: 3 });
    expect(column(store.db, "SELECT name FROM kols WHERE status = 'paused' ORDER BY name")).toEqual(['José Style', 'สมชาย รีวิว', 'ゆき グルメ']);
    expect(value(store.db, 'SELECT tags FROM kols WHERE id = ?', [ids['José Style'] as number])).toBe('q3');
    expect(value(store.db, "SELECT count(*) FROM sync_outbox WHERE name = 'rosters.update'")).toBe(3);
    expect(value(store.db, "SELECT count(*) FROM rosters_outbox_rows WHERE tbl = 'kols'")).toBe(3);
    // The audit trail: status and tags of each of the 3, by the operator, sent to the hub as the change is.
    expect(column(store.db, "SELECT field || ':' || coalesce(before, '') || '>' || after FROM roster_events WHERE kol_id = ? AND field <> 'created' ORDER BY field", [ids['José Style'] as number])).toEqual([
      'status:negotiating>paused', 'tags:>q3',
    ]);
    expect(value(store.db, 'SELECT count(DISTINCT actor_id) FROM roster_events')).toBe(1);
    expect(value(store.db, "SELECT count(*) FROM sync_outbox WHERE name = 'rosters.insert'")).toBe(3);
  });

  it('refuses an owner not granted the KOLs’ region, naming them', () => {
    expect(() => updateKols(store.db, { ids: [ids['Lena Home'] as number] }, { ownerId: 3 }, ana, 2_000)).toThrow(/There is no person #3|not granted EU/);
    expect(() => updateKols(store.db, { ids: [ids['Somchai Review'] as number] }, { ownerId: 2 }, ana, 2_000)).toThrow('Jonas Weber is not granted SEA, so cannot own its KOLs');
  });

  it('is an operator\'s: a support lead or a manager is refused, naming the role, and nothing is written', () => {
    run(store.db, "INSERT INTO sync_state (singleton, hub_url, client_id) VALUES (1, 'http://127.0.0.1:9', 'console-test-01')");
    const written = () => value(store.db, "SELECT (SELECT group_concat(id || status || tags || updated_at) FROM kols) || (SELECT count(*) FROM roster_events) || (SELECT count(*) FROM sync_outbox)");
    const before = written();
    const lead = { ...ana, role: 'support_lead' as const };
    expect(() => updateKols(store.db, { ids: [ids['Mai Daily'] as number] }, { status: 'paused' }, lead, 2_000)).toThrow('As a support lead you read the rosters: only an operator of the region edits them');
    expect(() => updateKols(store.db, { filter: {}, exceptIds: [] }, { addTags: ['vip'] }, { ...ana, role: 'manager' }, 2_000)).toThrow('As a manager you read the rosters');
    const another = newKolSchema.parse({ region: 'SEA', name: 'New', platform: 'tiktok', handle: 'brand.new', followers: 1, engagementRate: 0 });
    expect(() => createKol(store.db, another, lead, 2_000)).toThrow('As a support lead you read the rosters');
    expect(written()).toBe(before);
    // The operator may.
    expect(updateKols(store.db, { ids: [ids['Mai Daily'] as number] }, { status: 'paused' }, ana, 2_000)).toEqual({ updated: 1 });
    expect(written()).not.toBe(before);
  });

  it('refuses a handle already on the platform, however it is written', () => {
    const again = newKolSchema.parse({ region: 'SEA', name: 'Copy', platform: 'tiktok', handle: 'https://www.tiktok.com/@MaiDaily', followers: 1, engagementRate: 0 });
    expect(() => createKol(store.db, again, ana, 3_000)).toThrow(`@maidaily on tiktok is already KOL #${ids['Mai Daily']} (Mai Daily)`);
  });
});

describe('the KOL detail pane', () => {
  it('shows contracts, posts with sponsored ones lacking a disclosure flagged, codes and acquired customers’ complaints', () => {
    const kol = ids['Mai Daily'] as number;
    store.db.exec(`
      INSERT INTO campaigns VALUES (5, 'SEA', 'KOL 11.11 2026', 'sales', '2026-10-28', '2026-11-10', 5000, 0);
      INSERT INTO kol_contracts (id, region, kol_id, campaign_id, fee_amount, fee_currency, fee_usd, commission_pct, seeding_usd, deliverables, usage_rights, disclosure_clause, status, updated_at)
        VALUES (1, 'SEA', ${kol}, 5, 1300, 'SGD', 1000, 0, 150, '{"tiktok":2}', 'organic 90 days', 1, 'signed', 0);
      INSERT INTO kol_posts VALUES (1, 'SEA', ${kol}, 5, 'tiktok', 'https://www.tiktok.com/@maidaily/video/1', 10, 900, 80, 5, 2, 9, 1),
                                   (2, 'SEA', ${kol}, 5, 'tiktok', 'https://www.tiktok.com/@maidaily/video/2', 20, 700, 60, 4, 1, 7, 0),
                                   (3, 'SEA', ${kol}, NULL, 'tiktok', 'https://www.tiktok.com/@maidaily/video/3', 30, 500, 40, 3, 1, 2, 0);
      INSERT INTO promo_codes VALUES (1, 'SEA', 'MAI10', ${kol}, NULL, 5, 10, 0, NULL, NULL);
      INSERT INTO customer_acquisitions VALUES (10, 'SEA', ${kol}, NULL, 5, 'MAI10', 'code', 0);
      INSERT INTO feedback (id, customer_id, order_id, region, country, channel, language, text, category, status, priority, created_at, updated_at, sla_due_at)
        VALUES (77, 10, 100, 'SEA', 'SG', 'app', 'en', 'Where is my parcel?', 'late_delivery', 'new', 'P2', 5, 5, 5);
    `);
    const detail = kolDetail(store.db, kol, ana);
    expect(detail.kol).toMatchObject({ name: 'Mai Daily', handle: 'maidaily', niches: ['beauty', 'food'], tier: 'nano' });
    expect(detail.contracts).toEqual([expect.objectContaining({ campaignName: 'KOL 11.11 2026', feeUsd: 1000, seedingUsd: 150, disclosureClause: true })]);
    // The organic post (3) needs no disclosure; the sponsored post 2 lacks one.
    expect(detail.posts.map((p) => [p.id, p.missingDisclosure])).toEqual([[3, false], [2, true], [1, false]]);
    expect(detail.postsWithoutDisclosure).toBe(1);
    expect(detail.codes.map((c) => c.code)).toEqual(['MAI10']);
    expect(detail.complaints).toEqual([{ feedbackId: 77, customerId: 10, category: 'late_delivery', status: 'new', createdAt: 5 }]);
    // The queue narrowed to the customers this KOL (or their campaign) brought shows that complaint only.
    run(store.db, "INSERT INTO feedback (id, customer_id, order_id, region, country, channel, language, text, category, status, priority, created_at, updated_at, sla_due_at) VALUES (78, 20, 200, 'EU', 'DE', 'app', 'en', 'Late', 'late_delivery', 'new', 'P2', 6, 6, 6)");
    const queue = (acquiredBy: { kind: 'kol' | 'campaign' | 'community'; id: number }) =>
      queuePage(store.db, queuePageInput.parse({ filter: { acquiredBy }, startRow: 0, endRow: 50 }), ana, 10).rows.map((r) => r.id);
    expect(queue({ kind: 'kol', id: kol })).toEqual([77]);
    expect(queue({ kind: 'campaign', id: 5 })).toEqual([77]);
    expect(queue({ kind: 'community', id: 1 })).toEqual([]);
    // The complaint's own pane names the KOL who brought its customer.
    expect(feedbackDetail(store.db, 77, ana, 10).customer.acquiredBy).toEqual({
      kind: 'kol', id: kol, name: 'Mai Daily', handle: 'maidaily', platform: 'tiktok', campaignName: 'KOL 11.11 2026', promoCode: 'MAI10', via: 'code', acquiredAt: 0,
    });
  });
});
