// hub_load: how many consoles one hub (and two over one database) keeps current. N consoles long-poll; one writer
// pushes priority changes to SEA feedback at a steady rate for a bounded time. Timed: fan_out (push answered to each
// SEA console's poll returning the change) and push (sent to answered). Also: errors, each hub's peak RSS, peak
// PostgreSQL connections to the bench database. Everything is bounded (consoles, seconds) and stays on 127.0.0.1.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import path from 'node:path';
import pg from 'pg';
import type { Priority } from '../shared/domain';
import type { Scale } from '../main/seed/options';
import { createPool } from '../hub/db/pool';
import { migrateHub } from '../hub/db/migrate';
import { serverFromEnv } from '../hub/embedded-postgres';
import { seedHub } from '../hub/seed';
import { TEST_SERVER_ENV } from '../hub/test-server';
import { freshDatabase } from './hub-database';
import { catchUp, Traffic, WAIT_MS, writableItems, type ConsoleSpec } from './hub-load-traffic';
import { percentile, type BenchResult } from './stats';

const DATABASE = 'ops_bench_hub_load';
const FIRST_PORT = 8790;
const WRITES_PER_SECOND = 50;
/** Consoles connect over this long before the writer starts, so connecting is not what is timed. */
const RAMP_MS = 4_000;
/** The consoles' people: SEA alone and all regions see the writes; EU and MENA consoles must not be woken by them. */
const PEOPLE = [
  { token: 'demo-putri-3', share: 0.4, seesWrites: true },
  { token: 'demo-ana-1', share: 0.2, seesWrites: true },
  { token: 'demo-jonas-6', share: 0.2, seesWrites: false },
  { token: 'demo-omar-4', share: 0.2, seesWrites: false },
];
const WRITER_TOKEN = 'demo-putri-3';

export interface HubLoadOptions {
  /** Console counts, each run with one hub; `twoHubs` are run again with two hubs over the one database. */
  consoles: number[];
  twoHubs: number[];
  seconds: number;
  customers: number;
}

export const DEFAULT_HUB_LOAD: HubLoadOptions = { consoles: [100, 300, 1000, 2000], twoHubs: [1000], seconds: 20, customers: 3000 };

function startHubProcess(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, 'hub.js'), '--database-url', databaseUrl, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Regional hub:')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the hub exited (${code})`)));
  });
}

