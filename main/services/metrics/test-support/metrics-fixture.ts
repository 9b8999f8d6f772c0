// A small, hand-made store for the metrics tests: region EA reports in Asia/Tokyo (UTC+9, so its Monday starts
// on Sunday in UTC) across the 2026-W53 / 2027-W01 year boundary; region EU has no data at all. Every row a test
// asserts on is written out here, and the tests state the values they expect from them.
import type { Db } from '../../../db/open';
import { openDatabase } from '../../../db/open';
import { run, type SqlValue } from '../../../db/statement-cache';
import { tempDbFile } from '../../../test-support/fixture-db';

/** An instant given as Tokyo wall-clock time. */
export function jst(year: number, month: number, day: number, hour = 12, minute = 0): number {
  return Date.UTC(year, month - 1, day, hour - 9, minute);
}

const HOUR = 3_600_000;

export interface MetricsFixture {
  db: Db;
  file: string;
  cleanup(): void;
}

interface OrderSeed {
  id: number;
  customer: number;
  placedAt: number;
  usd: number;
  carrier?: string;
  shippedAt?: number | null;
  estimatedAt?: number;
  deliveredAt?: number | null;
}

interface FeedbackSeed {
  id: number;
  customer: number;
  order: number | null;
  category: string;
  priority: string;
  createdAt: number;
  slaHours: number;
  firstResponseAt: number | null;
  resolvedAt: number | null;
  text?: string;
}

export function insertOrder(db: Db, o: OrderSeed): void {
  run(
    db,
    `INSERT INTO orders (id, customer_id, region, country, status, carrier, tracking_number, fulfilment, currency, amount_local,
                         amount_usd, shipping_fee_usd, duties_usd, payment_method, placed_at, shipped_at, estimated_delivery_at, delivered_at)
     VALUES (?, ?, 'EA', 'JP', ?, ?, ?, 'overseas_warehouse', 'USD', ?, ?, 0, 0, 'card', ?, ?, ?, ?)`,
    [
      o.id,
      o.customer,
      o.deliveredAt ? 'delivered' : o.shippedAt ? 'shipped' : 'paid',
      o.carrier ?? 'Yamato',
      `T${o.id}`,
      o.usd,
      o.usd,
      o.placedAt,
      o.shippedAt ?? null,
      o.estimatedAt ?? o.placedAt + 72 * HOUR,
      o.deliveredAt ?? null,
    ],
  );
}

