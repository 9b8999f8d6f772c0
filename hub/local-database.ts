// `npm run hub` without --database-url: the hub's own embedded PostgreSQL, its data kept in the hub's app-data
// folder across restarts, and the small demo seeded into it while it holds no customers, like the console's first
// start.
import path from 'node:path';
import pg from 'pg';
import { appDataDir } from '../main/paths';
import { createPool } from './db/pool';
import { migrateHub } from './db/migrate';
import { startEmbeddedPostgres, withDatabase } from './embedded-postgres';
import { seedHub, type HubSeedResult } from './seed';

export const HUB_APP_DIR_NAME = 'regional-ops-hub';
const DATABASE = 'ops_hub';

/**
 * <app data>/regional-ops-hub/postgres, beside the console's folder. As root (outside Windows) it is
 * /var/lib/regional-ops-hub/postgres unless XDG_DATA_HOME says otherwise: PostgreSQL then runs as the user postgres,
 * who cannot enter root's home.
 */
export function hubPostgresDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  root = process.getuid?.() === 0,
): string {
  const paths = platform === 'win32' ? path.win32 : path.posix;
  const systemWide = root && platform !== 'win32' && !env.XDG_DATA_HOME;
  const dataHome = systemWide ? '/var/lib' : paths.dirname(appDataDir(platform, env));
  return paths.join(dataHome, HUB_APP_DIR_NAME, 'postgres');
}

/** Each demo person's token with who they are, one line each. */
export function accountLines(tokens: HubSeedResult['tokens']): string[] {
  return tokens.map((a) => `  ${a.token.padEnd(20)} ${a.name} (${a.role}; ${a.regions.join(', ')})`);
}

async function createDatabaseOnce(serverUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE]);
    if (rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
}

async function seedWhenEmpty(url: string, log: (line: string) => void): Promise<void> {
  const pool = createPool(url, 2);
  try {
    await migrateHub(pool);
    const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM customers');
    if ((rows[0]?.n ?? 0) > 0) return;
    const result = await seedHub(pool, { scale: 'small', until: new Date(Math.floor(Date.now() / 60_000) * 60_000) });
    log(`Empty hub database: seeded the small demo set (${result.rows.toLocaleString('en-US')} rows in ${(result.ms / 1000).toFixed(1)} s). Demo accounts (bearer tokens):`);
    for (const line of accountLines(result.tokens)) log(line);
  } finally {
    await pool.end();
  }
}

/** The server a URL names (nothing to stop), or without one the hub's own embedded server. */
export async function hubDatabase(named: string | undefined, log: (line: string) => void): Promise<{ url: string; stop(): Promise<void> }> {
  return named ? { url: named, stop: async () => {} } : startLocalDatabase(log);
}

/** Starts the hub's embedded server and readies its database; `stop` shuts the server down cleanly. */
async function startLocalDatabase(log: (line: string) => void): Promise<{ url: string; stop(): Promise<void> }> {
  const dataDir = hubPostgresDir();
  const server = await startEmbeddedPostgres({ dataDir });
  log(`Hub database: embedded PostgreSQL, data in ${dataDir}`);
  try {
    await createDatabaseOnce(server.url);
    const url = withDatabase(server.url, DATABASE);
    await seedWhenEmpty(url, log);
    return { url, stop: server.stop };
  } catch (error) {
    await server.stop().catch(() => {});
    throw error;
  }
}
