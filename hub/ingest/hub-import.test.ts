// A platform's export into the hub, on real PostgreSQL: the rows land with their change numbers, the same files
// twice write and announce nothing, one changed record is one change, and a run killed with SIGKILL midway, started
// again, ends with exactly the rows of one clean run.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OLIST } from '../../main/ingest/sources/olist';
import { RATES_DIR } from '../../main/ingest/sources/rates-dir';
import { goodFiles, writeOlistFolder, type OlistFiles } from '../../main/services/imports/test-support/olist-folder';
import { createPool, type Pool } from '../db/pool';
import { migrateHub } from '../db/migrate';
import { seedHub } from '../seed';
import { createTestDatabase, type TestDatabase } from '../test-support/postgres';
import { seededHub, TEST_UNTIL, type HubFixture } from '../test-support/hub-fixture';
import { importIntoHub } from './hub-import';
import { BATCH_LOCK } from './hub-write';
import { importFolderIntoHub } from './import-runs';

let fixture: HubFixture;
let temp: string;
beforeAll(async () => {
  fixture = await seededHub('hub_import', 20);
  temp = mkdtempSync(path.join(tmpdir(), 'ops-hub-import-test-'));
}, 60_000);
afterAll(async () => {
  await fixture?.cleanup();
  rmSync(temp, { recursive: true, force: true });
});

const seqOf = async (pool: Pool) => Number((await pool.query('SELECT seq FROM hub_sequence')).rows[0].seq);
const run = (pool: Pool, dir: string) => importIntoHub(pool, OLIST, { dir, ratesDir: RATES_DIR });

/** `orders` orders of one account and person each, with one item, payment and a 1-star review. */
function manyOrders(orders: number): OlistFiles {
  const files: OlistFiles = { ...goodFiles() };
  for (const name of Object.keys(files) as (keyof OlistFiles)[]) files[name] = [];
  for (let n = 0; n < orders; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    files['olist_customers_dataset.csv'].push(`c${n},p${n % (orders - 7)},1000,sao paulo,SP`);
    files['olist_orders_dataset.csv'].push(`o${n},c${n},delivered,2017-03-${day} 10:00:00,,2017-03-${day} 12:00:00,2017-04-${day} 10:00:00,2017-04-02 00:00:00`);
    files['olist_order_items_dataset.csv'].push(`o${n},1,x,s,2017-03-${day} 00:00:00,${10 + (n % 90)}.5,3.0`);
    files['olist_order_payments_dataset.csv'].push(`o${n},1,credit_card,1,${13 + (n % 90)}.5`);
    files['olist_order_reviews_dataset.csv'].push(`r${n},o${n},1,,"Ainda não recebi o pedido ${n}",2017-04-${day} 00:00:00,2017-04-${day} 09:00:00`);
  }
  return files;
}

/** What an import wrote, without the change numbers (those count transactions, which a killed run has more of). */
async function imported(pool: Pool): Promise<string> {
  const parts = [];
  parts.push((await pool.query("SELECT entity, source_key, local_id, content FROM import_keys WHERE source = 'olist' ORDER BY 1, 2")).rows);
  for (const [table, entity] of [['customers', 'person'], ['orders', 'order'], ['feedback', 'review']]) {
    const { rows } = await pool.query(
      `SELECT t.* FROM ${table} t JOIN import_keys k ON k.local_id = t.id AND k.source = 'olist' AND k.entity = '${entity}' ORDER BY t.id`,
    );
    parts.push(rows.map(({ seq: _seq, ...row }) => row));
  }
  return JSON.stringify(parts);
}

