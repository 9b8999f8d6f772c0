// A fresh PostgreSQL database per test file, dropped after it. The suite needs a real server: it says
// so plainly when none answers, rather than skipping.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool } from '../db/pool';
import { migrateHub } from '../db/migrate';

export const HUB_TEST_DATABASE_URL = process.env.HUB_TEST_DATABASE_URL ?? 'postgres://ops:ops@127.0.0.1:5432/postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

async function admin(): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: HUB_TEST_DATABASE_URL, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(HUB_TEST_DATABASE_URL);
    where.password = where.password ? '***' : '';
    throw new Error(
      `The sync tests need a PostgreSQL server at ${where.toString()} with a role that may create databases ` +
        `(${error instanceof Error ? error.message : String(error)}). On Debian run "bash scripts/ci-postgres.sh" ` +
        '(it installs PostgreSQL, starts it and creates the role ops/ops), or set HUB_TEST_DATABASE_URL.',
    );
  }
  return client;
}

/** Creates and migrates a database of its own for one test file (with the migrations in `dir`: all, by default). */
export async function createTestDatabase(label: string, dir?: string): Promise<TestDatabase> {
  const name = `ops_test_${label.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  const client = await admin();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = withDatabase(HUB_TEST_DATABASE_URL, name);
  const pool = createPool(url, 1);
  try {
    await migrateHub(pool, dir);
  } finally {
    await pool.end();
  }
  return {
    url,
    async drop() {
      const dropper = await admin();
      try {
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await dropper.end();
      }
    },
  };
}
