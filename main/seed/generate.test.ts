import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FEEDBACK_CATEGORIES, LANGUAGES, LOGISTICS_CATEGORIES, REGION_CODES, SIGNUP_CHANNELS, SLA_PAUSING_STATUSES, type RegionCode } from '../../shared/domain';
import { isoWeekOfDay, localDayOf, shiftIsoWeek } from '../../shared/iso-week';
import { openDatabase } from '../db/open';
import { PEOPLE, REGIONS, slaHours } from './catalog';
import { generateDataset } from './generate';
import { SCALES } from './options';
import { BUNDLE_TABLES, type CustomerRow, type Dataset, type FeedbackRow, type OrderRow, type TableRows } from './rows';
import { columnNames, DEMO_TABLES, type DemoTableName } from '../../shared/table-registry';
import { FEEDBACK_TEXTS, SEARCH_TERMS } from './texts';
import { SeedRefusedError, seedDatabase } from './write-sqlite';
import { all, run, value } from '../db/statement-cache';

const UNTIL = new Date(Date.UTC(2026, 10, 25, 9, 30));
const U = UNTIL.getTime();
const DAY = 86_400_000;

type Rows = { [T in DemoTableName]: TableRows[T][] };
const TABLE_NAMES = DEMO_TABLES.map((table) => table.name);

function materialize(dataset: Dataset): Rows {
  return Object.fromEntries(TABLE_NAMES.map((table) => [table, [...dataset[table]]])) as unknown as Rows;
}

function hashRows(rows: Iterable<unknown>): string {
  const hash = createHash('sha256');
  for (const row of rows) hash.update(JSON.stringify(row));
  return hash.digest('hex');
}

let data: Rows;
let ordersById: Map<number, OrderRow>;
let customersById: Map<number, CustomerRow>;

beforeAll(() => {
  data = materialize(generateDataset({ scale: 'small', until: UNTIL }));
  ordersById = new Map(data.orders.map((o) => [o.id, o]));
  customersById = new Map(data.customers.map((c) => [c.id, c]));
});

