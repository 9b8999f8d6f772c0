// Hub migration 003 (accounts) on a database a hub of migration 002 seeded: its demo tokens become kind 'demo' and
// the database is marked a demo (so they go on working on loopback); other tokens become 'issued', without expiry.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/postgres';
import { hashToken } from '../tokens';
import { HUB_MIGRATIONS_DIR, migrateHub } from './migrate';
import { createPool, type Pool } from './pool';

let dir: string;
const databases: { database: TestDatabase; pool: Pool }[] = [];

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'hub-migrations-002-'));
  for (const file of readdirSync(HUB_MIGRATIONS_DIR).filter((name) => /^00[12]_.*\.sql$/.test(name))) {
    copyFileSync(path.join(HUB_MIGRATIONS_DIR, file), path.join(dir, file));
  }
});
afterAll(async () => {
  for (const { database, pool } of databases) {
    await pool.end();
    await database.drop();
  }
  rmSync(dir, { recursive: true, force: true });
});

async function atVersion2(label: string): Promise<Pool> {
  const database = await createTestDatabase(label, dir);
  const pool = createPool(database.url, 1);
  databases.push({ database, pool });
  await pool.query("INSERT INTO people (id, name, email, role, seq) VALUES (1, 'Ana Reyes', 'ana@example.com', 'support_lead', 1)");
  return pool;
}

const token = (pool: Pool, value: string, label: string) =>
  pool.query('INSERT INTO hub_tokens (token_hash, person_id, label, created_at) VALUES ($1, 1, $2, 1)', [hashToken(value), label]);

describe('hub migration 003', () => {
  it('marks a database holding demo tokens as a demo, and tells demo tokens from the rest', async () => {
    const pool = await atVersion2('hub_migration_003_demo');
    await token(pool, 'demo-ana-1', 'demo');
    await token(pool, 'handed-out-by-hand', 'laptop');
    // 003 first; the migrations after it (any number) follow.
    expect((await migrateHub(pool))[0]).toBe('003_accounts.sql');
    expect((await pool.query('SELECT demo FROM hub_state')).rows).toEqual([{ demo: true }]);
    const { rows } = await pool.query('SELECT label, kind, expires_at, revoked_at, id IS NOT NULL AS has_id FROM hub_tokens ORDER BY label');
    expect(rows).toEqual([
      { label: 'demo', kind: 'demo', expires_at: null, revoked_at: null, has_id: true },
      { label: 'laptop', kind: 'issued', expires_at: null, revoked_at: null, has_id: true },
    ]);
  });

  it('leaves a database without demo tokens unmarked', async () => {
    const pool = await atVersion2('hub_migration_003_real');
    await token(pool, 'handed-out-by-hand', 'laptop');
    await migrateHub(pool);
    expect((await pool.query('SELECT demo FROM hub_state')).rows).toEqual([{ demo: false }]);
  });
});
