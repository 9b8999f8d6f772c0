// Migration 002 (growth metrics) adds the weekly rollup and the triggers that derive, from every later change to
// customers, orders, feedback and the growth tables, the earliest time the rollup must recompute from. A file from
// before it has rows the rollup never saw: it must start empty (no coverage, so the first report computes every
// week from the tables) and every change after the migration must be noted.
import type Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  databaseAtVersion,
  freshSchema,
  insertBaseRows,
  insertFeedback,
  schemaOf,
  schemaVersion,
  type OldDatabase,
} from '../test-support/migration-db';
import { openDatabase } from './open';
import { all, run, value } from './statement-cache';

let old: OldDatabase;
afterEach(() => old.cleanup());

const DAY_MS = 86_400_000;
const FEEDBACK_AT = Date.UTC(2026, 10, 3);

const staleSince = (db: Database.Database) =>
  Object.fromEntries(
    all<{ source: string; since: number }>(db, "SELECT source, since FROM metrics_stale WHERE region = 'SEA'").map((row) => [row.source, row.since]),
  );

function upgradedFromVersion1(): Database.Database {
  old = databaseAtVersion(1);
  insertBaseRows(old.db);
  insertFeedback(old.db, 1, 'en', 'Parcel stuck in customs', FEEDBACK_AT);
  expect(schemaVersion(old.db)).toBe(1);
  old.db.close();
  return openDatabase(old.file);
}

describe('migration 002, growth metrics', () => {
  it('keeps every row and starts the rollup empty, so the first report computes all of it', () => {
    const db = upgradedFromVersion1();
    expect(schemaOf(db)).toEqual(freshSchema());
    expect(value(db, 'SELECT count(*) FROM customers')).toBe(1);
    expect(value(db, 'SELECT count(*) FROM orders')).toBe(1);
    expect(value(db, 'SELECT count(*) FROM feedback')).toBe(1);
    for (const table of ['metrics_weekly', 'metrics_coverage', 'metrics_stale', 'marketing_spend', 'customer_activity']) {
      expect(value(db, `SELECT count(*) FROM ${table}`), table).toBe(0);
    }
    db.close();
  });

  it('notes the earliest time each later change touches, old rows and new alike', () => {
    const db = upgradedFromVersion1();
    const earlier = Date.UTC(2026, 9, 20);
    // An old feedback item moved a week back: the rollup must recompute from the earlier of the two times.
    run(db, 'UPDATE feedback SET created_at = ? WHERE id = 1', [FEEDBACK_AT - 7 * DAY_MS]);
    run(
      db,
      `INSERT INTO orders (id, customer_id, region, country, status, carrier, tracking_number, fulfilment, currency, amount_local,
                           amount_usd, shipping_fee_usd, duties_usd, payment_method, placed_at, estimated_delivery_at)
       VALUES (101, 10, 'SEA', 'TH', 'placed', 'Flash Express', 'FE1', 'cross_border', 'THB', 700, 20, 2, 0, 'card', ?, ?)`,
      [earlier, earlier + 7 * DAY_MS],
    );
    // Days are local: a day's row marks from a day before its UTC midnight, early enough for every time zone.
    run(db, "INSERT INTO customer_activity VALUES ('SEA', '2026-11-05', 10)");
    expect(staleSince(db)).toEqual({
      feedback: FEEDBACK_AT - 7 * DAY_MS,
      orders: earlier,
      activity: Date.UTC(2026, 10, 4),
    });
    db.close();
  });

  it('forgets a region’s rollup when its reporting time zone changes', () => {
    const db = upgradedFromVersion1();
    run(db, "INSERT INTO metrics_coverage VALUES ('SEA', 'orders', '2026-W40', '2026-W45')");
    run(db, "UPDATE regions SET time_zone = 'Asia/Bangkok' WHERE code = 'SEA'");
    expect(value(db, 'SELECT count(*) FROM metrics_coverage')).toBe(0);
    db.close();
  });
});
