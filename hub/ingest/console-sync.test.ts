// The Olist way in through the hub, end to end: a console signed in to a hub syncs what hub:import wrote (the
// Portuguese complaint with its order), and a record changed at the source reaches it as one change.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { all, get } from '../../main/db/statement-cache';
import { OLIST } from '../../main/ingest/sources/olist';
import { RATES_DIR } from '../../main/ingest/sources/rates-dir';
import { goodFiles, writeOlistFolder } from '../../main/services/imports/test-support/olist-folder';
import { syncConsole, type SyncConsole } from '../../main/services/sync/test-support/sync-console';
import { seededHub, TOKENS, type HubFixture } from '../test-support/hub-fixture';
import { importIntoHub } from './hub-import';

let fixture: HubFixture;
let console_: SyncConsole;
let temp: string;

beforeAll(async () => {
  fixture = await seededHub('import_hub_sync', 20);
  console_ = syncConsole();
  console_.signIn(fixture.hub.url, TOKENS.ana);
  await console_.sync();
  temp = mkdtempSync(path.join(tmpdir(), 'ops-import-sync-'));
}, 60_000);

afterAll(async () => {
  console_?.close();
  await fixture?.cleanup();
  rmSync(temp, { recursive: true, force: true });
});

describe('an export imported into the hub', () => {
  it('reaches a signed-in console, and so does a change to one of its records', async () => {
    await importIntoHub(fixture.pool, OLIST, { dir: writeOlistFolder(path.join(temp, 'first'), goodFiles()), ratesDir: RATES_DIR });
    await console_.sync();
    const complaint = get<{ order_id: number; language: string; category: string }>(
      console_.db,
      "SELECT order_id, language, category FROM feedback WHERE text = 'O produto chegou atrasado, dez dias depois do prazo'",
    );
    expect(complaint).toMatchObject({ language: 'pt', category: 'late_delivery' });
    expect(all(console_.db, 'SELECT currency, amount_local, amount_usd FROM orders WHERE id = ?', [complaint?.order_id ?? null])).toEqual([
      { currency: 'BRL', amount_local: 170.5, amount_usd: 51.71 },
    ]);

    const files = goodFiles();
    files['olist_orders_dataset.csv'][2] = 'o3,c3,delivered,2017-06-08 20:30:00,,2017-06-09 08:00:00,2017-06-12 10:00:00,2017-07-01 00:00:00';
    await importIntoHub(fixture.pool, OLIST, { dir: writeOlistFolder(path.join(temp, 'changed'), files), ratesDir: RATES_DIR });
    await console_.sync();
    expect(get(console_.db, "SELECT status FROM orders WHERE amount_local = 15 AND currency = 'BRL'")).toEqual({ status: 'delivered' });
  }, 60_000);
});