function rssMiB(pid: number | undefined): number {
  if (pid === undefined) return 0;
  try {
    const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
}

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

interface Start {
  person: (typeof PEOPLE)[number];
  cursor: string;
}

type Item = { id: number; priority: Priority };

/** Which person the i-th console is: PEOPLE's shares over every run of 100. */
function personOf(i: number): (typeof PEOPLE)[number] {
  let slot = i % 100;
  for (const person of PEOPLE) {
    slot -= person.share * 100;
    if (slot < 0) return person;
  }
  return PEOPLE[0] as (typeof PEOPLE)[number];
}

async function scenario(databaseUrl: string, serverUrl: string, starts: Start[], items: Item[], consoles: number, hubs: number, seconds: number): Promise<BenchResult[]> {
  const children: ChildProcess[] = [];
  for (let h = 0; h < hubs; h++) children.push(await startHubProcess(databaseUrl, FIRST_PORT + h));
  const urls = children.map((_, h) => `http://127.0.0.1:${FIRST_PORT + h}`);
  const monitor = new pg.Client({ connectionString: serverUrl });
  await monitor.connect();
  const traffic = new Traffic();
  // The generator shares the machine too: how late its own event loop ran says how much of fan_out is its own.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let peakRss = 0;
  let peakConnections = 0;
  const sample = async () => {
    peakRss = Math.max(peakRss, children.reduce((sum, child) => sum + rssMiB(child.pid), 0));
    const { rows } = await monitor.query<{ n: number }>('SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = $1', [DATABASE]);
    peakConnections = Math.max(peakConnections, rows[0]?.n ?? 0);
  };
  const sampler = setInterval(() => void sample().catch(() => {}), 500);
  try {
    let timed = 0;
    for (let i = 0; i < consoles; i++) {
      const start = starts.find((s) => s.person === personOf(i)) as Start;
      if (start.person.seesWrites) timed++;
      const spec: ConsoleSpec = { hubUrl: urls[i % urls.length] as string, token: start.person.token, cursor: start.cursor, seesWrites: start.person.seesWrites };
      traffic.startConsole(spec, i);
      if (i % 50 === 49) await new Promise((resolve) => setTimeout(resolve, (RAMP_MS * 50) / consoles));
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const started = Date.now();
    await traffic.write(urls, WRITER_TOKEN, items, WRITES_PER_SECOND, seconds);
    // The last changes still travel: give them the time a healthy hub needs, bounded.
    const expected = traffic.expectedSightings(timed);
    const settleUntil = Date.now() + 15_000;
    while (traffic.fanOut.length < expected && Date.now() < settleUntil) await new Promise((resolve) => setTimeout(resolve, 250));
    const elapsed = (Date.now() - started) / 1000;
    loopDelay.disable();
    await sample();
    await traffic.end();
    const fanOut = [...traffic.fanOut].sort((a, b) => a - b);
    const pushes = [...traffic.pushes].sort((a, b) => a - b);
    // One run gives two results in the bench's one shape: the fan-out and the push, each with the run's conditions.
    const run = {
      consoles,
      hubs,
      seconds,
      writes_per_s: WRITES_PER_SECOND,
      errors: traffic.errors,
      missed: Math.max(0, expected - fanOut.length),
      idle_wakeups: traffic.idleWakeups,
      polls_per_s: Math.round(traffic.polls / elapsed),
      hub_rss_mib: peakRss,
      generator_loop_delay_p95_ms: Math.round(loopDelay.percentile(95) / 1e6),
      // The machine is shared: its load over the last minute says how much of it the run had.
      load_avg_1m: Math.round((loadavg()[0] ?? 0) * 10) / 10,
      pg_connections: peakConnections,
      ...(traffic.errorSamples.length > 0 ? { error_samples: traffic.errorSamples.join(' | ') } : {}),
    };
    return [
      { name: 'fan_out', p50_ms: percentile(fanOut, 50), p95_ms: percentile(fanOut, 95), ...run },
      { name: 'push', p50_ms: percentile(pushes, 50), p95_ms: percentile(pushes, 95), ...run },
    ];
  } finally {
    clearInterval(sampler);
    await traffic.end();
    await Promise.all(children.map(stop));
    await monitor.end();
  }
}

/** On the server HUB_TEST_DATABASE_URL names, else on an embedded one started for the bench and removed after it. */
export async function hubLoadBench(scale: Scale, until: Date, options: HubLoadOptions = DEFAULT_HUB_LOAD): Promise<BenchResult[]> {
  const server = await serverFromEnv(TEST_SERVER_ENV);
  try {
    const databaseUrl = await freshDatabase(server.url, DATABASE);
    const pool = createPool(databaseUrl, 2);
    try {
      await migrateHub(pool);
      console.log(`Seeding ${options.customers} customers of the ${scale} set into the hub database ...`);
      await seedHub(pool, { scale, until, customers: options.customers });
    } finally {
      await pool.end();
    }
    // Each person's console starts caught up: one snapshot per person, its cursor shared by all of their consoles.
    const hub = await startHubProcess(databaseUrl, FIRST_PORT);
    const starts: Start[] = [];
    let items: Item[] = [];
    try {
      for (const person of PEOPLE) {
        const { cursor, feedback } = await catchUp(`http://127.0.0.1:${FIRST_PORT}`, person.token, `load-snapshot-${starts.length}`, null);
        starts.push({ person, cursor });
        if (person.token === WRITER_TOKEN) items = writableItems(feedback, 'SEA', 1_000);
      }
    } finally {
      await stop(hub);
    }
    if (items.length === 0) throw new Error('the bench set has no SEA feedback for the writer to change');
    const results: BenchResult[] = [];
    const runs = [...options.consoles.map((n) => [n, 1]), ...options.twoHubs.map((n) => [n, 2])] as [number, number][];
    for (const [consoles, hubs] of runs) {
      console.log(`hub_load: ${consoles} consoles, ${hubs} hub(s), ${options.seconds} s of ${WRITES_PER_SECOND} pushes/s (polls wait ${WAIT_MS} ms) ...`);
      const run = await scenario(databaseUrl, server.url, starts, items, consoles, hubs, options.seconds);
      for (const result of run) console.log(`  ${JSON.stringify(result)}`);
      results.push(...run);
    }
    return results;
  } finally {
    await server.stop();
  }
}
