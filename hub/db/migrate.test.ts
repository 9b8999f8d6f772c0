// The hub's migrations, like the console's, each commit whole or not at all: a failing one leaves the database at
// the version before with its rows as they were, names itself, and the next start can try again.
import { copyFileSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test-support/postgres';
import { HUB_MIGRATIONS_DIR, migrateHub } from './migrate';
import { createPool, type Pool } from './pool';

let database: TestDatabase;
let pool: Pool;
let dir: string;

beforeAll(async () => {
  database = await createTestDatabase('hub_migrate');
  pool = createPool(database.url, 2);
  dir = mkdtempSync(path.join(tmpdir(), 'hub-migrations-'));
});
afterAll(async () => {
  await pool.end();
  await database.drop();
  rmSync(dir, { recursive: true, force: true });
});

const version = async () => (await pool.query<{ v: number }>('SELECT max(version)::int AS v FROM hub_schema_migrations')).rows[0]?.v;

describe('hub migrations', () => {
  it('roll a failed migration back whole, with the rows it had changed, and name it', async () => {
    const shipped = readdirSync(HUB_MIGRATIONS_DIR).filter((file) => file.endsWith('.sql'));
    for (const file of shipped) copyFileSync(path.join(HUB_MIGRATIONS_DIR, file), path.join(dir, file));
    const next = String(shipped.length + 1).padStart(3, '0');
    writeFileSync(
      path.join(dir, `${next}_broken.sql`),
      "CREATE TABLE half_made (id int); UPDATE hub_state SET epoch = 'changed'; INSERT INTO no_such_table VALUES (1);",
    );
    const before = await version();
    const epoch = (await pool.query<{ epoch: string }>('SELECT epoch FROM hub_state')).rows[0]?.epoch;
    expect(before).toBe(shipped.length);

    await expect(migrateHub(pool, dir)).rejects.toThrow(new RegExp(`${next}_broken\\.sql failed and was rolled back`));
    expect(await version()).toBe(before);
    expect((await pool.query('SELECT epoch FROM hub_state')).rows).toEqual([{ epoch }]);
    expect((await pool.query("SELECT to_regclass('half_made') AS t")).rows).toEqual([{ t: null }]);

    rmSync(path.join(dir, `${next}_broken.sql`));
    writeFileSync(path.join(dir, `${next}_fixed.sql`), 'CREATE TABLE made_whole (id int);');
    expect(await migrateHub(pool, dir)).toEqual([`${next}_fixed.sql`]);
  });
});
