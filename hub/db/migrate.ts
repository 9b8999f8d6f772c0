import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadMigrations } from '../../main/db/migrate';
import type { Pool } from './pool';

/** Beside the source, or beside the bundle (the build copies them to dist/main/hub-migrations). */
export const HUB_MIGRATIONS_DIR = existsSync(path.join(__dirname, 'hub-migrations'))
  ? path.join(__dirname, 'hub-migrations')
  : path.join(__dirname, 'migrations');

/** Any number will do, as long as it is the hub's own: hubs starting together migrate one at a time. */
const MIGRATION_LOCK = 7_311_042;

/** Applies each pending migration in its own transaction; returns the names applied. */
export async function migrateHub(pool: Pool, dir = HUB_MIGRATIONS_DIR): Promise<string[]> {
  const migrations = loadMigrations(dir);
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS hub_schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at bigint NOT NULL)`);
    const { rows } = await client.query<{ v: number }>('SELECT coalesce(max(version), 0)::int AS v FROM hub_schema_migrations');
    const current = rows[0]?.v ?? 0;
    const newest = migrations.at(-1)?.version ?? 0;
    if (current > newest) throw new Error(`This hub database has schema version ${current}, newer than this hub knows (${newest}): update the hub`);
    const applied: string[] = [];
    for (const migration of migrations.filter((m) => m.version > current)) {
      try {
        await client.query('BEGIN');
        await client.query(migration.sql);
        await client.query('INSERT INTO hub_schema_migrations VALUES ($1, $2, $3)', [migration.version, migration.name, Date.now()]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw new Error(`Hub migration ${migration.name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`);
      }
      applied.push(migration.name);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
