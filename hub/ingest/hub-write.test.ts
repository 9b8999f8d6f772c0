// An import's batch on real PostgreSQL: written once with its own change number, its region recorded and announced;
// a row it already holds as the batch has it is not written; and a push holding one of its rows makes it wait, never
// deadlock (the batch locks its rows before it takes the sequence row, as the push takes the sequence row last).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLE_BY_NAME } from '../../shared/table-registry';
import type { Client } from '../db/pool';
import { seededHub, type HubFixture } from '../test-support/hub-fixture';
import { withWriteTransaction, CHANGES_CHANNEL } from '../write-transaction';
import { writeBatch } from './hub-write';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('hub_write', 5);
}, 60_000);
afterAll(() => fixture?.cleanup());

const columns = (TABLE_BY_NAME.get('orders')?.columns ?? []).map((c) => c.name);
const seqOf = async () => Number((await fixture.pool.query('SELECT seq FROM hub_sequence')).rows[0].seq);

/** A LATAM order as the registry orders its columns, `status` (and more) as given. */
async function latamOrder(status: string, id?: number, more: Record<string, unknown> = {}): Promise<unknown[]> {
  const { rows } = await fixture.pool.query(`SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM orders WHERE region = 'LATAM' ORDER BY id LIMIT 1`);
  const row = { ...rows[0], status, ...(id === undefined ? {} : { id }), ...more } as Record<string, unknown>;
  return columns.map((c) => row[c]);
}

async function listen(): Promise<{ heard: unknown[]; client: Client }> {
  const client = await fixture.pool.connect();
  const heard: unknown[] = [];
  client.on('notification', (n) => heard.push(JSON.parse(n.payload ?? 'null')));
  await client.query(`LISTEN ${CHANGES_CHANNEL}`);
  return { heard, client };
}

describe('an import batch', () => {
  it('writes its rows with one change number, records and announces their region, and leaves a row it holds alike alone', async () => {
    const { heard, client } = await listen();
    try {
      const before = await seqOf();
      const newId = Number((await fixture.pool.query('SELECT max(id) AS m FROM orders')).rows[0].m) + 1;
      // Text that an array literal must quote, beside a null and a fraction.
      const awkward = { tracking_number: 'a"b\\c{d},e\nNULL', promo_code: null, amount_local: 0.1 + 0.2 };
      const batch = { source: 'test', table: 'orders', entity: 'order' } as const;
      await writeBatch(fixture.pool, { ...batch, rows: [await latamOrder('shipped', newId, awkward)], keys: [{ source_key: 'n1', local_id: newId, content: 'a', known: false }], fresh: true });
      expect(await seqOf()).toBe(before + 1);
      expect((await fixture.pool.query('SELECT status, tracking_number, promo_code, amount_local, seq FROM orders WHERE id = $1', [newId])).rows).toEqual([
        { status: 'shipped', ...awkward, seq: before + 1 },
      ]);
      expect((await fixture.pool.query("SELECT seq FROM hub_table_changes WHERE tbl = 'orders' AND region = 'LATAM'")).rows).toEqual([{ seq: before + 1 }]);
      expect((await fixture.pool.query("SELECT local_id FROM import_keys WHERE source = 'test' AND source_key = 'n1'")).rows).toEqual([{ local_id: newId }]);

      // The same row again: a number is taken, but nothing is written and no region is announced.
      await writeBatch(fixture.pool, { ...batch, rows: [await latamOrder('shipped', newId, awkward)], keys: [], fresh: false });
      expect((await fixture.pool.query('SELECT seq FROM orders WHERE id = $1', [newId])).rows).toEqual([{ seq: before + 1 }]);
      await expect.poll(() => heard.length).toBe(2);
      expect(heard).toEqual([
        { seq: before + 1, regions: ['LATAM'], clients: [] },
        { seq: before + 2, regions: [], clients: [] },
      ]);
    } finally {
      client.release();
    }
  });

  it('inserts a batch of rows new to the hub plainly: one the hub holds after all fails, writing nothing', async () => {
    const before = await seqOf();
    const held = await latamOrder('canceled');
    const was = (await fixture.pool.query('SELECT status FROM orders WHERE id = $1', [held[0]])).rows;
    const keys = [{ source_key: 'h1', local_id: held[0] as number, content: 'a', known: false }];
    await expect(writeBatch(fixture.pool, { source: 'test', table: 'orders', entity: 'order', rows: [held], keys, fresh: true })).rejects.toThrow(/duplicate key/);
    expect(await seqOf()).toBe(before);
    expect((await fixture.pool.query("SELECT count(*)::int AS n FROM import_keys WHERE source_key = 'h1'")).rows).toEqual([{ n: 0 }]);
    expect((await fixture.pool.query('SELECT status FROM orders WHERE id = $1', [held[0]])).rows).toEqual(was);
  });

  it('waits for a push holding one of its rows, then commits after it, in sequence order', async () => {
    const row = await latamOrder('delivered');
    const id = row[0] as number;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const hasLock = new Promise<void>((resolve) => (locked = resolve));
    const push = withWriteTransaction(fixture.pool, async (client, seq) => {
      await client.query("UPDATE orders SET carrier = 'pushed', seq = $2 WHERE id = $1", [id, seq]);
      locked();
      await held;
    });
    await hasLock;
    const batch = writeBatch(fixture.pool, { source: 'test', table: 'orders', entity: 'order', rows: [await latamOrder('canceled')], keys: [], fresh: false });
    // The batch is now waiting on the push's row; the push's own commit takes the sequence row and must not wait on it.
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    await push;
    await batch;
    const { rows } = await fixture.pool.query('SELECT status, carrier, seq FROM orders WHERE id = $1', [id]);
    expect(rows).toEqual([{ status: 'canceled', carrier: row[columns.indexOf('carrier')], seq: await seqOf() }]);
  });
});
