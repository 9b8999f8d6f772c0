// Writes a generated data set into an opened (migrated) SQLite console database, in one transaction.

import type { EvidenceFile } from './compliance-rows';
import { restoreSetAside, setAside } from '../db/bulk-load';
import type { Db } from '../db/open';
import { run, value, type SqlValue } from '../db/statement-cache';
import { DEFAULT_PERSON_ID } from './catalog';
import type { RegionCode } from '../../shared/domain';
import { generateDataset } from './generate';
import type { GenerateOptions } from './options';
import { AFTER_CUSTOMER_TABLES, BUNDLE_TABLES, DIRECTORY_TABLES, type CustomerActivityRow } from './rows';
import { columnNames, DEMO_TABLES, type DemoTableName } from '../../shared/table-registry';

export interface SeedOptions extends GenerateOptions {
  /** Called now and then with the customers written so far. */
  onProgress?: (customersWritten: number, customersTotal: number) => void;
}

export interface SeedResult {
  /** Rows written per table. */
  counts: Record<DemoTableName, number>;
  /** Elapsed milliseconds, generation and index builds included. */
  ms: number;
  /** The evidence revisions' bytes: the caller puts them in the evidence folder (this pure writer touches no files). */
  evidenceFiles: Iterable<EvidenceFile>;
}

/** The database already holds data: seeding would mix two data sets. */
export class SeedRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SeedRefusedError';
  }
}

/** Every table but the small directory ones has its indexes and derived-structure triggers set aside (bulk-load.ts). */
const BULK_TABLES = DEMO_TABLES.filter((table) => table.scope !== 'directory').map((table) => table.name);

const PROGRESS_EVERY = 10_000;

const DAY_MS = 86_400_000;
const DAY_BITS = 2 ** 16;
const CUSTOMER_BITS = 2 ** 32;

/**
 * customer_activity is keyed (region, day, customer) but comes customer by customer: its rows are kept as numbers
 * (one sortable key each) while the customers are written, then inserted in key order, which appends to the
 * table's B-tree instead of scattering writes all over it.
 */
class ActivityInKeyOrder {
  private readonly regions: string[] = [];
  private readonly dayNumbers = new Map<string, number>();
  private readonly dayTexts = new Map<number, string>();
  private keys = new Float64Array(1 << 16);
  private size = 0;

  constructor(regionCodes: Iterable<string>) {
    this.regions = [...regionCodes].sort();
  }

  add(rows: readonly CustomerActivityRow[]): void {
    for (const row of rows) {
      let day = this.dayNumbers.get(row.day);
      if (day === undefined) {
        day = Math.round(Date.parse(`${row.day}T00:00:00Z`) / DAY_MS);
        this.dayNumbers.set(row.day, day);
        this.dayTexts.set(day, row.day);
      }
      if (this.size === this.keys.length) {
        const grown = new Float64Array(this.keys.length * 2);
        grown.set(this.keys);
        this.keys = grown;
      }
      this.keys[this.size++] = (this.regions.indexOf(row.region) * DAY_BITS + day) * CUSTOMER_BITS + row.customer_id;
    }
  }

  *rows(): Generator<CustomerActivityRow> {
    const keys = this.keys.subarray(0, this.size).sort();
    for (const key of keys) {
      const rest = Math.floor(key / CUSTOMER_BITS);
      yield {
        customer_id: key - rest * CUSTOMER_BITS,
        day: this.dayTexts.get(rest % DAY_BITS) as string,
        region: this.regions[Math.floor(rest / DAY_BITS)] as RegionCode,
      };
    }
  }
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/**
 * Inserts the demo data set into `db`, which must be migrated and hold no customers (else a SeedRefusedError,
 * with nothing changed). Everything happens in one transaction: secondary indexes and the triggers feeding the
 * search indexes and the metrics rollup are set aside, the rows inserted with prepared statements, then all of it is
 * built again from the tables (main/db/bulk-load.ts). The rollup starts empty: main/services/metrics warms it.
 * Also sets the console's current person to Ana Reyes (id 1).
 */
export function seedDatabase(db: Db, options: SeedOptions): SeedResult {
  const started = performance.now();
  const dataset = generateDataset(options);

  const missing = [...DEMO_TABLES.map((table) => table.name), 'settings'].filter(
    (table) => value(db, "SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?", [table]) === undefined,
  );
  if (missing.length > 0) {
    throw new Error(`Cannot seed: the database has no ${missing.join(', ')} table(s). Open it with openDatabase() so it is migrated first.`);
  }

  const counts = Object.fromEntries(DEMO_TABLES.map((table) => [table.name, 0])) as Record<DemoTableName, number>;

  const write = db.transaction(() => {
    const customers = value<number>(db, 'SELECT count(*) FROM customers') ?? 0;
    if (customers > 0) {
      throw new SeedRefusedError(
        `Refusing to seed: the database already has ${customers.toLocaleString('en-US')} customers. Seed a new, empty database instead.`,
      );
    }

    setAside(db, BULK_TABLES);

    const inserters = new Map<DemoTableName, (row: object) => number>();
    for (const table of DEMO_TABLES) {
      const columns = columnNames(table);
      const sql =
        `INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})` +
        // A directory row that is already there is kept.
        (table.scope === 'directory' ? ' ON CONFLICT DO NOTHING' : '');
      const values: SqlValue[] = new Array<SqlValue>(columns.length);
      inserters.set(table.name, (row: object) => {
        const record = row as Record<string, SqlValue>;
        for (let i = 0; i < columns.length; i++) values[i] = record[columns[i] as string] as SqlValue;
        return run(db, sql, values).changes;
      });
    }
    const insertAll = (table: DemoTableName, rows: Iterable<object>) => {
      const insert = inserters.get(table) as (row: object) => number;
      let written = 0;
      for (const row of rows) written += insert(row);
      counts[table] += written;
    };

    for (const table of DIRECTORY_TABLES) insertAll(table, dataset[table]);

    const activity = new ActivityInKeyOrder([...dataset.regions].map((region) => region.code));
    let done = 0;
    for (const bundle of dataset.byCustomer) {
      insertAll('customers', [bundle.customer]);
      for (const table of BUNDLE_TABLES) {
        if (table === 'customer_activity') activity.add(bundle.customer_activity);
        else insertAll(table, bundle[table]);
      }
      done++;
      if (options.onProgress && done % PROGRESS_EVERY === 0) options.onProgress(done, dataset.sizes.customers);
    }

    insertAll('customer_activity', activity.rows());
    for (const table of AFTER_CUSTOMER_TABLES) insertAll(table, dataset[table]);

    restoreSetAside(db);

    run(db, "INSERT INTO settings (key, value) VALUES ('current_person_id', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [
      String(DEFAULT_PERSON_ID),
    ]);
  });
  write.immediate();

  // The whole data set went through the write-ahead log: fold it into the database file now.
  if (String(db.pragma('journal_mode', { simple: true })).toLowerCase() === 'wal') db.pragma('wal_checkpoint(TRUNCATE)');

  return { counts, ms: performance.now() - started, evidenceFiles: dataset.evidenceFiles };
}
