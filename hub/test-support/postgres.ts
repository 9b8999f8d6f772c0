// A fresh PostgreSQL database per test file, dropped after it, on the run's server (test-server.ts). The suite
// needs a real server: it says so plainly when none answers, rather than skipping.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { createPool } from '../db/pool';
import { migrateHub } from '../db/migrate';
import { withDatabase } from '../embedded-postgres';
import { TEST_SERVER_ENV } from '../test-server';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** The run's server: set by the runners' global setup, or by whoever runs the tests against a server of theirs. */
function serverUrl(): string {
  const url = process.env[TEST_SERVER_ENV];
  if (!url) {
    throw new Error(
      `${TEST_SERVER_ENV} is not set: run the tests through vitest or Playwright, whose global setup starts an ` +
        `embedded PostgreSQL (hub/test-server.ts), or set it to a server where the role may create databases.`,
    );
  }
  return url;
}

async function admin(): Promise<pg.Client> {
  const url = serverUrl();
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  try {
    await client.connect();
  } catch (error) {
    const where = new URL(url);
    where.password = where.password ? '***' : '';
    throw new Error(
      `The sync tests need the PostgreSQL server at ${where.toString()} with a role that may create databases ` +
        `(${error instanceof Error ? error.message : String(error)}); ${TEST_SERVER_ENV} names it, and left unset ` +
        'the runners start an embedded one.',
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
  const url = withDatabase(serverUrl(), name);
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
