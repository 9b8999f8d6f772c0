// Sync with the regional hub, end to end over loopback: a hub process over PostgreSQL and a console store.
// initial_sync (the whole data set into an empty console), incremental_1000 (1,000 rows changed on the
// hub), push_1000 (1,000 queued edits) and edit_and_page_read_in_process (feedback.update plus a queue page read,
// called in this process: no worker, no IPC, no React, no grid; what a person sees is timed by browser-bench.ts).
import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { queueFilterSchema } from '../shared/queue';
import { TABLE_NAMES } from '../shared/table-registry';
import { checkpointWhenIdle, openDatabase } from '../main/db/open';
import { column, value } from '../main/db/statement-cache';
import { queuePage } from '../main/services/feedback/queue-service';
import { updateFeedback } from '../main/services/feedback/update-service';
import { currentPerson } from '../main/services/session/session-service';
import { HubClient } from '../main/services/sync/hub-client';
import { pullAll, pushAll } from '../main/services/sync/sync-cycle';
import { beginSignIn, confirmHub } from '../main/services/sync/sync-state';
import type { Scale } from '../main/seed/options';
import { createPool } from '../hub/db/pool';
import { migrateHub } from '../hub/db/migrate';
import { serverFromEnv } from '../hub/embedded-postgres';
import { seedHub } from '../hub/seed';
import { TEST_SERVER_ENV } from '../hub/test-server';
import { withWriteTransaction } from '../hub/write-transaction';
import { freshDatabase } from './hub-database';
import { measure, type BenchResult } from './stats';

const DATABASE = 'ops_bench_sync';
const PORT = 8788;
/** Ana Reyes: all six regions, so the whole data set travels. */
const TOKEN = 'demo-ana-1';

function startHubProcess(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [path.join(__dirname, 'hub.js'), '--database-url', url, '--port', String(PORT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('Regional hub:')) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`the hub exited (${code})`)));
  });
}

const log = () => {};

/** On the server HUB_TEST_DATABASE_URL names, else on an embedded one started for the bench and removed after it. */
export async function syncBench(scale: Scale, until: Date, dbPath: string): Promise<BenchResult[]> {
  const server = await serverFromEnv(TEST_SERVER_ENV);
  try {
    return await syncBenchOn(server.url, scale, until, dbPath);
  } finally {
    await server.stop();
  }
}

async function syncBenchOn(serverUrl: string, scale: Scale, until: Date, dbPath: string): Promise<BenchResult[]> {
  const url = await freshDatabase(serverUrl, DATABASE);
  const pool = createPool(url, 2);
  await migrateHub(pool);
  console.log(`Seeding the ${scale} set into the hub database ...`);
  await seedHub(pool, { scale, until });
  const hub = await startHubProcess(url);
  const hubUrl = `http://127.0.0.1:${PORT}`;
  try {
    for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
    // The console core's checkpoint policy: none at commit, a passive one every 15 s.
    const db = openDatabase(dbPath, { checkpoints: 'idle' });
    const checkpoints = setInterval(() => checkpointWhenIdle(db), 15_000);
    beginSignIn(db, hubUrl);
    const client = new HubClient(hubUrl, TOKEN);
    const me = await client.me();
    confirmHub(db, { personId: me.id, dataSet: me.dataSet }, false);
    const options = { now: Date.now, log, pushBatch: 500 };

    console.log('Initial sync ...');
    let started = performance.now();
    await pullAll(db, client, { ...options, checksums: true });
    const initialMs = performance.now() - started;
    // Every table the hub sends counts: the growth tables travel too, and their rows take their share of the time.
    const count = (table: string) => value<number>(db, `SELECT count(*) FROM ${table}`) ?? 0;
    const rows = TABLE_NAMES.reduce((sum, table) => sum + count(table), 0);
    const checksum = value<string>(db, 'SELECT checksum FROM sync_state') ?? 'no sync state';

    // 1,000 feedback items changed on the hub by someone else, then pulled.
    await withWriteTransaction(pool, (hubClient, seq) =>
      hubClient.query(
        `UPDATE feedback SET priority = CASE priority WHEN 'P4' THEN 'P3' ELSE 'P4' END, version = version + 1, seq = $1
         WHERE id IN (SELECT id FROM feedback ORDER BY id DESC LIMIT 1000)`,
        [seq],
      ),
    );
    started = performance.now();
    await pullAll(db, client, { ...options, checksums: false });
    const incrementalMs = performance.now() - started;

    const person = currentPerson(db);
    const ids = column<number>(db, 'SELECT id FROM feedback ORDER BY id LIMIT 1000');
    updateFeedback(db, { target: { ids }, change: { addTags: ['bench-push'], priority: 'P2' } }, person, Date.now());
    started = performance.now();
    await pushAll(db, client, options);
    const pushMs = performance.now() - started;
    await pullAll(db, client, { ...options, checksums: false });

    const now = Date.now();
    const view = queueFilterSchema.parse({ includeResolved: true });
    const openIds = column<number>(db, "SELECT id FROM feedback WHERE status <> 'resolved' ORDER BY sla_due_at LIMIT 200");
    const editAndRead = measure('edit_and_page_read_in_process', 200, (i) => {
      const id = openIds[Math.abs(i) % openIds.length] as number;
      updateFeedback(db, { target: { ids: [id] }, change: { priority: i % 2 ? 'P1' : 'P2' } }, person, now);
      const page = queuePage(db, { filter: view, sort: [{ colId: 'sla_due_at', sort: 'asc' }], startRow: 0, endRow: 100, withCount: false }, person, now);
      if (page.rows.length === 0) throw new Error('the queue page came back empty');
    }, { what: 'feedback.update of one item (with its outbox entry), then the first 100-row queue page', goal_ms: 16 });
    clearInterval(checkpoints);
    db.close();

    return [
      { name: 'initial_sync', ms: Math.round(initialMs), rows, rows_per_s: Math.round(rows / (initialMs / 1000)), checksum, goal_rows_per_s: 50_000 },
      { name: 'incremental_1000', ms: Math.round(incrementalMs), rows_changed: 1000, goal_ms: 1000 },
      { name: 'push_1000', ms: Math.round(pushMs), edits: ids.length, goal_ms: 1000 },
      editAndRead,
    ];
  } finally {
    hub.kill('SIGTERM');
    await pool.end();
  }
}
