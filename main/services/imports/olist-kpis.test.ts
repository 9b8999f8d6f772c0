// The Olist sample (/work/shared/realdata) imported as a person would, then the review pack of LATAM weeks: its
// kpis.csv must hold the numbers computed here straight from the CSV files, with no code of the import or the
// metrics in between (only the rates file both read, and the ISO week of a calendar day).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isoWeekOfDay, isoWeekMonday, addDays } from '../../../shared/iso-week';
import type { ExportStatus, WeeklyReport } from '../../../shared/report-types';
import { createDispatcher, type Dispatcher } from '../../core/dispatcher';
import { handlers } from '../../core/handlers';
import { openDatabase, type Db } from '../../db/open';
import { all } from '../../db/statement-cache';
import { OLIST } from '../../ingest/sources/olist';
import { RATES_DIR } from '../../ingest/sources/rates-dir';
import { writeDirectoryIfEmpty } from '../../seed/write-directory';
import { REALDATA_PRESENT, realdata } from '../../test-support/realdata';
import { grantExportFolder } from '../review-pack/export-folders';
import { currentPerson } from '../session/session-service';
import { importSource, type ImportSummary } from './run-import';

const SAMPLE = realdata('olist_sample15k_dhipin1');
const WEEKS = ['2017-W11', '2017-W47', '2018-W20'];

type Row = Record<string, string>;
const read = (file: string): Row[] => parse(readFileSync(path.join(SAMPLE, file)), { columns: true, bom: true }) as Row[];

interface Expected {
  orders: number;
  revenue_usd: number;
  aov_usd: number | null;
  late_delivery_rate: number | null;
  repurchase_rate: number | null;
  high_value_share: number | null;
  new_customers: number;
  feedback_count: number;
}

/** Each KPI of each week, from the CSV files alone. Timestamps are São Paulo wall time: their date is the local day. */
function expectedFromCsv(weeks: string[]): Map<string, Expected> {
  const person = new Map(read('olist_customers_dataset.csv').map((c) => [c.customer_id, c.customer_unique_id]));
  const rates = (parse(readFileSync(path.join(RATES_DIR, OLIST.rates.file)), { columns: true }) as Row[]).map((r) => [r.day as string, Number(r.rate)] as const);
  const rateOn = (day: string) => [...rates].reverse().find(([from]) => from <= day)?.[1] as number;
  const local = new Map<string, number>();
  for (const item of read('olist_order_items_dataset.csv')) {
    local.set(item.order_id as string, (local.get(item.order_id as string) ?? 0) + Number(item.price) + Number(item.freight_value));
  }
  const orders = read('olist_orders_dataset.csv').map((o) => {
    const placed = o.order_purchase_timestamp as string;
    const brl = Math.round((local.get(o.order_id as string) ?? 0) * 100) / 100;
    return {
      person: person.get(o.customer_id as string) as string,
      placed,
      cents: Math.round((brl / rateOn(placed.slice(0, 10))) * 100),
      delivered: (o.order_delivered_customer_date as string).slice(0, 10),
      estimated: (o.order_estimated_delivery_date as string).slice(0, 10),
    };
  });
  const firstOrder = new Map<string, string>();
  for (const o of orders) if (!firstOrder.has(o.person) || o.placed < (firstOrder.get(o.person) as string)) firstOrder.set(o.person, o.placed);

  // A review is feedback when it has words or a score of 1 or 2; an id seen again (on another order) is rejected.
  const seen = new Set<string>();
  const feedbackDays: string[] = [];
  for (const r of read('olist_order_reviews_dataset.csv')) {
    if (seen.has(r.review_id as string)) continue;
    seen.add(r.review_id as string);
    const words = `${r.review_comment_title ?? ''}${r.review_comment_message ?? ''}`.trim() !== '';
    if (words || Number(r.review_score) <= 2) feedbackDays.push((r.review_answer_timestamp as string).slice(0, 10));
  }

  const out = new Map<string, Expected>();
  for (const week of weeks) {
    const monday = `${isoWeekMonday(week as never)} 00:00:00`;
    const nextMonday = `${addDays(isoWeekMonday(week as never), 7)} 00:00:00`;
    const inWeek = orders.filter((o) => isoWeekOfDay(o.placed.slice(0, 10)) === week);
    const buyers = new Set(inWeek.map((o) => o.person));
    const repeat = [...buyers].filter((p) => (firstOrder.get(p) as string) < monday).length;
    const delivered = orders.filter((o) => o.delivered !== '' && isoWeekOfDay(o.delivered) === week);
    const history = new Map<string, { n: number; cents: number }>();
    for (const o of orders.filter((x) => x.placed < nextMonday)) {
      const h = history.get(o.person) ?? { n: 0, cents: 0 };
      history.set(o.person, { n: h.n + 1, cents: h.cents + o.cents });
    }
    const highValue = [...history.values()].filter((h) => h.n >= 2 && h.cents > 200_00 * h.n).length;
    const revenue = inWeek.reduce((sum, o) => sum + o.cents, 0) / 100;
    out.set(week, {
      orders: inWeek.length,
      revenue_usd: revenue,
      aov_usd: inWeek.length ? revenue / inWeek.length : null,
      late_delivery_rate: delivered.length ? delivered.filter((o) => o.delivered > o.estimated).length / delivered.length : null,
      repurchase_rate: buyers.size ? repeat / buyers.size : null,
      high_value_share: history.size ? highValue / history.size : null,
      new_customers: [...firstOrder.values()].filter((placed) => isoWeekOfDay(placed.slice(0, 10)) === week).length,
      feedback_count: feedbackDays.filter((day) => isoWeekOfDay(day) === week).length,
    });
  }
  return out;
}