describe('hub:import', () => {
  it('writes the rows with a change number, then nothing for the same files, then one change for one changed order', async () => {
    const dir = writeOlistFolder(path.join(temp, 'small'), goodFiles());
    const before = await seqOf(fixture.pool);
    const first = await run(fixture.pool, dir);
    expect(first.written).toEqual({ customers: 2, orders: 3, feedback: 2 });
    expect(first.transactions).toBe(3);
    const o3 = (await fixture.pool.query("SELECT o.id, o.status, o.seq FROM orders o JOIN import_keys k ON k.local_id = o.id WHERE k.entity = 'order' AND k.source_key = 'o3'")).rows[0];
    expect(o3).toMatchObject({ status: 'shipped' });
    expect(o3.seq).toBeGreaterThan(before);
    // Ids follow the hub's own: the demo customers keep theirs.
    expect(Number((await fixture.pool.query("SELECT count(*) FROM customers WHERE region = 'LATAM' AND name LIKE 'Cliente %'")).rows[0].count)).toBe(2);

    const settled = await seqOf(fixture.pool);
    const state = await imported(fixture.pool);
    const again = await run(fixture.pool, dir);
    expect(again).toMatchObject({ written: { customers: 0, orders: 0, feedback: 0 }, transactions: 0 });
    expect(await seqOf(fixture.pool)).toBe(settled);
    expect(await imported(fixture.pool)).toBe(state);

    const files = goodFiles();
    files['olist_orders_dataset.csv'][2] = 'o3,c3,delivered,2017-06-08 20:30:00,,2017-06-09 08:00:00,2017-06-12 10:00:00,2017-07-01 00:00:00';
    const changed = await run(fixture.pool, writeOlistFolder(path.join(temp, 'changed'), files));
    expect(changed).toMatchObject({ written: { customers: 0, orders: 1, feedback: 0 }, transactions: 1 });
    expect(await seqOf(fixture.pool)).toBe(settled + 1);
    const after = (await fixture.pool.query('SELECT status, seq FROM orders WHERE id = $1', [o3.id])).rows[0];
    expect(after).toEqual({ status: 'delivered', seq: settled + 1 });
  }, 60_000);

  it('waits, before it reads the hub, for a batch of an earlier run still open (a run killed as it sent its COMMIT)', async () => {
    const dying = await fixture.pool.connect();
    try {
      await dying.query('BEGIN');
      await dying.query('SELECT pg_advisory_xact_lock_shared($1)', [BATCH_LOCK]);
      const steps: string[] = [];
      const waiting = importIntoHub(fixture.pool, OLIST, { dir: writeOlistFolder(path.join(temp, 'waits'), goodFiles()), ratesDir: RATES_DIR, onProgress: (step) => steps.push(step) });
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(steps).toEqual(['reading what the hub holds of the source']);
      await dying.query('COMMIT');
      expect((await waiting).summary.state).toBe('done');
      expect(steps).toContain('finishing the writes to the hub');
    } finally {
      dying.release();
    }
  }, 60_000);

  it('records each run of a folder with its counts and every record it kept aside', async () => {
    // The good files under ids of their own (x…), and one order whose purchase time is no date.
    const files = Object.fromEntries(
      Object.entries(goodFiles()).map(([name, rows]) => [name, rows.map((row) => row.replace(/\b([ocpr]\d)\b/g, 'x$1'))]),
    ) as OlistFiles;
    files['olist_orders_dataset.csv'].push('xo4,xc3,delivered,not-a-date,,,,2017-07-01 00:00:00');
    const dir = writeOlistFolder(path.join(temp, 'recorded'), files);
    const { runId } = await importFolderIntoHub(fixture.pool, OLIST, { dir, ratesDir: RATES_DIR });
    const runs = (await fixture.pool.query('SELECT source, origin, state, records, rejected, written_orders, changes FROM import_runs WHERE id = $1', [runId])).rows;
    // Records: 29 rates, 3 accounts, 4 orders, 4 items, 3 payments, 3 reviews. One change each for customers, orders
    // and feedback.
    expect(runs).toEqual([{ source: 'olist', origin: dir, state: 'done', records: 46, rejected: 1, written_orders: 3, changes: 3 }]);
    const kept = (await fixture.pool.query('SELECT file, line, column_name, value FROM import_rejects WHERE run_id = $1', [runId])).rows;
    expect(kept).toEqual([{ file: 'olist_orders_dataset.csv', line: 5, column_name: 'order_purchase_timestamp', value: 'not-a-date' }]);
    expect((await importFolderIntoHub(fixture.pool, OLIST, { dir, ratesDir: RATES_DIR, dryRun: true })).runId).toBeNull();
  }, 60_000);

  describe('a run stopped midway and started again', () => {
    let clean: { database: TestDatabase; pool: Pool };
    let dir: string;
    beforeAll(async () => {
      const database = await createTestDatabase('hub_import_clean');
      const pool = createPool(database.url, 2);
      await migrateHub(pool);
      await seedHub(pool, { scale: 'small', until: TEST_UNTIL, customers: 20 });
      clean = { database, pool };
      dir = writeOlistFolder(path.join(temp, 'many'), manyOrders(12_000));
      await run(clean.pool, dir);
    }, 120_000);
    afterAll(async () => {
      await clean?.pool.end();
      await clean?.database.drop();
    });

    it('ends with exactly the rows of one clean run', async () => {
      const killed = await createTestDatabase('hub_import_killed');
      const pool = createPool(killed.url, 2);
      try {
        await migrateHub(pool);
        await seedHub(pool, { scale: 'small', until: TEST_UNTIL, customers: 20 });
        // Batches of 1,000: twelve of orders, so a kill right after the first lands with most of them unwritten.
        const cli = ['hub/ingest/cli.ts', '--source', 'olist', '--dir', dir, '--batch-rows', '1000', '--database-url', killed.url];
        const child = spawn(process.execPath, ['--import', 'tsx', ...cli], {
          cwd: path.resolve(__dirname, '..', '..'),
          stdio: 'ignore',
        });
        const exited = new Promise((resolve) => child.on('exit', resolve));
        // Killed as soon as its first batch of orders has committed: customers are in, orders partly, feedback not.
        let orderKeys = 0;
        while (orderKeys === 0) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          orderKeys = Number((await pool.query("SELECT count(*) FROM import_keys WHERE entity = 'order'")).rows[0].count);
        }
        child.kill('SIGKILL');
        await exited;
        expect(Number((await pool.query("SELECT count(*) FROM import_keys WHERE entity = 'order'")).rows[0].count)).toBeLessThan(12_000);
        expect((await pool.query('SELECT state FROM import_runs')).rows).toEqual([{ state: 'running' }]);

        const rerun = await run(pool, dir);
        expect(rerun.summary.state).toBe('done');
        expect(await imported(pool)).toBe(await imported(clean.pool));
      } finally {
        await pool.end();
        await killed.drop();
      }
    }, 240_000);

    // The hub's writes run beside the engine (change-writer.ts): a run that fails once they have begun keeps what has
    // committed, parents first and in id order, as a killed run does.
    it('a run that fails once its writes have begun keeps the customers, writes no order, and a new run ends as one clean run', async () => {
      const failed = await createTestDatabase('hub_import_failed');
      const pool = createPool(failed.url, 2);
      try {
        await migrateHub(pool);
        await seedHub(pool, { scale: 'small', until: TEST_UNTIL, customers: 20 });
        const stop = new AbortController();
        const steps: string[] = [];
        const stopped = importIntoHub(pool, OLIST, {
          dir,
          ratesDir: RATES_DIR,
          batchRows: 1_000,
          signal: stop.signal,
          onProgress: (step) => {
            steps.push(step);
            if (step === 'writing orders to the hub') stop.abort(new Error('the disk is full'));
          },
        });
        await expect(stopped).rejects.toThrow('the disk is full');
        expect(steps).toContain('writing customers to the hub');
        const count = async (entity: string) => Number((await pool.query('SELECT count(*) FROM import_keys WHERE entity = $1', [entity])).rows[0].count);
        // 12,000 accounts of 11,993 persons.
        expect([await count('person'), await count('order'), await count('review')]).toEqual([11_993, 0, 0]);

        const rerun = await run(pool, dir);
        expect(rerun.written).toEqual({ customers: 0, orders: 12_000, feedback: 12_000 });
        expect(await imported(pool)).toBe(await imported(clean.pool));
      } finally {
        await pool.end();
        await failed.drop();
      }
    }, 240_000);
  });
});
