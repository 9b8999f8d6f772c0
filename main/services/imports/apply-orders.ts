// Orders from the staged orders, their lines (the amount: prices and freight) and payments (the method), with
// amounts kept in the source's currency and converted to US dollars at the rate of the day they were placed.
// A page is priced, keyed and written in SQL (temp.order_page): its rows never travel through JS, which was most of
// what writing a million-record export cost; only an order without a rate comes back, to be rejected.
import { DAY_MS } from '../../../shared/domain';
import type { Db } from '../../db/open';
import { all, run, value } from '../../db/statement-cache';
import type { SourceMapping } from '../../ingest/mapping';
import { wallClock } from '../../ingest/local-time';
import { IdAllocator, keyPage, registerKeyFunctions, writePages } from './keys';
import type { RateBook } from './rates';
import type { Reject } from '../../ingest/read-entity';
import type { Pause, Tally } from './tally';

const BATCH = 5_000;

/** Each staged order's lines summed once, in one pass in key order: a page then reads one row per order for both sums. */
const TOTALS_SQL = `
  CREATE TEMP TABLE stage_order_totals ("order" PRIMARY KEY, price, freight) WITHOUT ROWID;
  INSERT INTO temp.stage_order_totals SELECT "order", sum(price), sum(freight) FROM temp.stage_order_lines GROUP BY "order";
  CREATE TEMP TABLE order_page (seq INTEGER PRIMARY KEY, "key", content, id, change, line, rate, customer_id, status, amount_local,
    freight, payment_method, placed_at, shipped_at, estimated_delivery_at, delivered_at);`;
const DROP_SQL = 'DROP TABLE temp.stage_order_totals; DROP TABLE temp.order_page';

const COLUMNS = [
  'customer_id', 'region', 'country', 'status', 'carrier', 'tracking_number', 'fulfilment', 'currency', 'amount_local', 'amount_usd',
  'shipping_fee_usd', 'duties_usd', 'payment_method', 'promo_code', 'placed_at', 'shipped_at', 'customs_entered_at',
  'customs_cleared_at', 'estimated_delivery_at', 'delivered_at',
] as const;
/** An order's values in COLUMNS' order from a page row `p` (named parameters: the mapping's constants). */
const VALUES = `p.customer_id, @region, @country, p.status, @carrier, '', @fulfilment, @currency, p.amount_local, import_cents(p.amount_local / p.rate),
  import_cents(p.freight / p.rate), 0, p.payment_method, NULL, p.placed_at, p.shipped_at, NULL, NULL, p.estimated_delivery_at, p.delivered_at`;
/** A page of staged orders (a range of their rowids, in order) with the rate of their day (or none) and their content. */
const PAGE_SQL = `
  INSERT INTO temp.order_page (seq, "key", line, rate, customer_id, status, amount_local, freight, payment_method, placed_at, shipped_at,
    estimated_delivery_at, delivered_at, content)
  SELECT p.*, content_hash(${VALUES}) FROM (
    SELECT o.rowid AS seq, o."key", o._line, import_rate(o.placed_at) AS rate, k.local_id AS customer_id, o.status,
      import_cents(coalesce(t.price, 0) + coalesce(t.freight, 0)) AS amount_local, coalesce(t.freight, 0) AS freight,
      coalesce((SELECT method FROM temp.stage_payments p WHERE p."order" = o."key" ORDER BY p.seq LIMIT 1), '') AS payment_method,
      o.placed_at, o.shipped_at, o.estimated_delivery_at, o.delivered_at
    FROM temp.stage_orders o CROSS JOIN temp.stage_customers c ON c."key" = o.customer
      CROSS JOIN import_keys k ON k.source = @source AND k.entity = 'person' AND k.source_key = c.person
      LEFT JOIN temp.stage_order_totals t ON t."order" = o."key"
    WHERE o.rowid > @after ORDER BY o.rowid LIMIT @limit
  ) AS p`;
// CROSS JOIN keeps the staged orders outermost: a page is a range of their rowids, each looked up by key from there.

const INSERT_SQL = `INSERT INTO orders (id, ${COLUMNS.join(', ')}) SELECT p.id, ${VALUES} FROM temp.order_page p WHERE p.change = 'inserted' ORDER BY p.id`;
const UPDATE_SQL = `UPDATE orders SET (${COLUMNS.join(', ')}) = (SELECT ${VALUES}) FROM temp.order_page p WHERE p.change = 'updated' AND orders.id = p.id`;

const cents = (amount: number) => Math.round(amount * 100) / 100;

export async function applyOrders(db: Db, mapping: SourceMapping, rates: RateBook, tally: Tally, reject: (r: Reject) => void, pause: Pause, idsAfter = 0): Promise<void> {
  const ids = new IdAllocator(db, 'orders', idsAfter);
  const wall = wallClock(mapping.timeZone);
  const dayOf = (placedAt: number) => new Date(wall(placedAt)).toISOString().slice(0, 10);
  // Per day of the zone's calendar: formatting a date per order was a measurable part of writing a million.
  const rateByDay = new Map<number, number | null>();
  const rateAt = (placedAt: number) => {
    const day = Math.floor(wall(placedAt) / DAY_MS);
    let rate = rateByDay.get(day);
    if (rate === undefined) rateByDay.set(day, (rate = rates.rateOn(mapping.currency, dayOf(placedAt))));
    return rate;
  };
  const file = mapping.entities.orders?.file ?? '';
  const constants = { region: mapping.region, country: mapping.country, carrier: mapping.customers.carrier, fulfilment: mapping.customers.fulfilment, currency: mapping.currency };
  registerKeyFunctions(db);
  db.function('import_cents', { deterministic: true }, (amount: unknown) => (typeof amount === 'number' ? cents(amount) : null));
  db.function('import_rate', { deterministic: true }, (placedAt: unknown) => rateAt(placedAt as number));
  /** Writes a page; the last staged rowid it held, or null when there are no more. */
  const write = db.transaction((after: number): number | null => {
    run(db, 'DELETE FROM temp.order_page');
    if (run(db, PAGE_SQL, { source: mapping.source, after, limit: BATCH, ...constants }).changes === 0) return null;
    const last = value<number>(db, 'SELECT max(seq) FROM temp.order_page') as number;
    for (const o of all<{ seq: number; line: number; placed_at: number }>(db, 'SELECT seq, line, placed_at FROM temp.order_page WHERE rate IS NULL')) {
      const day = dayOf(o.placed_at);
      reject({ file, line: o.line, column: 'placed_at', value: day, reason: `no ${mapping.currency} rate on or before ${day} in ${mapping.rates.file}`, record: null });
    }
    run(db, 'DELETE FROM temp.order_page WHERE rate IS NULL');
    keyPage(db, 'temp.order_page', mapping.source, 'order', ids, tally);
    run(db, INSERT_SQL, constants);
    run(db, UPDATE_SQL, constants);
    return last;
  });
  await writePages(db, { create: TOTALS_SQL, drop: DROP_SQL }, 0, write, pause);
}
