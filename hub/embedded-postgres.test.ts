// The embedded PostgreSQL is a real server: what the hub relies on (LISTEN/NOTIFY, partitioned tables, COPY) works
// on it, a kept data folder survives a restart, and nothing is left behind once it stops - even when the process
// that started it is SIGKILLed.
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from './embedded-postgres';
import { finished, printed, spawnTs } from '../main/services/sync/test-support/processes';

interface Facts {
  dataDir: string;
  postmasterPid: number;
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

function facts(url: string): Promise<Facts> {
  return withClient(url, async (client) => {
    const { rows } = await client.query<{ dir: string; pid: string }>(
      "SELECT current_setting('data_directory') AS dir, split_part(pg_read_file('postmaster.pid'), E'\\n', 1) AS pid",
    );
    return { dataDir: rows[0]?.dir ?? '', postmasterPid: Number(rows[0]?.pid) };
  });
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function until(condition: () => boolean, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (!condition() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return condition();
}

describe('embedded PostgreSQL', () => {
  it('is a real server: LISTEN/NOTIFY between connections, partitioned tables and COPY', async () => {
    const server = await startEmbeddedPostgres({ durable: false });
    const { dataDir, postmasterPid } = await facts(server.url);
    try {
      const listener = new pg.Client({ connectionString: server.url });
      await listener.connect();
      const heard = new Promise<string | undefined>((resolve) => listener.once('notification', (n) => resolve(n.payload)));
      await listener.query('LISTEN hub_changes');
      await withClient(server.url, (client) => client.query("SELECT pg_notify('hub_changes', '42')"));
      expect(await heard).toBe('42');
      await listener.end();

      const counts = await withClient(server.url, async (client) => {
        await client.query('CREATE TABLE events (region text NOT NULL, n int NOT NULL) PARTITION BY LIST (region)');
        await client.query("CREATE TABLE events_eu PARTITION OF events FOR VALUES IN ('EU')");
        await client.query("CREATE TABLE events_sea PARTITION OF events FOR VALUES IN ('SEA')");
        await client.query("INSERT INTO events SELECT CASE WHEN i % 3 = 0 THEN 'EU' ELSE 'SEA' END, i FROM generate_series(1, 300) i");
        // Server-side COPY out and back in, through a file in the server's own data folder; rows copied into the
        // partitioned table find their partitions again.
        const file = client.escapeLiteral(path.join(dataDir, 'copy-check.csv'));
        await client.query(`COPY (SELECT * FROM events) TO ${file} WITH (FORMAT csv)`);
        await client.query('TRUNCATE events');
        await client.query(`COPY events FROM ${file} WITH (FORMAT csv)`);
        const { rows } = await client.query<{ eu: number; sea: number; sum: number }>(
          `SELECT (SELECT count(*)::int FROM events_eu) AS eu, (SELECT count(*)::int FROM events_sea) AS sea,
                  (SELECT sum(n)::int FROM events) AS sum`,
        );
        return rows[0];
      });
      expect(counts).toEqual({ eu: 100, sea: 200, sum: 45_150 });
    } finally {
      await server.stop();
    }
    expect(running(postmasterPid)).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  }, 60_000);

  it('keeps a data folder of its own across restarts, its password beside it', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'ops-kept-pg-test-'));
    // As root the server runs as the user postgres, who must be able to enter the folder.
    chmodSync(parent, 0o755);
    const dataDir = path.join(parent, 'postgres');
    try {
      const first = await startEmbeddedPostgres({ dataDir, durable: false });
      await withClient(first.url, (client) => client.query("CREATE TABLE kept AS SELECT 'still here' AS note"));
      await first.stop();
      expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
      expect(existsSync(`${dataDir}.password`)).toBe(true);

      const second = await startEmbeddedPostgres({ dataDir, durable: false });
      try {
        expect(new URL(second.url).password).toBe(new URL(first.url).password);
        const { rows } = await withClient(second.url, (client) => client.query<{ note: string }>('SELECT note FROM kept'));
        expect(rows).toEqual([{ note: 'still here' }]);
      } finally {
        await second.stop();
      }
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 90_000);

  /** Starts a server from a child process, SIGKILLs the child, and says which server that was. */
  async function startAndKillStarter(dataDir?: string): Promise<Facts> {
    const child = spawnTs('hub/test-support/embedded-postgres-child.ts', dataDir ? [dataDir] : []);
    const exit = finished(child);
    let url = '';
    child.stdout?.on('data', (chunk: Buffer) => (url ||= /^url (\S+)$/m.exec(chunk.toString())?.[1] ?? ''));
    await printed(child, 'url ', 60_000);
    const started = await facts(url);
    expect(running(started.postmasterPid)).toBe(true);
    child.kill('SIGKILL');
    await exit;
    return started;
  }

  it('stops, and removes its temporary folder, when the process that started it is SIGKILLed', async () => {
    const { dataDir, postmasterPid } = await startAndKillStarter();
    expect(await until(() => !running(postmasterPid) && !existsSync(dataDir), 15_000)).toBe(true);
  }, 90_000);

  it('stops cleanly, keeping a kept folder, when the process that started it is SIGKILLed', async () => {
    const parent = mkdtempSync(path.join(os.tmpdir(), 'ops-kept-pg-test-'));
    chmodSync(parent, 0o755);
    try {
      const { dataDir, postmasterPid } = await startAndKillStarter(path.join(parent, 'postgres'));
      expect(await until(() => !running(postmasterPid), 15_000)).toBe(true);
      // A clean shutdown removes the lock file: the next start finds the folder free.
      expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
      expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, 90_000);
});
