// The Campaigns and Communities tables exported on a hand-made store: the CSV parsed back and the workbook read with
// exceljs hold, column for column, what the tables show of the person's regions, worked out from the rows below.
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Workbook } from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RosterExportDone } from '../../../shared/rosters-events';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { exportRosterList } from './list-export';
import { addAcquisition, addCustomer, addKolCampaign } from './test-support/rosters-fixture';

let store: FixtureDb;
beforeEach(() => {
  store = fixtureDb();
  // SEA campaign 5 with KOL 1 and a signed contract of $900 fee + $100 seeding; two customers it acquired.
  addKolCampaign(store.db, { code: 'MAI10', maxUses: null });
  addCustomer(store.db, 501, '2026-06-02T10:00');
  addCustomer(store.db, 502, '2026-06-03T10:00');
  addAcquisition(store.db, 501, 'code', '2026-06-02T10:00', 'MAI10');
  addAcquisition(store.db, 502, 'referral', '2026-06-03T10:00', null);
  store.db.exec(`
    INSERT INTO campaigns VALUES (6, 'EU', 'Rentrée, "big" push', 'awareness', '2026-09-01', '2026-09-30', 12500.5, 0);
    INSERT INTO communities VALUES (3, 'SEA', 'whatsapp', 'VIP circle SEA 1', 'en', 'vip', '', 'active', 0);
    INSERT INTO community_snapshots VALUES (1, 'SEA', 3, '2026-W22', 40, 12, 300, 1), (2, 'SEA', 3, '2026-W23', 42, 15, 310, 0);
    INSERT INTO community_members VALUES (1, 'SEA', 3, 'mei', 'member', '2026-06-01', NULL, 10, 'consent', 0, 'form'),
                                         (2, 'SEA', 3, 'anon', 'member', '2026-06-01', NULL, NULL, NULL, NULL, NULL);
    INSERT INTO communities VALUES (4, 'EU', 'discord', 'EU fans', 'de', 'category_fans', '', 'active', 0);
  `);
});
afterEach(() => store.cleanup());

const silent = { emit: () => {} };
const csvRows = (file: string) => parse(readFileSync(file), { bom: true }) as string[][];

describe('exporting the Campaigns and Communities tables', () => {
  it('writes the campaigns the person sees as CSV, newest first, money with its cents', () => {
    const { file, rows, written } = exportRosterList(store.db, { list: 'campaigns', format: 'csv' }, store.lead, Date.UTC(2026, 10, 20, 12), silent);
    expect([rows, written]).toEqual([2, true]);
    expect(file).toMatch(/exports\/campaigns-20261120-120000\.csv$/);
    expect(csvRows(file)).toEqual([
      ['id', 'name', 'region', 'starts_on', 'ends_on', 'budget_usd', 'contracted_usd', 'kols', 'new_customers'],
      ['6', 'Rentrée, "big" push', 'EU', '2026-09-01', '2026-09-30', '12500.50', '0.00', '0', '0'],
      ['5', 'KOL mid-year creators 2026', 'SEA', '2026-06-01', '2026-06-10', '2000.00', '1000.00', '1', '2'],
    ]);
    // A person of SEA alone gets SEA's only.
    const sea = exportRosterList(store.db, { list: 'campaigns', format: 'csv' }, { ...store.lead, regions: ['SEA'] }, Date.UTC(2026, 10, 20, 13), silent);
    expect(csvRows(sea.file).map((r) => r[0])).toEqual(['id', '5']);
  });

  it('writes the communities as a workbook, announced when written, with the latest week\'s members', async () => {
    const done = new Promise<RosterExportDone>((resolve) => {
      const answer = exportRosterList(store.db, { list: 'communities', format: 'xlsx' }, store.lead, Date.UTC(2026, 10, 20, 12), {
        emit: (name, payload) => name === 'rosters.exportDone' && resolve(payload as RosterExportDone),
      });
      expect(answer).toMatchObject({ rows: 2, written: false });
    });
    const { file, error } = await done;
    expect(error).toBeNull();
    expect(file).toMatch(/exports\/communities-20261120-120000\.xlsx$/);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.getWorksheet('Communities');
    const values = (row: number) => (sheet?.getRow(row).values as unknown[]).slice(1);
    expect(values(1)).toEqual(['id', 'name', 'region', 'platform', 'members', 'linked_customers', 'new_customers']);
    // Ordered by region, then name: EU first. EU fans has no snapshot yet, so no member count.
    expect(values(2)).toEqual(['4', 'EU fans', 'EU', 'discord', undefined, 0, 0]);
    expect(values(3)).toEqual(['3', 'VIP circle SEA 1', 'SEA', 'whatsapp', 42, 1, 0]);
    expect(sheet?.rowCount).toBe(3);
  });
});