export function insertFeedback(db: Db, f: FeedbackSeed): void {
  run(
    db,
    `INSERT INTO feedback (id, customer_id, order_id, region, country, channel, language, text, category, status, priority,
                           created_at, updated_at, sla_due_at, first_response_at, resolved_at)
     VALUES (?, ?, ?, 'EA', 'JP', 'app', 'en', ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      f.id,
      f.customer,
      f.order,
      f.text ?? `Feedback ${f.id}`,
      f.category,
      f.resolvedAt !== null ? 'resolved' : f.firstResponseAt !== null ? 'in_progress' : 'new',
      f.priority,
      f.createdAt,
      f.createdAt,
      f.createdAt + f.slaHours * HOUR,
      f.firstResponseAt,
      f.resolvedAt,
    ],
  );
}

export function metricsFixture(): MetricsFixture {
  const { file, cleanup } = tempDbFile();
  const db = openDatabase(file);
  db.exec(`
    INSERT INTO regions VALUES ('EA', 'East Asia', 'JPY', 'Asia/Tokyo', 'ja-JP'), ('EU', 'Europe', 'EUR', 'Europe/Berlin', 'de-DE');
    INSERT INTO people VALUES (1, 'Yuki Tanaka', 'yuki@example.test', 'manager'), (2, 'Jonas Weber', 'jonas@example.test', 'operator');
    INSERT INTO people_regions VALUES (1, 'EA'), (1, 'EU'), (2, 'EU');
    INSERT INTO settings VALUES ('current_person_id', '1');
  `);
  const customer = (...values: SqlValue[]) =>
    run(db, `INSERT INTO customers (id, region, country, name, email, signup_at, signup_channel, segment) VALUES (?, 'EA', 'JP', ?, ?, ?, ?, 'regular')`, values);
  customer(1, 'Haruto Sato', 'haruto@example.test', jst(2026, 12, 28, 10), 'tiktok'); // 2026-W53
  customer(2, 'Yui Suzuki', 'yui@example.test', jst(2027, 1, 4, 1), 'search'); // Monday 01:00 in Tokyo, Sunday in UTC: 2027-W01
  customer(3, 'Ren Ito', 'ren@example.test', jst(2027, 1, 5, 12), 'search'); // 2027-W01
  customer(4, 'Aoi Kato', 'aoi@example.test', jst(2025, 12, 29, 9), 'tiktok'); // 2026-W01, 52 weeks before 2026-W53
  customer(5, 'Sota Yamada', 'sota@example.test', jst(2026, 1, 5, 9), 'kol'); // 2026-W02, 52 weeks before 2027-W01
  customer(6, 'Hina Kobayashi', 'hina@example.test', jst(2026, 12, 5, 20), 'referral'); // 30 days before 2027-01-04

  const activity = (...values: SqlValue[]) => run(db, "INSERT INTO customer_activity (customer_id, day, region) VALUES (?, ?, 'EA')", values);
  for (const [id, day] of [
    [1, '2026-12-28'],
    [1, '2026-12-29'],
    [1, '2027-01-04'],
    [2, '2027-01-04'],
    [3, '2027-01-06'],
    [4, '2027-01-03'],
    [4, '2027-01-10'],
    [6, '2027-01-04'],
  ] as const) {
    activity(id, day);
  }

  const spend = (...values: SqlValue[]) => run(db, "INSERT INTO marketing_spend (region, channel, day, amount_usd, campaign) VALUES ('EA', ?, ?, ?, ?)", values);
  spend('tiktok', '2025-12-29', 40, null);
  spend('kol', '2026-01-05', 25, 'KOL new year');
  spend('tiktok', '2026-12-28', 30, null);
  spend('search', '2027-01-03', 20, null);
  spend('search', '2027-01-04', 50, null);
  spend('kol', '2027-01-10', 10, null);
  spend('tiktok', '2027-01-11', 99, null);

  const funnel = (...values: SqlValue[]) =>
    run(db, "INSERT INTO daily_funnel (region, channel, day, visits, product_views, add_to_cart, checkout_started, orders) VALUES ('EA', ?, ?, ?, ?, ?, ?, ?)", values);
  funnel('tiktok', '2026-12-28', 60, 30, 8, 4, 2);
  funnel('search', '2027-01-03', 40, 20, 5, 2, 1);
  funnel('search', '2027-01-04', 80, 50, 10, 5, 2);

  insertOrder(db, { id: 1, customer: 4, placedAt: jst(2026, 1, 10), usd: 100, shippedAt: jst(2026, 1, 11), deliveredAt: jst(2026, 1, 13) });
  insertOrder(db, {
    id: 2,
    customer: 4,
    placedAt: jst(2026, 12, 30),
    usd: 250,
    carrier: 'Japan Post',
    shippedAt: jst(2026, 12, 31),
    estimatedAt: jst(2027, 1, 2, 9),
    deliveredAt: jst(2027, 1, 2, 22), // later in the day, on the estimated date: not late
  });
  insertOrder(db, { id: 3, customer: 1, placedAt: jst(2026, 12, 28, 11), usd: 40, shippedAt: jst(2026, 12, 29), estimatedAt: jst(2027, 1, 1), deliveredAt: jst(2027, 1, 3, 20) });
  insertOrder(db, {
    id: 4,
    customer: 1,
    placedAt: jst(2026, 12, 29, 11),
    usd: 60,
    carrier: 'Japan Post',
    shippedAt: jst(2026, 12, 30),
    estimatedAt: jst(2027, 1, 3),
    deliveredAt: jst(2027, 1, 4, 1), // Monday 01:00 in Tokyo: delivered in 2027-W01, a day late
  });
  insertOrder(db, { id: 5, customer: 2, placedAt: jst(2027, 1, 4, 0, 30), usd: 500, shippedAt: jst(2027, 1, 5) });
  insertOrder(db, { id: 6, customer: 5, placedAt: jst(2026, 1, 6, 10), usd: 300, shippedAt: jst(2026, 1, 7), deliveredAt: jst(2026, 1, 9) });
  insertOrder(db, { id: 7, customer: 5, placedAt: jst(2027, 1, 5, 10), usd: 210, shippedAt: jst(2027, 1, 6), estimatedAt: jst(2027, 1, 9), deliveredAt: jst(2027, 1, 8) });
  insertOrder(db, { id: 8, customer: 4, placedAt: jst(2027, 1, 11, 10), usd: 80 });

  insertFeedback(db, {
    id: 1,
    customer: 1,
    order: 3,
    category: 'late_delivery',
    priority: 'P2',
    createdAt: jst(2027, 1, 2, 12),
    slaHours: 24,
    firstResponseAt: jst(2027, 1, 3, 11),
    resolvedAt: jst(2027, 1, 4, 12),
    text: 'Order #3 is late. Call me on +81 90-1234-5678 or mail haruto@example.test, Haruto Sato',
  });
  insertFeedback(db, {
    id: 2,
    customer: 4,
    order: 2,
    category: 'damaged',
    priority: 'P1',
    createdAt: jst(2027, 1, 3, 20),
    slaHours: 4, // due Monday 00:00 in Tokyo: the first instant of 2027-W01
    firstResponseAt: jst(2027, 1, 4, 0),
    resolvedAt: null,
  });
  insertFeedback(db, {
    id: 3,
    customer: 2,
    order: null,
    category: 'account',
    priority: 'P3',
    createdAt: jst(2027, 1, 5, 10),
    slaHours: 72,
    firstResponseAt: jst(2027, 1, 9, 10),
    resolvedAt: jst(2027, 1, 9, 11),
  });
  insertFeedback(db, {
    id: 4,
    customer: 5,
    order: 7,
    category: 'returns',
    priority: 'P4',
    createdAt: jst(2027, 1, 7, 10),
    slaHours: 168,
    firstResponseAt: jst(2027, 1, 7, 12),
    resolvedAt: null,
  });

  db.exec("INSERT INTO weekly_targets VALUES ('EA', '2027-W01', 'new_customers', 3), ('EA', '2027-W01', 'sla_attainment', 0.9)");

  return {
    db,
    file,
    cleanup: () => {
      db.close();
      cleanup();
    },
  };
}
