// Faults on real processes, sockets and PostgreSQL: a console SIGKILLed mid-pull, mid-snapshot with its
// indexes set aside and mid-push, a hub killed mid-push, a connection cut mid-response, a console edited
// offline while the hub is down. Every change must end up applied exactly once, and the console must match the hub.
import Database from 'better-sqlite3';
import { createServer as createNetServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Priority } from '../../../shared/domain';
import type { SyncStatus } from '../../../shared/sync';
import { seededHub, TOKENS, type HubFixture } from '../../../hub/test-support/hub-fixture';
import { startHub } from '../../../hub/server';
import { createCore, type Core } from '../../core/core';
import { seedEmptyDatabase } from '../../startup/seed-empty';
import { openDatabase, type Db } from '../../db/open';
import { currentPerson } from '../session/session-service';
import { updateFeedback } from '../feedback/update-service';
import { HubClient } from './hub-client';
import { pushAll } from './sync-cycle';
import { readSyncState } from './sync-state';
import { fileTokenVault } from './token-vault';
import { syncConsole, type SyncConsole } from './test-support/sync-console';
import { kill, killConsoleMidway, runConsole, startHubProcess } from './test-support/processes';
import { all, column, value } from '../../db/statement-cache';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('sync_faults');
}, 60_000);
afterAll(async () => fixture?.cleanup());

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const PRIORITIES: Priority[] = ['P1', 'P2', 'P3', 'P4'];
let seed = 11;
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);