describe('generateDataset', () => {
  it('gives identical rows for the same arguments, and other rows for another seed', () => {
    const again = generateDataset({ scale: 'small', until: new Date(U) });
    for (const table of TABLE_NAMES) expect(hashRows(again[table]), table).toBe(hashRows(data[table]));
    const other = generateDataset({ scale: 'small', until: UNTIL, seed: 7 });
    expect(hashRows(other.customers)).not.toBe(hashRows(data.customers));
  });

  it('streams the same rows customer by customer as table by table', () => {
    const byTable = new Map<string, ReturnType<typeof createHash>>();
    for (const table of [...BUNDLE_TABLES, 'customers']) byTable.set(table, createHash('sha256'));
    for (const bundle of generateDataset({ scale: 'small', until: UNTIL }).byCustomer) {
      byTable.get('customers')?.update(JSON.stringify(bundle.customer));
      for (const table of BUNDLE_TABLES) for (const row of bundle[table]) byTable.get(table)?.update(JSON.stringify(row));
    }
    for (const [table, hash] of byTable) expect(hash.digest('hex'), table).toBe(hashRows(data[table as DemoTableName]));
  });

  it('has the exact sizes of its scale, sequential ids and only the schema columns', () => {
    expect(data.customers).toHaveLength(SCALES.small.customers);
    expect(data.orders).toHaveLength(SCALES.small.orders);
    expect(data.feedback).toHaveLength(SCALES.small.feedback);
    expect(data.orders.every((o, i) => o.id === i + 1)).toBe(true);
    expect(data.feedback.every((f, i) => f.id === i + 1)).toBe(true);
    expect(data.regions.map((r) => r.code)).toEqual([...REGION_CODES]);
    for (const table of DEMO_TABLES) {
      const first = data[table.name][0];
      expect(first, table.name).toBeDefined();
      expect(Object.keys(first as object).sort(), table.name).toEqual(columnNames(table).sort());
    }
  });

  it('ends at `until`: no event after it, whole-millisecond timestamps, about 24 months back', () => {
    const events: (number | null)[] = [];
    for (const c of data.customers) events.push(c.signup_at, c.first_order_at, c.last_order_at);
    for (const o of data.orders) events.push(o.placed_at, o.shipped_at, o.customs_entered_at, o.customs_cleared_at, o.delivered_at);
    for (const f of data.feedback) events.push(f.created_at, f.updated_at, f.first_response_at, f.resolved_at, f.sla_paused_at);
    for (const e of data.feedback_events) events.push(e.at);
    for (const p of data.feedback_sla_pauses) events.push(p.paused_at);
    const times = events.filter((t): t is number => t !== null);
    expect(times.every((t) => Number.isInteger(t) && t <= U)).toBe(true);
    const earliest = Math.min(...times);
    expect((U - earliest) / DAY).toBeGreaterThan(700);
    expect((U - earliest) / DAY).toBeLessThanOrEqual(730);
    // Projections may lie ahead, but are whole milliseconds too.
    expect(data.orders.every((o) => Number.isInteger(o.estimated_delivery_at) && o.estimated_delivery_at > o.placed_at)).toBe(true);
  });

  it("keeps customers' aggregates in agreement with their orders", () => {
    const agg = new Map<number, { n: number; sum: number; first: number; last: number }>();
    for (const o of data.orders) {
      const a = agg.get(o.customer_id) ?? { n: 0, sum: 0, first: Infinity, last: -Infinity };
      a.n++;
      a.sum += o.amount_usd;
      a.first = Math.min(a.first, o.placed_at);
      a.last = Math.max(a.last, o.placed_at);
      agg.set(o.customer_id, a);
    }
    for (const c of data.customers) {
      const a = agg.get(c.id);
      expect(c.orders_count).toBe(a?.n ?? 0);
      expect(Math.abs(c.lifetime_value_usd - (a?.sum ?? 0))).toBeLessThan(0.005);
      expect(c.first_order_at).toBe(a ? a.first : null);
      expect(c.last_order_at).toBe(a ? a.last : null);
      if (a) expect(a.first).toBeGreaterThanOrEqual(c.signup_at);
    }
    const highValue = data.customers.filter((c) => c.orders_count >= 2 && c.lifetime_value_usd > 200 * c.orders_count).length;
    expect(highValue).toBeGreaterThan(0);
    expect(highValue / data.customers.length).toBeLessThan(0.1);
  });

  it('ties feedback to its own customer, and complaints to orders whose facts agree', () => {
    for (const f of data.feedback) {
      const customer = customersById.get(f.customer_id);
      expect(customer?.region).toBe(f.region);
      expect(f.created_at).toBeGreaterThanOrEqual(customer?.signup_at ?? Infinity);
      if (f.order_id === null) {
        expect(LOGISTICS_CATEGORIES).not.toContain(f.category);
        continue;
      }
      const order = ordersById.get(f.order_id) as OrderRow;
      expect(order.customer_id).toBe(f.customer_id);
      expect(f.created_at).toBeGreaterThanOrEqual(order.placed_at);
      expect(f.text).toContain(`#${order.id}`);
      if (f.category === 'lost_parcel') expect(order.status).toBe('lost');
      if (f.category === 'late_delivery') {
        expect(f.created_at).toBeGreaterThan(order.estimated_delivery_at);
        if (order.delivered_at !== null) expect(f.created_at).toBeLessThanOrEqual(order.delivered_at);
      }
      if (f.category === 'damaged' || f.category === 'product_quality') expect(f.created_at).toBeGreaterThanOrEqual(order.delivered_at ?? Infinity);
      if (f.category === 'customs_duties') {
        expect(order.fulfilment).toBe('cross_border');
        expect(f.created_at).toBeGreaterThanOrEqual(order.customs_entered_at ?? Infinity);
      }
    }
    const withOrder = data.feedback.filter((f) => f.order_id !== null).length;
    expect(withOrder / data.feedback.length).toBeGreaterThan(0.7);
  });

  it('writes in every language and category, in the languages of each region', () => {
    const byLanguage = new Map<string, FeedbackRow[]>();
    for (const f of data.feedback) byLanguage.set(f.language, [...(byLanguage.get(f.language) ?? []), f]);
    expect([...byLanguage.keys()].sort()).toEqual([...LANGUAGES].sort());
    expect(new Set(data.feedback.map((f) => f.category))).toEqual(new Set(FEEDBACK_CATEGORIES));
    for (const language of LANGUAGES) {
      const texts = (byLanguage.get(language) ?? []).map((f) => f.text);
      for (const term of SEARCH_TERMS[language]) {
        expect([...term].length, term).toBeGreaterThanOrEqual(3);
        expect(texts.some((text) => text.includes(term)), `${language}: ${term}`).toBe(true);
      }
    }
    // Thai and Japanese bodies put no spaces between words.
    for (const template of Object.values(FEEDBACK_TEXTS.ja.templates).flat()) expect(template).not.toMatch(/ /);
    for (const template of Object.values(FEEDBACK_TEXTS.th.templates).flat()) expect(template).toMatch(/พัสดุ|คำสั่งซื้อ|บัญชี|ไซซ์|แชท|ใบกำกับ|รหัส|อีเมล/);
  });

  it('keeps status, SLA and assignment consistent', () => {
    const pauses = new Map(data.feedback_sla_pauses.map((p) => [p.feedback_id, p]));
    for (const f of data.feedback) {
      expect(f.sla_due_at).toBe(f.created_at + slaHours(f.region, f.priority) * 3_600_000);
      expect(f.resolved_at !== null).toBe(f.status === 'resolved');
      expect(f.first_response_at === null).toBe(f.status === 'new');
      const paused = SLA_PAUSING_STATUSES.includes(f.status);
      expect(f.sla_paused_at !== null).toBe(paused);
      expect(pauses.get(f.id)?.paused_at ?? null).toBe(f.sla_paused_at);
      expect(f.updated_at).toBeGreaterThanOrEqual(f.created_at);
      if (f.first_response_at !== null) expect(f.first_response_at).toBeGreaterThanOrEqual(f.created_at);
      if (f.resolved_at !== null) expect(f.resolved_at).toBeGreaterThanOrEqual(f.first_response_at ?? Infinity);
      if (f.assignee_id !== null) {
        expect(PEOPLE.find((p) => p.id === f.assignee_id)?.regions).toContain(f.region);
      }
    }
    expect(PEOPLE[0]).toMatchObject({ id: 1, name: 'Ana Reyes', role: 'support_lead', regions: [...REGION_CODES] });
  });

  it('leaves the newest feedback open and near or past its SLA, older feedback mostly resolved', () => {
    const newestFirst = [...data.feedback].sort((a, b) => b.created_at - a.created_at);
    const newest = newestFirst.slice(0, Math.ceil(newestFirst.length * 0.03));
    const open = newest.filter((f) => f.status !== 'resolved');
    expect(open.length / newest.length).toBeGreaterThan(0.6);
    const atRisk = data.feedback.filter(
      (f) => f.status !== 'resolved' && f.sla_paused_at === null && f.sla_due_at <= U + 4 * 3_600_000,
    );
    expect(atRisk.length).toBeGreaterThan(20);
    const old = data.feedback.filter((f) => U - f.created_at > 60 * DAY);
    expect(old.filter((f) => f.status === 'resolved').length / old.length).toBeGreaterThan(0.98);
  });
});

