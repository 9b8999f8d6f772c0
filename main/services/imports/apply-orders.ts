// Orders from the staged orders, their lines (the amount: prices and freight) and payments (the method), with
// amounts kept in the source's currency and converted to US dollars at the rate of the day they were placed.
import type { Db } from '../../db/open';
import { all, run, type SqlValue } from '../../db/statement-cache';
import type { SourceMapping } from '../../ingest/mapping';
import { wallClock } from '../../ingest/local-time';
import { insertMany } from '../../db/insert-many';
import { contentHash, IdAllocator, keyRows } from './keys';
import type { RateBook } from './rates';
import type { Reject } from '../../ingest/read-entity';
import type { Pause, Tally } from './tally';

const BATCH = 2_000;

interface StagedOrder {
  rowid: number;
  key: string;
  status: string;
  placed_at: number;
  shipped_at: number | null;
  delivered_at: number | null;
  estimated_delivery_at: number;
  customer_id: number;
  price: number | null;
  freight: number | null;
  method: string | null;
  _line: number;
}

/** Each staged order's lines summed once, in one pass in key order: a page then reads one row per order for both sums. */
const TOTALS_SQL = `
  CREATE TEMP TABLE stage_order_totals ("order" PRIMARY KEY, price, freight) WITHOUT ROWID;
  INSERT INTO temp.stage_order_totals SELECT "order", sum(price), sum(freight) FROM temp.stage_order_lines GROUP BY "order";`;

const ORDERS_SQL = `
  SELECT o.rowid, o."key", o.status, o.placed_at, o.shipped_at, o.delivered_at, o.estimated_delivery_at, k.local_id AS customer_id, o._line,
    t.price, t.freight,
    (SELECT method FROM temp.stage_payments p WHERE p."order" = o."key" ORDER BY p.seq LIMIT 1) AS method
  FROM temp.stage_orders o CROSS JOIN temp.stage_customers c ON c."key" = o.customer
    CROSS JOIN import_keys k ON k.source = ? AND k.entity = 'person' AND k.source_key = c.person
    LEFT JOIN temp.stage_order_totals t ON t."order" = o."key"
  WHERE o.rowid > ? ORDER BY o.rowid LIMIT ?`;
// CROSS JOIN keeps the staged orders outermost: a page is a range of their rowids, each looked up by key from there.

const COLUMNS = [
  'customer_id', 'region', 'country', 'status', 'carrier', 'tracking_number', 'fulfilment', 'currency', 'amount_local', 'amount_usd',
  'shipping_fee_usd', 'duties_usd', 'payment_method', 'promo_code', 'placed_at', 'shipped_at', 'customs_entered_at',
  'customs_cleared_at', 'estimated_delivery_at', 'delivered_at',
] as const;
const INSERT_INTO = `INSERT INTO orders (id, ${COLUMNS.join(', ')})`;
const UPDATE_SQL = `UPDATE orders SET ${COLUMNS.map((c) => `${c} = ?`).join(', ')} WHERE id = ?`;

const cents = (amount: number) => Math.round(amount * 100) / 100;

export async function applyOrders(db: Db, mapping: SourceMapping, rates: RateBook, tally: Tally, reject: (r: Reject) => void, pause: Pause, idsAfter = 0): Promise<void> {
  const ids = new IdAllocator(db, 'orders', idsAfter);
  const wall = wallClock(mapping.timeZone);
  const file = mapping.entities.orders?.file ?? '';
  const write = db.transaction((page: StagedOrder[]) => {
    const priced: { key: string; row: SqlValue[] }[] = [];
    for (const o of page) {
      const day = new Date(wall(o.placed_at)).toISOString().slice(0, 10);
      const rate = rates.rateOn(mapping.currency, day);
      if (rate === null) {
        reject({ file, line: o._line, column: 'placed_at', value: day, reason: `no ${mapping.currency} rate on or before ${day} in ${mapping.rates.file}`, record: null });
        continue;
      }
      const local = cents((o.price ?? 0) + (o.freight ?? 0));
      const row = [
        o.customer_id, mapping.region, mapping.country, o.status, mapping.customers.carrier, '', mapping.customers.fulfilment, mapping.currency, local,
        cents(local / rate), cents((o.freight ?? 0) / rate), 0, o.method ?? '', null, o.placed_at, o.shipped_at, null, null,
        o.estimated_delivery_at, o.delivered_at,
      ];
      priced.push({ key: o.key, row });
    }
    const keyed = keyRows(db, mapping.source, 'order', priced.map((p) => ({ key: p.key, content: contentHash(p.row) })), ids);
    const inserts: SqlValue[][] = [];
    keyed.forEach((k, i) => {
      const { row } = priced[i] as { row: SqlValue[] };
      tally[k.change]++;
      if (k.change === 'inserted') inserts.push([k.id, ...row]);
      else if (k.change === 'updated') run(db, UPDATE_SQL, [...row, k.id]);
    });
    insertMany(db, INSERT_INTO, inserts);
  });
  db.exec(TOTALS_SQL);
  try {
    let after = 0;
    for (;;) {
      const page = all<StagedOrder>(db, ORDERS_SQL, [mapping.source, after, BATCH]);
      if (page.length === 0) return;
      write(page);
      await pause();
      after = (page.at(-1) as StagedOrder).rowid;
    }
  } finally {
    db.exec('DROP TABLE temp.stage_order_totals');
  }
}
