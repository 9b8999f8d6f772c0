// Exporting the KOLs grid: the filter's KOLs as CSV (contacts only when asked for) and as a workbook announced when written.
import { readFileSync } from 'node:fs';
import { Workbook } from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RosterExportDone } from '../../../shared/rosters-events';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { exportKols } from './kol-export';

let store: FixtureDb;
beforeEach(() => {
  store = fixtureDb();
  store.db.exec(`INSERT INTO kols (id, region, name, platform, handle, followers, engagement_rate, audience_countries, languages, niches, contact, status, owner_id, tags, notes, updated_at)
    VALUES (1, 'SEA', 'Mai, "Daily"', 'tiktok', 'maidaily', 8000, 0.09, 'SG', 'en', 'beauty,food', 'mai@creators.example', 'contacted', 1, 'vip', '', 0),
           (2, 'EU', 'Lena Home', 'instagram', 'lena.home', 600000, 0.02, 'DE', 'de', 'home', 'lena@creators.example', 'active', NULL, '', '', 0),
           (3, 'SEA', '=HYPERLINK("x")', 'tiktok', 'formula', 100, 0.1, 'SG', 'en', '', NULL, 'prospect', NULL, '', '', 0)`);
});
afterEach(() => store.cleanup());

const silent = { emit: () => {} };

describe('exporting KOLs', () => {
  it('writes the filter’s KOLs as CSV, without contacts unless asked, formulas quoted', () => {
    const { file, rows, written } = exportKols(store.db, { filter: { regions: ['SEA'] }, format: 'csv', withContact: false }, store.lead, Date.UTC(2026, 10, 20, 12), silent);
    expect([rows, written]).toEqual([2, true]);
    expect(file).toMatch(/exports\/kols-20261120-120000\.csv$/);
    expect(readFileSync(file, 'utf8').split('\r\n')).toEqual([
      'id,region,name,platform,handle,profile_url,followers,tier,engagement_rate,status,owner,niches,tags,agency',
      '1,SEA,"Mai, ""Daily""",tiktok,maidaily,,8000,nano,0.090000,contacted,Ana Reyes,"beauty, food",vip,',
      '3,SEA,"\'=HYPERLINK(""x"")",tiktok,formula,,100,nano,0.100000,prospect,,,,',
      '',
    ]);
    const withContact = exportKols(store.db, { filter: { regions: ['EU'] }, format: 'csv', withContact: true }, store.lead, Date.UTC(2026, 10, 20, 13), silent);
    expect(readFileSync(withContact.file, 'utf8')).toContain('lena@creators.example');
  });

  it('writes a workbook after answering, and says so', async () => {
    const done = new Promise<RosterExportDone>((resolve) => {
      exportKols(store.db, { filter: {}, format: 'xlsx', withContact: false }, store.lead, Date.UTC(2026, 10, 20, 12), {
        emit: (_name, payload) => resolve(payload as RosterExportDone),
      });
    });
    const { file, error } = await done;
    expect(error).toBeNull();
    const book = new Workbook();
    await book.xlsx.readFile(file);
    const sheet = book.getWorksheet('KOLs');
    expect(sheet?.rowCount).toBe(4);
    expect(sheet?.getRow(2).getCell(3).value).toBe('Lena Home');
    expect(sheet?.getRow(2).getCell(7).value).toBe(600000);
  });
});