describe('growth data', () => {
  const zones = new Map(REGIONS.map((r) => [r.code, r.timeZone]));
  const dayFormats = new Map(REGIONS.map((r) => [r.code, new Intl.DateTimeFormat('en-CA', { timeZone: r.timeZone })]));
  // The local calendar day, straight from Intl: independent of the generator's own calendars.
  const localDay = (region: string, at: number) => (dayFormats.get(region as RegionCode) as Intl.DateTimeFormat).format(at);

  it('records each customer active on their signup day and on the days they ordered, never before signup or after `until`', () => {
    const days = new Map<number, Set<string>>();
    for (const a of data.customer_activity) {
      const set = days.get(a.customer_id) ?? new Set<string>();
      set.add(a.day);
      days.set(a.customer_id, set);
      expect(a.region).toBe(customersById.get(a.customer_id)?.region);
    }
    const lastDays = new Map(REGIONS.map((r) => [r.code, localDay(r.code, U)]));
    for (const c of data.customers) {
      const own = days.get(c.id);
      const signupDay = localDay(c.region, c.signup_at);
      expect(own?.has(signupDay), `customer ${c.id}`).toBe(true);
      expect([...(own ?? [])].every((day) => day >= signupDay && day <= (lastDays.get(c.region) as string))).toBe(true);
    }
    for (const o of data.orders) expect(days.get(o.customer_id)?.has(localDay(o.region, o.placed_at))).toBe(true);
    // Bounded: a handful of days per customer, not one per day of tenure.
    expect(data.customer_activity.length / data.customers.length).toBeGreaterThan(5);
    expect(data.customer_activity.length / data.customers.length).toBeLessThan(30);
  });

  it("counts the funnel's orders exactly: orders placed that local day by the channel's customers", () => {
    const expected = new Map<string, number>();
    for (const o of data.orders) {
      const key = `${o.region}|${customersById.get(o.customer_id)?.signup_channel}|${localDay(o.region, o.placed_at)}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    let total = 0;
    for (const f of data.daily_funnel) {
      expect(f.orders, `${f.region} ${f.channel} ${f.day}`).toBe(expected.get(`${f.region}|${f.channel}|${f.day}`) ?? 0);
      expect(f.visits >= f.product_views && f.product_views >= f.add_to_cart && f.add_to_cart >= f.checkout_started).toBe(true);
      expect(f.checkout_started).toBeGreaterThanOrEqual(f.orders);
      total += f.orders;
    }
    expect(total).toBe(data.orders.length);
  });

  it('spends on every channel every day, KOL campaign fees as kol rows, and plans weekly targets for some regions', () => {
    expect(data.marketing_spend.every((s) => s.amount_usd >= 0 && SIGNUP_CHANNELS.includes(s.channel))).toBe(true);
    const campaigns = data.marketing_spend.filter((s) => s.campaign !== null);
    expect(campaigns.length).toBeGreaterThan(6);
    expect(campaigns.every((s) => s.channel === 'kol')).toBe(true);
    expect(new Set(data.weekly_targets.map((t) => t.region))).toEqual(new Set(['SEA', 'MENA', 'EU', 'NA', 'EA']));
    expect(new Set(data.weekly_targets.map((t) => t.kpi))).toEqual(new Set(['new_customers', 'cac_usd', 'revenue_usd', 'sla_attainment', 'late_delivery_rate']));
  });

  it('has a Ramadan peak in MENA, an 11.11 peak in SEA, and the planted drop in EU signups', () => {
    const ordersPerDay = (region: RegionCode, from: string, to: string) => {
      const n = data.orders.filter((o) => o.region === region && localDay(region, o.placed_at) >= from && localDay(region, o.placed_at) <= to).length;
      return n / ((Date.parse(to) - Date.parse(from)) / DAY + 1);
    };
    // Ramadan 2026 began on 18 February; its last ten days are the peak.
    expect(ordersPerDay('MENA', '2026-03-09', '2026-03-18') / ordersPerDay('MENA', '2026-01-19', '2026-02-15')).toBeGreaterThan(1.2);
    expect(ordersPerDay('SEA', '2025-11-11', '2025-11-11') / ordersPerDay('SEA', '2025-10-01', '2025-10-31')).toBeGreaterThan(2);

    const anomaly = generateDataset({ scale: 'small', until: UNTIL }).anomaly;
    expect(anomaly).toEqual({ region: 'EU', week: '2026-W47', factor: 2 / 3 });
    const zone = zones.get('EU') as string;
    const signupsIn = (week: string) => data.customers.filter((c) => c.region === 'EU' && isoWeekOfDay(localDayOf(c.signup_at, zone)) === week).length;
    const before = [1, 2, 3, 4].map((back) => signupsIn(shiftIsoWeek(anomaly.week, -back)));
    expect(signupsIn(anomaly.week) / (before.reduce((a, b) => a + b, 0) / 4)).toBeLessThan(0.85);
  });
});

describe('seedDatabase', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'ops-seed-test-'));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes the small set, keeps the schema as migrated, and refuses a second time with nothing changed', () => {
    const db = openDatabase(path.join(dir, 'console.sqlite'));
    try {
      const schemaBefore = all(db, "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name");
      const result = seedDatabase(db, { scale: 'small', until: UNTIL });
      expect(result.ms).toBeGreaterThan(0);
      expect(result.counts).toMatchObject({ customers: 5_000, orders: 20_000, feedback: 4_000, regions: 6, people: PEOPLE.length });
      const count = (table: string) => value<number>(db, `SELECT count(*) FROM ${table}`);
      for (const table of TABLE_NAMES) expect(count(table), table).toBe(result.counts[table]);
      expect(value(db, "SELECT value FROM settings WHERE key = 'current_person_id'")).toBe('1');
      expect(all(db, "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name")).toEqual(schemaBefore);
      expect(db.pragma('foreign_key_check')).toEqual([]);

      // The trigram index was rebuilt, and its triggers work again.
      const search = (term: string) => value(db, 'SELECT count(*) FROM feedback_fts WHERE feedback_fts MATCH ?', [term]);
      expect(search('"พัสดุ"')).toBeGreaterThan(0);
      expect(search('"遅れて"')).toBeGreaterThan(0);
      run(db, "UPDATE feedback SET text = 'zzqx marker text' WHERE id = 1");
      expect(search('"zzqx"')).toBe(1);

      const before = TABLE_NAMES.map(count);
      expect(() => seedDatabase(db, { scale: 'small', until: UNTIL })).toThrow(SeedRefusedError);
      expect(() => seedDatabase(db, { scale: 'small', until: UNTIL })).toThrow(/already has 5,000 customers/);
      expect(TABLE_NAMES.map(count)).toEqual(before);
      expect(all(db, "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name")).toEqual(schemaBefore);
    } finally {
      db.close();
    }
  });
});
