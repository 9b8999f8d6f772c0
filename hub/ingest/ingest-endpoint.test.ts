// POST /v1/ingest/<table> on a real hub over real PostgreSQL, through real HTTP: who may ingest and for which
// regions, the same batch twice writing and announcing nothing, one changed order one change, bad lines coming back
// with their line, field, value and reason, and a changed review reaching a signed-in console.
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { get } from '../../main/db/statement-cache';
import { syncConsole, type SyncConsole } from '../../main/services/sync/test-support/sync-console';
import { runAdmin } from '../admin/run-admin';
import { seededHub, TOKENS, type HubFixture } from '../test-support/hub-fixture';
import { MAX_BATCH_BYTES } from './ingest-route';

let fixture: HubFixture;
let latam: string;
let eu: string;

async function issue(regions: string): Promise<string> {
  const lines = await runAdmin(fixture.pool, ['service-token', 'issue', '--regions', regions, '--label', `feed ${regions}`], Date.now());
  return (lines[1] as string).trim();
}

beforeAll(async () => {
  fixture = await seededHub('hub_ingest_endpoint', 20);
  latam = await issue('LATAM');
  eu = await issue('EU,SEA');
}, 60_000);
afterAll(async () => {
  await fixture?.cleanup();
});

const ndjson = (lines: unknown[]) => `${lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n')}\n`;

