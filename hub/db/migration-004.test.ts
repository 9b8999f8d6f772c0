// Hub migration 004 (fan-out) on a database a hub of migration 003 wrote to: what changed before it is not recorded
// per table, so cursors older than the head at migration read every table (changes_tracked_from); writes after it
// record their tables and regions, and a token's change raises the auth version.
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/postgres';
import { withWriteTransaction } from '../write-transaction';
import { HUB_MIGRATIONS_DIR, migrateHub } from './migrate';
import { createPool, type Pool } from './pool';

let dir: string;
let database: TestDatabase;
let pool: Pool;

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'hub-migrations-003-'));
  for (const file of readdirSync(HUB_MIGRATIONS_DIR).filter((name) => /^00[123]_.*\.sql$/.test(name))) {
    copyFileSync(path.join(HUB_MIGRATIONS_DIR, file), path.join(dir, file));
  }
  database = await createTestDatabase('hub_migration_004', dir);
  pool = createPool(database.url, 2);
});
afterAll(async () => {
  await pool?.end();
  await database?.drop();
  rmSync(dir, { recursive: true, force: true });
});

const one = async <T>(sql: string): Promise<T> => (await pool.query(sql)).rows[0] as T;

describe('hub migration 004', () => {
  it('tracks changes from the head it finds, orders later writes at commit and raises the auth version on a token change', async () => {
    // Written by a hub of migration 003: the sequence at 41, a person and a token.
    await pool.query('UPDATE hub_sequence SET seq = 41');
    await pool.query("INSERT INTO people (id, name, email, role, seq) VALUES (1, 'Ana Reyes', 'ana@example.com', 'support_lead', 41)");
    await pool.query("INSERT INTO hub_tokens (token_hash, person_id, label, created_at) VALUES ('h', 1, 'laptop', 1)");

    expect((await migrateHub(pool))[0]).toBe('004_fan_out.sql');
    expect(await one('SELECT changes_tracked_from AS t FROM hub_state')).toEqual({ t: 41 });
    expect(await one('SELECT count(*)::int AS n FROM hub_table_changes')).toEqual({ n: 0 });

    await withWriteTransaction(pool, (client, seq) =>
      client.query("INSERT INTO regions (code, name, currency, time_zone, locale, seq) VALUES ('SEA', 'Southeast Asia', 'SGD', 'Asia/Singapore', 'en-SG', $1)", [seq]),
    );
    expect(await one('SELECT seq FROM hub_sequence')).toEqual({ seq: 42 });
    expect(await one("SELECT seq FROM regions WHERE code = 'SEA'")).toEqual({ seq: 42 });
    expect((await pool.query('SELECT tbl, region, seq FROM hub_table_changes')).rows).toEqual([{ tbl: 'regions', region: '*', seq: 42 }]);

    const before = await one<{ version: number }>('SELECT version FROM hub_auth_version');
    await pool.query('UPDATE hub_tokens SET last_used_at = 5');
    expect(await one('SELECT version FROM hub_auth_version')).toEqual(before);
    await pool.query('UPDATE hub_tokens SET revoked_at = 6');
    expect(await one<{ version: number }>('SELECT version FROM hub_auth_version')).not.toEqual(before);
  });
});