function tracked(c: SyncConsole): SyncConsole {
  cleanups.push(() => c.close());
  return c;
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function hubRows(sql: string, params: unknown[] = []): Promise<Record<string, unknown>[]> {
  return (await fixture.pool.query(sql, params)).rows as Record<string, unknown>[];
}

/**
 * Queues three priority changes on each of `items` feedback items of a region: replaying any of them
 * after a later one would leave a wrong priority and an extra audit event on the hub.
 */
async function queueEditChains(c: SyncConsole, region: string, items: number): Promise<Map<number, Priority[]>> {
  const ids = column<number>(c.db, 'SELECT id FROM feedback WHERE region = ? AND duplicate_of IS NULL ORDER BY id LIMIT ?', [region, items]);
  const chains = new Map<number, Priority[]>();
  for (let round = 0; round < 3; round++) {
    for (const id of ids) {
      const current = value(c.db, 'SELECT priority FROM feedback WHERE id = ?', [id]) as Priority;
      const next = PRIORITIES[(PRIORITIES.indexOf(current) + 1) % PRIORITIES.length] as Priority;
      updateFeedback(c.db, { target: { ids: [id] }, change: { priority: next } }, currentPerson(c.db), Date.now());
      chains.set(id, [...(chains.get(id) ?? []), next]);
    }
  }
  return chains;
}

async function expectAppliedOnce(chains: Map<number, Priority[]>, since: number): Promise<void> {
  const ids = [...chains.keys()];
  const events = await hubRows(
    "SELECT feedback_id, after FROM feedback_events WHERE feedback_id = ANY($1::bigint[]) AND kind = 'priority' AND at >= $2 ORDER BY id",
    [ids, since],
  );
  const finals = await hubRows('SELECT id, priority FROM feedback WHERE id = ANY($1::bigint[])', [ids]);
  for (const [id, chain] of chains) {
    expect(events.filter((e) => Number(e.feedback_id) === id).map((e) => e.after), `events of #${id}`).toEqual(chain);
    expect(finals.find((f) => Number(f.id) === id)?.priority).toBe(chain.at(-1));
  }
}

function expectMatchesHub(db: Db): void {
  expect(value(db, 'SELECT count(*) FROM sync_outbox')).toBe(0);
  expect(readSyncState(db)?.checksum).toBe('match');
}

describe('sync under faults', () => {
  it('loses and repeats nothing when the console is SIGKILLed mid-pull, again and again', async () => {
    const small = await startHub({ databaseUrl: fixture.database.url, pageRows: 150 });
    cleanups.push(() => small.close());
    const c = tracked(syncConsole());
    c.db.close();
    let killedMidSnapshot = 0;
    for (let attempt = 0; attempt < 6; attempt++) {
      // Every other kill is timed from the first stored page, so some land mid-snapshot on any machine.
      const from = attempt % 2 === 0 ? 'started' : 'snapshot';
      await killConsoleMidway(c.file, small.url, TOKENS.ana, 100, (from === 'started' ? 20 : 0) + Math.floor(random() * 250), from);
      const db = openDatabase(c.file);
      if (readSyncState(db)?.snapshot_rows_done != null) killedMidSnapshot++;
      db.close();
    }
    await runConsole(c.file, small.url, TOKENS.ana, 100);
    expect(killedMidSnapshot).toBeGreaterThan(0);
    const db = openDatabase(c.file);
    try {
      expectMatchesHub(db);
      for (const table of ['customers', 'orders', 'feedback', 'feedback_events', 'feedback_tags']) {
        const [hub] = await hubRows(`SELECT count(*)::int AS n FROM ${table}`);
        expect(value(db, `SELECT count(*) FROM ${table}`), table).toBe(hub?.n);
      }
    } finally {
      db.close();
    }
  }, 120_000);

  it('puts every index and trigger back and holds each row once after a SIGKILL mid-snapshot with them set aside', async () => {
    const slow = await startHub({ databaseUrl: fixture.database.url, pageRows: 40 });
    cleanups.push(() => slow.close());
    const schemaOf = (db: Database.Database) =>
      all(db, "SELECT type, name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name");
    // A fresh console each time, until a kill lands between two pages of its first snapshot.
    let c: SyncConsole | null = null;
    let migrated: unknown[] = [];
    for (let attempt = 0; attempt < 10 && !c; attempt++) {
      const candidate = tracked(syncConsole());
      migrated = schemaOf(candidate.db);
      candidate.db.close();
      await killConsoleMidway(candidate.file, slow.url, TOKENS.ana, 100, Math.floor(random() * 200), 'snapshot');
      // Not openDatabase(): it would restore what the kill left set aside.
      const raw = new Database(candidate.file);
      if ((value<number>(raw, 'SELECT count(*) FROM bulk_set_aside') ?? 0) > 0) {
        expect(schemaOf(raw).length).toBeLessThan(migrated.length);
        c = candidate;
      }
      raw.close();
    }
    if (!c) throw new Error('no kill landed mid-snapshot');

    // The next open repairs the schema at once, before any sync runs.
    let db = openDatabase(c.file);
    expect(schemaOf(db)).toEqual(migrated);
    expect(readSyncState(db)?.snapshot_rows_done).not.toBeNull();
    db.close();

    await runConsole(c.file, slow.url, TOKENS.ana, 100);
    db = openDatabase(c.file);
    try {
      expectMatchesHub(db);
      expect(schemaOf(db)).toEqual(migrated);
      for (const table of ['customers', 'orders', 'feedback', 'feedback_events', 'feedback_tags', 'feedback_sla_pauses']) {
        const [hub] = await hubRows(`SELECT count(*)::int AS n FROM ${table}`);
        expect(value(db, `SELECT count(*) FROM ${table}`), table).toBe(hub?.n);
      }
      // Both search indexes hold each feedback row once, and the rollup fills from the rows (it warmed at the end).
      db.exec("INSERT INTO feedback_fts(feedback_fts, rank) VALUES ('integrity-check', 1)");
      expect(value(db, 'SELECT count(*) FROM feedback_bigrams')).toBe(
        value(db, "SELECT count(*) FROM feedback WHERE text_bigrams(text) <> ''"),
      );
      expect(value(db, 'SELECT count(*) FROM metrics_coverage')).toBeGreaterThan(0);
    } finally {
      db.close();
    }
  }, 120_000);

  it('applies every queued edit exactly once when the console is SIGKILLed mid-push', async () => {
    const c = tracked(syncConsole());
    c.signIn(fixture.hub.url, TOKENS.ana);
    await c.sync();
    const since = Date.now() - 1_000;
    const chains = await queueEditChains(c, 'SEA', 60);
    c.db.close();
    let killedMidPush = 0;
    for (let attempt = 0; attempt < 5; attempt++) {
      await killConsoleMidway(c.file, fixture.hub.url, TOKENS.ana, 5, 10 + Math.floor(random() * 150));
      const db = openDatabase(c.file);
      const waiting = value<number>(db, 'SELECT count(*) FROM sync_outbox WHERE answer IS NULL') ?? 0;
      if (waiting > 0 && waiting < 180) killedMidPush++;
      db.close();
    }
    await runConsole(c.file, fixture.hub.url, TOKENS.ana, 5);
    expect(killedMidPush).toBeGreaterThan(0);
    await expectAppliedOnce(chains, since);
    const db = openDatabase(c.file);
    try {
      expectMatchesHub(db);
    } finally {
      db.close();
    }
  }, 120_000);

  it('applies every edit exactly once when the hub is killed mid-push', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let hub = await startHubProcess(fixture.database.url, port);
    cleanups.push(() => kill(hub));
    const c = tracked(syncConsole());
    c.signIn(url, TOKENS.ana);
    await c.sync();
    const since = Date.now() - 1_000;
    const chains = await queueEditChains(c, 'EU', 60);
    const client = new HubClient(url, TOKENS.ana);
    const options = { now: Date.now, log: () => {}, pushBatch: 4 };
    let failedPushes = 0;
    for (let attempt = 0; attempt < 4; attempt++) {
      const pushing = pushAll(c.db, client, options).catch(() => failedPushes++);
      await new Promise((resolve) => setTimeout(resolve, 20 + Math.floor(random() * 80)));
      await kill(hub);
      await pushing;
      hub = await startHubProcess(fixture.database.url, port);
    }
    expect(failedPushes).toBeGreaterThan(0);
    await c.sync();
    await expectAppliedOnce(chains, since);
    expectMatchesHub(c.db);
  }, 120_000);

  it('applies every edit exactly once when a proxy cuts the connection mid-response', async () => {
    let cutsLeft = 6;
    const sockets = new Set<Socket>();
    const proxy: Server = createNetServer((downstream) => {
      const upstream = connect(Number(new URL(fixture.hub.url).port), '127.0.0.1');
      sockets.add(downstream).add(upstream);
      downstream.pipe(upstream);
      let forwarded = 0;
      upstream.on('data', (chunk: Buffer) => {
        // Let the status line and a little of the body through, then drop both ends.
        if (cutsLeft > 0 && forwarded + chunk.length > 300) {
          cutsLeft--;
          downstream.write(chunk.subarray(0, Math.max(0, 300 - forwarded)));
          downstream.destroy();
          upstream.destroy();
          return;
        }
        forwarded += chunk.length;
        downstream.write(chunk);
      });
      upstream.on('end', () => downstream.end());
      upstream.on('error', () => downstream.destroy());
      downstream.on('error', () => upstream.destroy());
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', () => resolve()));
    cleanups.push(() => new Promise((resolve) => {
      for (const socket of sockets) socket.destroy();
      proxy.close(resolve);
    }));
    const url = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;

    const c = tracked(syncConsole());
    c.signIn(url, TOKENS.ana);
    const since = Date.now() - 1_000;
    let failures = 0;
    const syncThrough = async () => {
      for (let attempt = 0; attempt < 20; attempt++) {
        try {
          await c.sync();
          return;
        } catch (error) {
          expect(String(error)).toMatch(/connection to the hub broke off|cannot read|no network/);
          failures++;
        }
      }
      throw new Error('never got through the proxy');
    };
    await syncThrough();
    const chains = await queueEditChains(c, 'NA', 20);
    cutsLeft = 4;
    await syncThrough();
    expect(failures).toBeGreaterThan(2);
    await expectAppliedOnce(chains, since);
    expectMatchesHub(c.db);
  }, 120_000);

  it('keeps edits made while the hub is down and sends them once it is back', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let hub = await startHubProcess(fixture.database.url, port);
    cleanups.push(() => kill(hub));
    const c = tracked(syncConsole());
    c.db.close();
    seedEmptyDatabase(c.file, { log: () => {} });
    const core: Core = createCore({ dbPath: c.file, log: () => {}, tokenVault: fileTokenVault(`${c.file}.hub-token`) });
    cleanups.push(() => core.close());
    const call = <T>(name: string, input: unknown = {}): T => {
      const envelope = core.dispatcher.dispatch(name, input);
      if (!envelope.ok) throw new Error(envelope.error.message);
      return envelope.value as T;
    };
    const waitFor = async (what: string, done: (s: SyncStatus) => boolean) => {
      const until = Date.now() + 20_000;
      for (;;) {
        const status = call<SyncStatus>('sync.status');
        if (done(status)) return status;
        if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(status)}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    call('sync.signIn', { hubUrl: url, token: TOKENS.ana });
    await waitFor('online', (s) => s.state === 'online');

    await kill(hub);
    const id = value(core.db, "SELECT id FROM feedback WHERE region = 'LATAM' ORDER BY id LIMIT 1") as number;
    call('feedback.update', { target: { ids: [id] }, change: { addTags: ['while-offline'] } });
    // The long poll breaks off when the hub dies; the edit's own attempt then finds no hub at all.
    const offline = await waitFor('offline', (s) => s.state === 'offline' && s.reason === 'the hub is not answering');
    expect(offline).toMatchObject({ online: false, reason: 'the hub is not answering', editsWaiting: 1 });
    // The edit is on screen at once: the console never waits on the hub.
    expect(value(core.db, "SELECT count(*) FROM feedback_tags WHERE feedback_id = ? AND tag = 'while-offline'", [id])).toBe(1);

    hub = await startHubProcess(fixture.database.url, port);
    call('sync.now');
    await waitFor('the edit sent', (s) => s.state === 'online' && s.editsWaiting === 0);
    expect(await hubRows("SELECT 1 FROM feedback_tags WHERE feedback_id = $1 AND tag = 'while-offline'", [id])).toHaveLength(1);
  }, 120_000);
});
