// The import of a platform's export into a console (bench/results/import.json): the Olist sample end to end, and a
// generated Olist-shaped export of over a million records, in rows read per second.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase } from '../main/db/open';
import { OLIST } from '../main/ingest/sources/olist';
import { RATES_DIR } from '../main/ingest/sources/rates-dir';
import { writeDirectoryIfEmpty } from '../main/seed/write-directory';
import { importSource } from '../main/services/imports/run-import';
import { serverFromEnv } from '../hub/embedded-postgres';
import { createPool } from '../hub/db/pool';
import { migrateHub } from '../hub/db/migrate';
import { importIntoHub } from '../hub/ingest/hub-import';
import { seedHub } from '../hub/seed';
import { TEST_SERVER_ENV } from '../hub/test-server';
import { dropDatabase, freshDatabase } from './hub-database';
import { writeOlistExport } from '../main/ingest/sources/olist-export';
import type { BenchResult } from './stats';

/** 260,000 orders make 1.37 million records over the five files. */
const GENERATED_ORDERS = 260_000;

function sampleDir(): string {
  return path.join(process.env.OPS_REALDATA ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'realdata'), 'olist_sample15k_dhipin1');
}

/** Times each step an import announces (its counts left out of the name): `<step>_ms`, and the whole. */
function stepTimer() {
  const steps: Record<string, number> = {};
  let step = 'open';
  const started = performance.now();
  let since = started;
  const close = () => {
    const now = performance.now();
    steps[`${step}_ms`] = Math.round(now - since);
    since = now;
  };
  return {
    steps,
    onProgress: (next: string) => {
      close();
      step = next.replace(/\d+ /g, '').replace(/\W+/g, '_');
    },
    end: () => {
      close();
      return since - started;
    },
  };
}

async function timedImport(dir: string, ratesDir: string): Promise<{ ms: number; records: number; steps: Record<string, number> }> {
  const temp = mkdtempSync(path.join(tmpdir(), 'ops-bench-import-'));
  const db = openDatabase(path.join(temp, 'console.sqlite'), { checkpoints: 'idle' });
  try {
    writeDirectoryIfEmpty(db);
    const timer = stepTimer();
    const summary = await importSource(db, OLIST, { dir, ratesDir, onProgress: timer.onProgress });
    const ms = timer.end();
    if (summary.state !== 'done') throw new Error(`import refused: ${summary.message}`);
    return { ms, records: summary.records, steps: timer.steps };
  } finally {
    db.close();
    rmSync(temp, { recursive: true, force: true });
  }
}

/** The export into a hub's PostgreSQL (a fresh database holding only the directory), on the bench's server. */
async function timedHubImport(dir: string, ratesDir: string): Promise<{ ms: number; records: number; transactions: number; steps: Record<string, number> }> {
  const server = await serverFromEnv(TEST_SERVER_ENV);
  const name = 'ops_bench_import';
  const pool = createPool(await freshDatabase(server.url, name), 4);
  try {
    await migrateHub(pool);
    await seedHub(pool, { scale: 'small', until: new Date(Date.UTC(2026, 10, 23)), customers: 0 });
    const timer = stepTimer();
    const result = await importIntoHub(pool, OLIST, { dir, ratesDir, onProgress: timer.onProgress });
    return { ms: timer.end(), records: result.summary.records, transactions: result.transactions, steps: timer.steps };
  } finally {
    await pool.end();
    await dropDatabase(server.url, name);
    await server.stop();
  }
}

export async function importBench(ratesDir = RATES_DIR): Promise<BenchResult[]> {
  const sample = await timedImport(sampleDir(), ratesDir);
  const temp = mkdtempSync(path.join(tmpdir(), 'ops-bench-export-'));
  try {
    const written = await writeOlistExport(temp, GENERATED_ORDERS);
    const big = await timedImport(temp, ratesDir);
    const hub = await timedHubImport(temp, ratesDir);
    return [
      { name: 'import_olist_sample', ms: Math.round(sample.ms), records: sample.records, ...sample.steps },
      {
        name: 'console_import',
        ms: Math.round(big.ms),
        records: big.records,
        generated_records: written,
        rows_per_s: Math.round(big.records / (big.ms / 1000)),
        goal_rows_per_s: 100_000,
        ...big.steps,
      },
      {
        name: 'hub_ingest',
        ms: Math.round(hub.ms),
        records: hub.records,
        rows_per_s: Math.round(hub.records / (hub.ms / 1000)),
        goal_rows_per_s: 50_000,
        transactions: hub.transactions,
        ...hub.steps,
      },
    ];
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}