async function post(table: string, body: string | Buffer, token: string, query = '?source=olist') {
  const response = await fetch(`${fixture.hub.url}/v1/ingest/${table}${query}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/x-ndjson' },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

/** An Olist order with its account, one item and one payment: 100 + 20 freight, paid 120. */
function order(n: number, more: Record<string, unknown> = {}) {
  return {
    order_id: `io${n}`, customer_id: `ic${n}`, customer_unique_id: `ip${n}`, customer_city: 'sao paulo', customer_state: 'SP',
    order_status: 'delivered', order_purchase_timestamp: '2017-06-05 10:00:00', order_delivered_carrier_date: '2017-06-06 12:00:00',
    order_delivered_customer_date: '2017-06-20 15:00:00', order_estimated_delivery_date: '2017-06-19 00:00:00',
    items: [{ order_item_id: 1, price: 100, freight_value: 20 }], payments: [{ payment_sequential: 1, payment_type: 'credit_card', payment_value: 120 }],
    ...more,
  };
}

const review = (n: number, comment: string) => ({
  review_id: `ir${n}`, order_id: `io${n}`, review_score: 1, review_comment_title: '', review_comment_message: comment,
  review_creation_date: '2017-06-21 00:00:00', review_answer_timestamp: '2017-06-22 10:00:00',
});

const seq = async () => Number((await fixture.pool.query('SELECT seq FROM hub_sequence')).rows[0].seq);
const hubOrder = async (key: string) =>
  (await fixture.pool.query("SELECT o.status, o.currency, o.amount_local, o.region FROM orders o JOIN import_keys k ON k.local_id = o.id AND k.entity = 'order' WHERE k.source_key = $1", [key])).rows;

describe('who may ingest', () => {
  it('refuses a console token, an unknown token and a token for other regions, and writes nothing', async () => {
    const before = await seq();
    const batch = ndjson([order(90)]);
    expect(await post('orders', batch, TOKENS.ana)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await post('orders', batch, TOKENS.ana)).body.error.message).toContain('service token');
    expect(await post('orders', batch, 'opshub_not-a-token-at-all')).toMatchObject({ status: 401 });
    const other = await post('orders', batch, eu);
    expect(other).toMatchObject({ status: 403, body: { error: { code: 'forbidden', field: 'region' } } });
    expect(other.body.error.message).toContain('region LATAM');
    expect(await seq()).toBe(before);
    expect(await hubOrder('io90')).toEqual([]);
  });

  it('refuses a service token anything but ingest', async () => {
    const pull = await fetch(`${fixture.hub.url}/v1/pull`, { method: 'POST', headers: { authorization: `Bearer ${latam}` }, body: '{}' });
    expect(pull.status).toBe(401);
    const me = await fetch(`${fixture.hub.url}/v1/me`, { headers: { authorization: `Bearer ${latam}` } });
    expect(me.status).toBe(401);
  });

  it('names what is wrong with the request itself', async () => {
    expect(await post('parcels', '', latam)).toMatchObject({ status: 404, body: { error: { field: 'table' } } });
    expect(await post('constructor', '', latam)).toMatchObject({ status: 404, body: { error: { field: 'table' } } });
    expect(await post('orders', '', latam, '?source=shopify')).toMatchObject({ status: 400, body: { error: { field: 'source' } } });
    expect(await post('orders', '', latam, '?source=constructor')).toMatchObject({ status: 400, body: { error: { field: 'source' } } });
    const get_ = await fetch(`${fixture.hub.url}/v1/ingest/orders?source=olist`, { headers: { authorization: `Bearer ${latam}` } });
    expect(get_.status).toBe(405);
  });
});

describe('a batch', () => {
  it('is written once: the same batch again changes and announces nothing, a changed order is one change, a new id is inserted', async () => {
    const first = await post('orders', ndjson([order(1), order(2)]), latam);
    expect(first).toMatchObject({ status: 200, body: { lines: 2, rejected: 0, written: { customers: 2, orders: 2, feedback: 0 } } });
    expect(await hubOrder('io1')).toEqual([{ status: 'delivered', currency: 'BRL', amount_local: 120, region: 'LATAM' }]);

    const before = await seq();
    const again = await post('orders', ndjson([order(1), order(2)]), latam);
    expect(again).toMatchObject({ status: 200, body: { rejected: 0, written: { customers: 0, orders: 0, feedback: 0 }, changes: 0 } });
    expect(await seq()).toBe(before);

    const changed = await post('orders', ndjson([order(1), order(2, { order_status: 'shipped', order_delivered_customer_date: null })]), latam);
    expect(changed).toMatchObject({ status: 200, body: { written: { customers: 0, orders: 1, feedback: 0 }, changes: 1 } });
    expect(await seq()).toBe(before + 1);
    expect(await hubOrder('io2')).toMatchObject([{ status: 'shipped' }]);

    const added = await post('orders', ndjson([order(3)]), latam);
    expect(added.body.written).toEqual({ customers: 1, orders: 1, feedback: 0 });
    expect(await hubOrder('io3')).toHaveLength(1);
  });

  it("counts a person's orders across batches: a batch reads of the hub all that its persons already have", async () => {
    await post('orders', ndjson([order(60, { customer_unique_id: 'ip-many' })]), latam);
    const second = await post('orders', ndjson([order(61, { customer_unique_id: 'ip-many', items: [{ order_item_id: 1, price: 50, freight_value: 0 }] })]), latam);
    expect(second.body.written).toEqual({ customers: 1, orders: 1, feedback: 0 });
    const customer = (await fixture.pool.query(
      "SELECT c.orders_count, c.segment FROM customers c JOIN import_keys k ON k.local_id = c.id AND k.entity = 'person' WHERE k.source_key = 'ip-many'",
    )).rows;
    expect(customer).toEqual([{ orders_count: 2, segment: 'regular' }]);
  });

  it('takes batches sent at once one after another, each whole', async () => {
    const answers = await Promise.all([40, 41, 42].map((n) => post('orders', ndjson([order(n), order(n + 100)]), latam)));
    expect(answers.map((a) => [a.status, a.body.written.orders])).toEqual([[200, 2], [200, 2], [200, 2]]);
    const ids = (await fixture.pool.query("SELECT local_id FROM import_keys WHERE entity = 'order' AND source_key = ANY($1)", [['io40', 'io41', 'io42', 'io140', 'io141', 'io142']])).rows;
    expect(new Set(ids.map((r) => r.local_id)).size).toBe(6);
  });

  it('comes back with each bad line, its field, value and reason, and the good lines written', async () => {
    const lines = [
      order(10),
      '{"order_id": "io11", ',
      order(12, { order_purchase_timestamp: 'yesterday' }),
      order(13, { items: 'one' }),
      order(14, { customer_state: { name: 'SP' } }),
      ['an', 'array'],
    ];
    const { status, body } = await post('orders', ndjson(lines), latam);
    expect(status).toBe(200);
    expect(body).toMatchObject({ lines: 6, rejected: 5, written: { orders: 1 } });
    const byLine = Object.fromEntries((body.rejects as { line: number }[]).map((r) => [r.line, r]));
    expect(byLine[2]).toMatchObject({ field: '', reason: expect.stringContaining('not JSON') });
    expect(byLine[3]).toMatchObject({ field: 'order_purchase_timestamp', value: 'yesterday' });
    expect(byLine[4]).toMatchObject({ field: 'items', reason: 'items is not an array' });
    expect(byLine[5]).toMatchObject({ field: 'customer_state', value: '{"name":"SP"}' });
    expect(byLine[6]).toMatchObject({ reason: 'the line is not a JSON object' });
    expect(await hubOrder('io10')).toHaveLength(1);
    expect(await hubOrder('io12')).toEqual([]);

    const run = (await fixture.pool.query('SELECT source, origin, state, records, rejected, written_orders FROM import_runs WHERE id = $1', [body.runId])).rows;
    expect(run).toEqual([{ source: 'olist', origin: expect.stringMatching(/^ingest orders \(service token #\d+ feed LATAM\)$/), state: 'done', records: 6, rejected: 5, written_orders: 1 }]);
    const kept = (await fixture.pool.query('SELECT file, line, column_name, value FROM import_rejects WHERE run_id = $1 ORDER BY line', [body.runId])).rows;
    expect(kept.map((r) => r.line)).toEqual([2, 3, 4, 5, 6]);
    expect(kept[1]).toEqual({ file: 'orders.ndjson', line: 3, column_name: 'order_purchase_timestamp', value: 'yesterday' });
  });

  it('quarantines a line past the record limit and refuses a batch past the size cap, and the hub goes on answering', async () => {
    const long = JSON.stringify(order(20, { customer_city: 'x'.repeat(2 << 20) }));
    const { status, body } = await post('orders', ndjson([long, order(21)]), latam);
    expect(status).toBe(200);
    expect(body.rejects).toEqual([expect.objectContaining({ line: 1, reason: expect.stringContaining('longer than') })]);
    expect(await hubOrder('io21')).toHaveLength(1);

    const huge = Buffer.alloc(MAX_BATCH_BYTES + 1024, '\n');
    expect(await post('orders', huge, latam)).toMatchObject({ status: 413, body: { error: { code: 'too_large' } } });
    expect((await fixture.pool.query('SELECT state FROM import_runs ORDER BY id DESC LIMIT 1')).rows).toEqual([{ state: 'refused' }]);
    expect((await fetch(`${fixture.hub.url}/v1/health`)).status).toBe(200);
  }, 60_000);
});

describe('a request cut off', () => {
  it('midway through its body is recorded as failed, and the hub goes on answering', async () => {
    const { hostname, port } = new URL(fixture.hub.url);
    const line = `${JSON.stringify(order(50))}\n`;
    await new Promise<void>((resolve, reject) => {
      const socket = connect(Number(port), hostname, () => {
        socket.write(
          `POST /v1/ingest/orders?source=olist HTTP/1.1\r\nHost: hub\r\nAuthorization: Bearer ${latam}\r\nContent-Length: 100000\r\n\r\n${line}`,
          () => setTimeout(() => socket.destroy(), 200),
        );
      });
      socket.on('close', () => resolve());
      socket.on('error', reject);
    });
    let state = 'running';
    for (let tries = 0; state === 'running' && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      state = (await fixture.pool.query('SELECT state FROM import_runs ORDER BY id DESC LIMIT 1')).rows[0].state;
    }
    expect(state).toBe('failed');
    expect(await hubOrder('io50')).toEqual([]);
    expect((await fetch(`${fixture.hub.url}/v1/health`)).status).toBe(200);
  });
});

describe('reviews ingested', () => {
  let console_: SyncConsole;
  afterAll(() => console_?.close());

  it('reach a signed-in console as feedback on their order, and so does a changed comment', async () => {
    await post('orders', ndjson([order(30)]), latam);
    const first = await post('reviews', ndjson([review(30, 'Ainda não recebi o pedido')]), latam);
    expect(first).toMatchObject({ status: 200, body: { rejected: 0, written: { feedback: 1 } } });
    console_ = syncConsole();
    console_.signIn(fixture.hub.url, TOKENS.ana);
    await console_.sync();
    const orderId = (await fixture.pool.query("SELECT local_id FROM import_keys WHERE entity = 'order' AND source_key = 'io30'")).rows[0].local_id;
    expect(get(console_.db, "SELECT order_id, language FROM feedback WHERE text = 'Ainda não recebi o pedido'")).toEqual({ order_id: orderId, language: 'pt' });

    const changed = await post('reviews', ndjson([review(30, 'Recebi com dez dias de atraso')]), latam);
    expect(changed.body).toMatchObject({ written: { feedback: 1 }, changes: 1 });
    await console_.sync();
    expect(get(console_.db, 'SELECT text FROM feedback WHERE order_id = ?', [orderId])).toEqual({ text: 'Recebi com dez dias de atraso' });
  }, 60_000);
});
