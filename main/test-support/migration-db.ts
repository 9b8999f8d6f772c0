// A console database as an older console left it: migrated up to a version and no further, for the test of the
// migration after it. The test puts rows in, closes it, and opens the file again with openDatabase(), which
// migrates the rest exactly as a newer console does at its first start. Every migration that moves or derives
// data has such a test of its own, named for it: main/db/migration-NNN.test.ts.
import Database from 'better-sqlite3';
import { textBigrams } from '../db/bigrams';
import { loadMigrations, migrate } from '../db/migrate';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from '../db/open';
import { tempDbFile } from './fixture-db';
import { all, run, value } from '../db/statement-cache';

export interface OldDatabase {
  db: Database.Database;
  file: string;
  cleanup(): void;
}

export function databaseAtVersion(version: number): OldDatabase {
  const { file, cleanup } = tempDbFile();
  const db = new Database(file);
  db.pragma('foreign_keys = ON');
  // Consoles from migration 004 on registered it on every connection; its triggers call it on every feedback write.
  db.function('text_bigrams', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? textBigrams(text) : ''));
  migrate(db, loadMigrations(DEFAULT_MIGRATIONS_DIR), { toVersion: version });
  return { db, file, cleanup };
}

export const schemaVersion = (db: Database.Database): number =>
  value<number>(db, 'SELECT max(version) FROM schema_migrations') ?? 0;

/** Every table, index, trigger and view, by name, with the SQL that made it. */
export const schemaOf = (db: Database.Database): unknown[] =>
  all(db, 'SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY name');

/** The schema of a file a console of today creates: an upgraded file must end up with the same. */
export function freshSchema(): unknown[] {
  const { file, cleanup } = tempDbFile();
  const db = openDatabase(file);
  try {
    return schemaOf(db);
  } finally {
    db.close();
    cleanup();
  }
}

/** One region (SEA, Singapore time), one customer and one order: what the rows of a migration's test hang off. */
export function insertBaseRows(db: Database.Database): void {
  db.exec(`
    INSERT INTO regions VALUES ('SEA', 'Southeast Asia', 'SGD', 'Asia/Singapore', 'en-SG');
    INSERT INTO customers (id, region, country, name, email, signup_at, signup_channel, segment)
      VALUES (10, 'SEA', 'TH', 'Somchai Dee', 'somchai@example.test', ${Date.UTC(2026, 9, 1)}, 'tiktok', 'new');
    INSERT INTO orders (id, customer_id, region, country, status, carrier, tracking_number, fulfilment, currency,
                        amount_local, amount_usd, shipping_fee_usd, duties_usd, payment_method, placed_at, estimated_delivery_at)
      VALUES (100, 10, 'SEA', 'TH', 'shipped', 'Kerry Express', 'KE1', 'cross_border', 'THB', 3500, 100, 4, 0, 'card',
              ${Date.UTC(2026, 10, 2)}, ${Date.UTC(2026, 10, 9)});
  `);
}

/** A feedback item on customer 10's order 100, created at `createdAt`. */
export function insertFeedback(db: Database.Database, id: number, language: string, text: string, createdAt = Date.UTC(2026, 10, 3)): void {
  run(
    db,
    `INSERT INTO feedback (id, customer_id, order_id, region, country, channel, language, text, category, status, priority,
                           created_at, updated_at, sla_due_at)
     VALUES (?, 10, 100, 'SEA', 'TH', 'app', ?, ?, 'late_delivery', 'new', 'P3', ?, ?, ?)`,
    [id, language, text, createdAt, createdAt, createdAt + 72 * 3_600_000],
  );
}