describe.skipIf(!REALDATA_PRESENT)('the Olist sample in the review pack', () => {
  let temp: string;
  let db: Db;
  let dispatcher: Dispatcher;
  let summary: ImportSummary;

  beforeAll(async () => {
    temp = mkdtempSync(path.join(tmpdir(), 'ops-olist-'));
    db = openDatabase(path.join(temp, 'console.sqlite'));
    writeDirectoryIfEmpty(db);
    summary = await importSource(db, OLIST, { dir: SAMPLE, ratesDir: RATES_DIR });
    dispatcher = createDispatcher(handlers, () => ({ db, person: currentPerson(db), now: () => Date.UTC(2026, 10, 30) }), () => {});
  }, 120_000);

  afterAll(() => {
    db.close();
    rmSync(temp, { recursive: true, force: true });
  });

  function call<T>(name: string, input: unknown): T {
    const answer = dispatcher.dispatch(name, input);
    if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
    return answer.value as T;
  }

  async function packKpis(week: string): Promise<Map<string, string>> {
    const out = path.join(temp, week);
    const { jobId } = call<{ jobId: string }>('reports.startExport', { regions: ['LATAM'], week, folder: grantExportFolder(out) });
    for (;;) {
      const status = call<ExportStatus>('reports.exportStatus', { jobId });
      if (status.state === 'failed') throw new Error(status.error);
      if (status.state === 'done') break;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const lines = readFileSync(path.join(out, 'kpis.csv'), 'utf8').split('\r\n').filter(Boolean).slice(1);
    return new Map(lines.map((line) => line.split(',')).map(([, , kpi, value]) => [kpi as string, value as string]));
  }

    it('imports every order, one customer per person and the 20 reused review ids kept aside', () => {
      expect(summary.tallies.orders.inserted).toBe(15_000);
      // README: 14,904 distinct customer_unique_id.
      expect(summary.tallies.customers.inserted).toBe(14_904);
      expect(summary.rejected).toBe(20);
      expect(summary.rejects.every((r) => r.file === 'olist_order_reviews_dataset.csv' && /already on line \d+ with other content/.test(r.reason))).toBe(true);
    });

    it('changes nothing when the same files are imported again', async () => {
      const snapshot = () => JSON.stringify(['customers', 'orders', 'feedback', 'import_keys'].map((t) => all(db, `SELECT * FROM ${t} ORDER BY 1, 2, 3`)));
      const before = snapshot();
      const again = await importSource(db, OLIST, { dir: SAMPLE, ratesDir: RATES_DIR });
      expect(snapshot()).toBe(before);
      for (const table of ['customers', 'orders', 'feedback', 'currency_rates'] as const) expect(again.tallies[table].inserted + again.tallies[table].updated, table).toBe(0);
    }, 120_000);

    // Read in beforeAll, not while collecting: a skipped describe still runs its body, where the files may be missing.
    let expected: Map<string, Expected>;
    beforeAll(() => {
      expected = expectedFromCsv(WEEKS);
    });
    // High-value share is 0 in every week of this sample: no repeat buyer averages over 200 USD (the most is 185.91).
    it('checks weeks with late deliveries and repeat buyers, so a rate stuck at 0 would fail', () => {
      for (const rate of ['late_delivery_rate', 'repurchase_rate'] as const) {
        expect(WEEKS.some((week) => (expected.get(week)?.[rate] ?? 0) > 0), rate).toBe(true);
      }
    });

    it.each(WEEKS)('%s: orders, revenue, AOV, late deliveries, repurchase, high-value share, new customers and feedback as the CSV files say', async (week) => {
      const kpis = await packKpis(week);
      const want = expected.get(week) as Expected;
      expect(want.orders, 'a week with orders').toBeGreaterThan(20);
      const number = (kpi: keyof Expected) => {
        const text = kpis.get(kpi);
        return text === '' || text === undefined ? null : Number(text);
      };
      expect(number('orders')).toBe(want.orders);
      expect(number('new_customers')).toBe(want.new_customers);
      expect(number('feedback_count')).toBe(want.feedback_count);
      expect(number('revenue_usd')).toBeCloseTo(want.revenue_usd, 2);
      expect(number('aov_usd')).toBeCloseTo(want.aov_usd as number, 2);
      for (const rate of ['late_delivery_rate', 'repurchase_rate', 'high_value_share'] as const) {
        expect(number(rate), rate).toBeCloseTo(want[rate] as number, 6);
      }
      // What Olist has no inputs for is empty, never 0.
      for (const kpi of ['spend_usd', 'cac_usd', 'ltv_cac', 'active_customers', 'd1_retention', 'd7_retention', 'd30_retention', 'conversion_rate', 'sla_attainment']) {
        expect(kpis.get(kpi), kpi).toBe('');
      }
    }, 60_000);

    it('says in the Reports view and the PDF why a KPI has no data', () => {
      const report = call<WeeklyReport>('reports.weekly', { regions: ['LATAM'], week: WEEKS[1] }).regions[0];
      const missing = Object.fromEntries((report?.headline ?? []).filter((h) => h.missing !== null).map((h) => [h.kpi, h.missing]));
      expect(missing).toEqual({
        spend_usd: 'the data has no marketing spend',
        cac_usd: 'the data has no marketing spend',
        ltv_cac: 'the data has no marketing spend',
        active_customers: 'the data has no visits (activity) of customers',
        d1_retention: 'the data has no visits (activity) of customers',
        d7_retention: 'the data has no visits (activity) of customers',
        d30_retention: 'the data has no visits (activity) of customers',
        conversion_rate: 'the data has no funnel visits',
        sla_attainment: 'no feedback of the region has been answered or resolved',
        median_first_response_hours: 'no feedback of the region has been answered or resolved',
        median_resolution_hours: 'no feedback of the region has been answered or resolved',
      });
      expect(report?.headline.every((h) => h.missing === null || (h.value === null && h.previousWeek.reference === null))).toBe(true);
      const pdf = execFileSync('pdftotext', ['-layout', path.join(temp, WEEKS[1] as string, `review-LATAM-${WEEKS[1]}.pdf`), '-'], { encoding: 'utf8' });
      expect(pdf.replace(/\s+/g, ' ')).toContain('No data for Marketing spend, CAC, LTV / CAC: the data has no marketing spend.');
    });

    // Below the headline too: what Olist has no inputs for is empty in each breakdown's CSV and "no data", with the
    // reason, in the PDF; what it has (each cohort's customers, the items due) is there.
    it('leaves channels, spend, CAC, the funnel, retention and answers in time empty in the breakdowns, with the reason in the PDF', async () => {
      const week = WEEKS[1] as string;
      await packKpis(week);
      const csv = (file: string): Row[] => parse(readFileSync(path.join(temp, week, `${file}.csv`)), { columns: true, bom: true }) as Row[];
      // Olist names no signup channel: every channel's figures are empty, not 0 new customers each.
      expect(csv('channels').every((c) => c.new_customers === '' && c.share === '' && c.spend_usd === '' && c.cac_usd === '')).toBe(true);
      const funnel = csv('funnel');
      expect(funnel).toHaveLength(1);
      for (const stage of ['visits', 'product_views', 'add_to_cart', 'checkout_started', 'orders', 'conversion_rate']) expect(funnel[0]?.[stage], stage).toBe('');
      expect(csv('cohorts').every((c) => c.d1_retention === '' && c.d7_retention === '' && c.d30_retention === '' && c.customers !== '')).toBe(true);
      const sla = csv('sla');
      expect(sla.every((r) => r.met === '' && r.sla_attainment === '' && r.due !== '')).toBe(true);
      expect(Number(sla.find((r) => r.priority === 'all')?.due)).toBeGreaterThan(0);
      const pdf = execFileSync('pdftotext', ['-layout', path.join(temp, week, `review-LATAM-${week}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      expect(pdf).toContain('No data for new customers by channel: the data names no signup channel.');
      expect(pdf).toContain('No data for spend and CAC: the data has no marketing spend.');
      expect(pdf).toContain('Funnel No data: the data has no funnel visits.');
      expect(pdf).toContain('No data for retention: the data has no visits (activity) of customers.');
      expect(pdf).toContain('No data for first responses within the SLA and the medians: no feedback of the region has been answered or resolved.');
      expect(pdf).not.toContain('$0.00');
      // No 0 stands in for what the data lacks: the channel table holds no figure, the SLA table only the items due.
      const section = (from: string, to: string) => pdf.slice(pdf.indexOf(from), pdf.indexOf(to, pdf.indexOf(from)));
      expect(section('Channel New customers Share Spend CAC', 'No data for new customers')).toMatch(/^Channel New customers Share Spend CAC (\w+ no data no data no data no data ){7}$/);
      expect(section('Priority Due Met Attainment', 'Carriers')).toMatch(/^Priority Due Met Attainment (P\d \d+ no data no data ){4}$/);
    }, 60_000);
});
