// The hub's import runs, listed for the people who run it: `npm run hub:import` prints each run's summary at its end and
// `--runs` the recent ones; `GET /v1/ingest/runs` answers them to a service token, for its regions only. A real hub
// over real PostgreSQL, a real CLI process and real HTTP.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodFiles, writeOlistFolder } from '../../main/services/imports/test-support/olist-folder';
import { runAdmin } from '../admin/run-admin';
import { seededHub, TOKENS, type HubFixture } from '../test-support/hub-fixture';

let fixture: HubFixture;
let temp: string;
let latam: string;
let europe: string;

const issue = async (regions: string) =>
  ((await runAdmin(fixture.pool, ['service-token', 'issue', '--regions', regions, '--label', `runs ${regions}`], Date.now()))[1] as string).trim();

beforeAll(async () => {
  fixture = await seededHub('hub_import_runs', 20);
  temp = mkdtempSync(path.join(tmpdir(), 'ops-hub-runs-test-'));
  latam = await issue('LATAM');
  europe = await issue('EU,SEA');
}, 60_000);
afterAll(async () => {
  await fixture?.cleanup();
  rmSync(temp, { recursive: true, force: true });
});

/** `npm run hub:import` as a process of its own; a refusal comes back as its exit code and output, not a throw. */
async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'hub/ingest/cli.ts', ...args, '--database-url', fixture.database.url], {
      cwd: path.resolve(__dirname, '..', '..'),
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

async function runs(token: string, query = '', method = 'GET') {
  const response = await fetch(`${fixture.hub.url}/v1/ingest/runs${query}`, { method, headers: { authorization: `Bearer ${token}` } });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

const order = {
  order_id: 'ro1', customer_id: 'rc1', customer_unique_id: 'rp1', customer_city: 'sao paulo', customer_state: 'SP',
  order_status: 'delivered', order_purchase_timestamp: '2017-06-05 10:00:00', order_delivered_carrier_date: '2017-06-06 12:00:00',
  order_delivered_customer_date: '2017-06-20 15:00:00', order_estimated_delivery_date: '2017-06-19 00:00:00',
  items: [{ order_item_id: 1, price: 100, freight_value: 20 }], payments: [{ payment_sequential: 1, payment_type: 'credit_card', payment_value: 120 }],
};

describe('import runs', () => {
  let folderRun: number;
  let batchRun: number;

  it("are summed up at the end of the CLI's run, and listed by the CLI and the endpoint, latest first, with their counts", async () => {
    const dir = writeOlistFolder(path.join(temp, 'good'), goodFiles());
    const imported = await cli(['--source', 'olist', '--dir', dir]);
    expect(imported.code).toBe(0);
    // 29 rates, 3 accounts, 3 orders, 4 items, 3 payments, 3 reviews; two persons, three orders, two reviews that are
    // feedback (scores 1 and 2), one change for each table.
    const summary = /^Run (\d+) olist done, started .* UTC in [\d.]+ s: 45 records, 0 rejected; wrote 2 customers, 3 orders, 2 feedback items in 3 changes\n {2}from (.*)$/m.exec(imported.stdout);
    expect(summary?.[2]).toBe(dir);
    folderRun = Number(summary?.[1]);

    const posted = await fetch(`${fixture.hub.url}/v1/ingest/orders?source=olist`, {
      method: 'POST',
      headers: { authorization: `Bearer ${latam}`, 'content-type': 'application/x-ndjson' },
      body: `${JSON.stringify(order)}\n${JSON.stringify({ ...order, order_id: 'ro2', order_purchase_timestamp: 'soon' })}\n`,
    });
    batchRun = ((await posted.json()) as { runId: number }).runId;

    const listed = await runs(latam);
    expect(listed.status).toBe(200);
    expect(listed.body.runs.map((r: { id: number }) => r.id)).toEqual([batchRun, folderRun]);
    expect(listed.body.runs[0]).toMatchObject({
      source: 'olist', state: 'done', message: null, records: 2, rejected: 1, written: { customers: 1, orders: 1, feedback: 0 }, changes: 2,
    });
    expect(listed.body.runs[0].origin).toMatch(/^ingest orders \(service token #\d+ runs LATAM\)$/);
    expect(listed.body.runs[1]).toMatchObject({ origin: dir, records: 45, rejected: 0, written: { customers: 2, orders: 3, feedback: 2 }, changes: 3 });
    expect(listed.body.runs[1].finishedAt).toBeGreaterThanOrEqual(listed.body.runs[1].startedAt);
    expect((await runs(latam, '?source=olist&limit=1')).body.runs.map((r: { id: number }) => r.id)).toEqual([batchRun]);

    const printed = await cli(['--runs', '--source', 'olist']);
    expect(printed.code).toBe(0);
    const lines = printed.stdout.split('\n').filter((line) => line.startsWith('Run '));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(new RegExp(`^Run ${batchRun} olist done, .*: 2 records, 1 rejected; wrote 1 customers, 1 orders, 0 feedback items in 2 changes$`));
    expect(lines[1]).toMatch(new RegExp(`^Run ${folderRun} olist done, .*: 45 records, 0 rejected;`));
  }, 120_000);

  it("are the token's regions' only, and a bad query is refused by name", async () => {
    expect(await runs(europe)).toEqual({ status: 200, body: { runs: [] } });
    expect(await runs(europe, '?source=olist')).toMatchObject({ status: 403, body: { error: { code: 'forbidden', field: 'region' } } });
    expect((await runs(europe, '?source=olist')).body.error.message).toContain('region LATAM');
    expect(await runs(latam, '?source=nope')).toMatchObject({ status: 400, body: { error: { field: 'source' } } });
    for (const limit of ['0', '101', 'ten']) {
      expect(await runs(latam, `?limit=${limit}`)).toMatchObject({ status: 400, body: { error: { field: 'limit' } } });
    }
    expect((await runs(latam, '', 'POST')).status).toBe(405);
    expect((await runs(TOKENS.ana)).status).toBe(403);
    expect((await runs('opshub_not-a-token')).status).toBe(401);

    const refused = await cli(['--runs', '--limit', '0']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--limit 0: give a whole number from 1 to 1000');
    const badBatch = await cli(['--source', 'olist', '--dir', '.', '--batch-rows', 'lots']);
    expect(badBatch.code).toBe(2);
    expect(badBatch.stderr).toContain('--batch-rows lots: give a whole number from 1 to 100,000');
  }, 60_000);
});
