// The weekly review pack's "KOL and community" page on a hand-made store (test-support/rosters-fixture.ts): the PDF
// read back with pdftotext, the CSV and the workbook's sheet, each figure worked out by hand beside it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../db/statement-cache';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { writePack } from '../review-pack/write-pack';
import { addAcquisition, addCustomer, addFeedback, addKolCampaign, addOrder, sgt } from './test-support/rosters-fixture';

let store: FixtureDb;
let out: string;

beforeAll(() => {
  out = mkdtempSync(path.join(tmpdir(), 'weekly-rosters-'));
  store = fixtureDb();
  const { db } = store;
  addKolCampaign(db, { code: 'MAI10', maxUses: null }); // KOL 1 "Mai Review", campaign 5 from 1 to 10 June: $900 fee, $100 seeding, 10%
  for (const id of [31, 32, 33, 34]) addCustomer(db, id, '2026-05-30T12:00'); // all signed up in 2026-W22
  addOrder(db, 301, 31, '2026-06-02T10:00', 50, 'MAI10'); // W23, 31's first order
  addOrder(db, 302, 32, '2026-05-31T23:00', 15, null); // W22, 32's first order
  addOrder(db, 303, 32, '2026-06-03T09:00', 20, 'MAI10'); // W23, 32 again within 90 days
  addOrder(db, 304, 33, '2026-06-09T20:00', 30, 'MAI10'); // W24, 33's only order
  addOrder(db, 305, 31, '2026-07-15T12:00', 25, null); // 31 again, 43 days after the first
  db.exec('UPDATE customers SET first_order_at = (SELECT min(placed_at) FROM orders o WHERE o.customer_id = customers.id) WHERE id BETWEEN 31 AND 34');
  addAcquisition(db, 31, 'code', '2026-06-02T10:00', 'MAI10'); // W23
  addAcquisition(db, 34, 'referral', '2026-06-05T18:00', null); // W23
  addFeedback(db, 901, 31, 301, 'late_delivery', 2); // a logistics complaint on a W23 order
  addFeedback(db, 902, 32, 303, 'product_quality', 4); // not a logistics complaint
  db.exec("INSERT INTO communities VALUES (7, 'SEA', 'whatsapp', 'VIP circle SEA 1', 'en', 'vip', '3', 'active', 0)");
  run(db, "INSERT INTO community_members VALUES (1, 'SEA', 7, 'mai_fan', 'member', '2026-06-01', NULL, 31, 'consent', ?, 'signup form opt-in')", [sgt('2026-06-01T09:00')]);
});

afterAll(() => {
  store.cleanup();
  rmSync(out, { recursive: true, force: true });
});

async function pack(week: string): Promise<{ pdf: string; csv: string[]; sheet: unknown[][] }> {
  const dir = path.join(out, week);
  await writePack(store.db, { regions: ['SEA'], week, outDir: dir }, () => {}, () => false);
  const text = execFileSync('pdftotext', ['-layout', path.join(dir, `review-SEA-${week}.pdf`), '-'], { encoding: 'utf8' });
  const page = text.slice(text.indexOf(`KOL and community, ${week}`));
  const workbook = new Workbook();
  await workbook.xlsx.readFile(path.join(dir, `review-SEA-${week}.xlsx`));
  const sheet = workbook.getWorksheet('KOL and community');
  const rows: unknown[][] = [];
  sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return { pdf: page.replace(/[ \t]+/g, ' '), csv: readFileSync(path.join(dir, 'kol_community.csv'), 'utf8').split('\r\n').filter(Boolean), sheet: rows };
}

describe('the weekly pack\'s KOL and community page', () => {
  it('shows the week\'s CAC, complaint rate and ROAS, and the community against non-members', async () => {
    const { pdf, csv, sheet } = await pack('2026-W23');
    // W23 (1-7 June): 31 by code and 34 by referral are new; spend 7 days of ($900 + $100) / 10 plus 10% of 301 ($50)
    // and 303 ($20) = $707; CAC $707 / 2.
    expect(pdf).toContain('Mai Review 2 $353.50');
    // 301 and 303 are the KOL's W23 orders; the late delivery on 301 is 1 complaint: 1,000 / 2.
    expect(pdf).toContain('Mai Review 2 500.00');
    // Revenue $50 + $20 = $70 for $707: ROAS 0.099.
    expect(pdf).toContain('KOL mid-year creators 2026 $707.00 $70.00 0.10x');
    // No activity data: D30 has no data on either side. Member 31 ordered again within 90 days (1 of 1); of the
    // non-members signed up in W22, 32 did and 33 did not; 34 never ordered (1 of 2).
    expect(pdf).toContain('VIP circle SEA 1 no data no data 100.00% 50.00%');
    expect(csv[0]).toBe(
      'region,week,section,name,new_customers,cac_usd,orders,complaints_per_1k_orders,spend_usd,revenue_usd,roas,members_d30_retention,non_members_d30_retention,members_repurchase_90d,non_members_repurchase_90d',
    );
    expect(csv.slice(1)).toEqual([
      'SEA,2026-W23,top_kols_by_cac,Mai Review,2,353.50,,,,,,,,,',
      'SEA,2026-W23,top_kols_by_complaint_rate,Mai Review,,,2,500.00,,,,,,,',
      'SEA,2026-W23,campaign_roas,KOL mid-year creators 2026,,,,,707.00,70.00,0.0990,,,,',
      'SEA,2026-W23,community_retention,VIP circle SEA 1,,,,,,,,,,1.000000,0.500000',
    ]);
    expect(sheet[1]).toEqual(['SEA', '2026-W23', 'top_kols_by_cac', 'Mai Review', 2, 353.5]);
    expect(sheet[3]?.slice(8, 11)).toEqual([707, 70, 0.099]);
  });

  it('says "no data", never 0, for a week with nothing attributed', async () => {
    const { pdf, csv } = await pack('2026-W30');
    for (const header of ['Top KOLs by CAC', 'Top KOLs by complaint rate', 'Campaigns’ ROAS']) {
      const section = pdf.slice(pdf.indexOf(header));
      expect(section.split('\n')[2]?.trim(), header).toBe('no data');
    }
    expect(csv.slice(1, 4)).toEqual([
      'SEA,2026-W30,top_kols_by_cac,no data,,,,,,,,,,,',
      'SEA,2026-W30,top_kols_by_complaint_rate,no data,,,,,,,,,,,',
      'SEA,2026-W30,campaign_roas,no data,,,,,,,,,,,',
    ]);
  });
});
