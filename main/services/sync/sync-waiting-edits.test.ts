// Edits waiting in the outbox are never lost quietly: a hub is known by its data set, not its address, so signing in
// again by another spelling (or through another hub over the same database) keeps and sends them; a hub holding
// another data set is refused while they wait, until the person confirms discarding them. And an item of a region
// taken away while it had an edit waiting leaves the console once that edit is settled.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/sync';
import { setGrants } from '../../../hub/accounts';
import { startHub } from '../../../hub/server';
import { seededHub, TOKENS, type HubFixture } from '../../../hub/test-support/hub-fixture';
import { createCore, type Core } from '../../core/core';
import { seedEmptyDatabase } from '../../startup/seed-empty';
import { tempDbFile } from '../../test-support/fixture-db';
import { updateFeedback } from '../feedback/update-service';
import { readSyncState } from './sync-state';
import { syncConsole, type SyncConsole } from './test-support/sync-console';
import { fileTokenVault } from './token-vault';

let fixture: HubFixture;
let other: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('sync_waiting');
  other = await seededHub('sync_waiting_other', 120);
}, 90_000);
afterAll(async () => {
  await fixture?.cleanup();
  await other?.cleanup();
});

interface RunningConsole {
  core: Core;
  tokenFile: string;
  call<T>(name: string, input?: unknown): T;
}
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function startConsole(): RunningConsole {
  const { file, cleanup } = tempDbFile();
  const tokenFile = `${file}.hub-token`;
  // As the shells start a console: an empty store holds the demo set (and its people) until the first sync.
  seedEmptyDatabase(file, { log: () => {} });
  const core = createCore({ dbPath: file, log: () => {}, tokenVault: fileTokenVault(tokenFile) });
  cleanups.push(cleanup, () => core.close());
  return {
    core,
    tokenFile,
    call<T>(name: string, input: unknown = {}) {
      const envelope = core.dispatcher.dispatch(name, input);
      if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
      return envelope.value as T;
    },
  };
}

async function waitFor(c: RunningConsole, what: string, done: (s: SyncStatus) => boolean, ms = 20_000): Promise<SyncStatus> {
  const until = Date.now() + ms;
  for (;;) {
    const status = c.call<SyncStatus>('sync.status');
    if (done(status)) return status;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(status).slice(0, 600)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function hubPriority(hub: HubFixture, id: number): Promise<string | undefined> {
  const { rows } = await hub.pool.query<{ priority: string }>('SELECT priority FROM feedback WHERE id = $1', [id]);
  return rows[0]?.priority;
}

/** Signs in and syncs, signs out, then edits one item offline: one edit waits. */
async function editWhileSignedOut(c: RunningConsole, hubUrl: string): Promise<{ id: number; priority: string }> {
  c.call('sync.signIn', { hubUrl, token: TOKENS.ana });
  await waitFor(c, 'online', (s) => s.state === 'online');
  c.call('sync.signOut');
  const row = c.core.db.prepare("SELECT id, priority FROM feedback WHERE region = 'NA' ORDER BY id LIMIT 1").get() as { id: number; priority: string };
  const priority = row.priority === 'P1' ? 'P2' : 'P1';
  c.call('feedback.update', { target: { ids: [row.id] }, change: { priority } });
  expect(c.call<SyncStatus>('sync.status').editsWaiting).toBe(1);
  return { id: row.id, priority };
}

const port = (url: string) => new URL(url).port;

describe('signing in again with edits waiting', () => {
  it('keeps and sends them when the same hub is named another way (localhost for 127.0.0.1)', async () => {
    const c = startConsole();
    const edit = await editWhileSignedOut(c, fixture.hub.url);
    const clientId = readSyncState(c.core.db)?.client_id;
    c.call('sync.signIn', { hubUrl: `http://localhost:${port(fixture.hub.url)}`, token: TOKENS.ana });
    await waitFor(c, 'the edit sent', (s) => s.state === 'online' && s.editsWaiting === 0);
    expect(await hubPriority(fixture, edit.id)).toBe(edit.priority);
    expect(readSyncState(c.core.db)).toMatchObject({ client_id: clientId, hub_url: `http://localhost:${port(fixture.hub.url)}` });
  });

  it('counts two hub processes over one database as one hub', async () => {
    const second = await startHub({ databaseUrl: fixture.database.url });
    cleanups.push(() => second.close());
    const c = startConsole();
    const edit = await editWhileSignedOut(c, fixture.hub.url);
    const cursor = readSyncState(c.core.db)?.cursor;
    c.call('sync.signIn', { hubUrl: second.url, token: TOKENS.ana });
    await waitFor(c, 'the edit sent', (s) => s.state === 'online' && s.editsWaiting === 0);
    expect(await hubPriority(fixture, edit.id)).toBe(edit.priority);
    // The cursor of the first hub went on at the second: no snapshot again.
    expect(cursor).not.toBeNull();
    expect(readSyncState(c.core.db)?.snapshot_rows_done).toBeNull();
  });

  it('refuses a hub holding another data set, naming the edits waiting, until the person confirms discarding them', async () => {
    const c = startConsole();
    const edit = await editWhileSignedOut(c, fixture.hub.url);
    const before = await hubPriority(other, edit.id);
    c.call('sync.signIn', { hubUrl: other.hub.url, token: TOKENS.ana });
    const refused = await waitFor(c, 'the refusal', (s) => s.signInRefused !== null);
    expect(refused).toMatchObject({ state: 'signed_out', signInRefused: 'other_data_set', editsWaiting: 1 });
    expect(refused.reason).toMatch(/^1 edit made here waits .*another data set.*confirm discarding it/);
    // Nothing was sent or dropped, and the refused hub's token is not kept.
    expect(c.core.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(1);
    expect(await hubPriority(other, edit.id)).toBe(before);
    expect(fileTokenVault(c.tokenFile).load()).toBeNull();

    c.call('sync.signIn', { hubUrl: other.hub.url, token: TOKENS.ana, discardWaiting: true });
    const online = await waitFor(c, 'online at the other hub', (s) => s.state === 'online');
    expect(online).toMatchObject({ editsWaiting: 0, signInRefused: null, reason: null });
    expect(await hubPriority(other, edit.id)).toBe(before);
    // The console now holds the other data set's rows, and only them.
    const { rows } = await other.pool.query<{ n: string }>('SELECT count(*) AS n FROM feedback');
    expect(c.core.db.prepare('SELECT count(*) FROM feedback').pluck().get()).toBe(Number(rows[0]?.n));
  }, 60_000);

  it('sends nothing, and asks, once its address reaches another data set under a running console', async () => {
    const first = await startHub({ databaseUrl: fixture.database.url });
    const c = startConsole();
    c.call('sync.signIn', { hubUrl: first.url, token: TOKENS.ana });
    await waitFor(c, 'online', (s) => s.state === 'online');
    // The same address now leads to a hub over another database (a balancer pointed elsewhere, say).
    await first.close();
    const swapped = await startHub({ databaseUrl: other.database.url, port: Number(port(first.url)) });
    cleanups.push(() => swapped.close());
    const row = c.core.db.prepare("SELECT id, priority FROM feedback WHERE region = 'NA' ORDER BY id LIMIT 1").get() as { id: number; priority: string };
    const before = await hubPriority(other, row.id);
    c.call('feedback.update', { target: { ids: [row.id] }, change: { priority: row.priority === 'P1' ? 'P2' : 'P1' } });
    const refused = await waitFor(c, 'the refusal', (s) => s.signInRefused !== null, 40_000);
    expect(refused).toMatchObject({ state: 'signed_out', signInRefused: 'other_data_set', editsWaiting: 1 });
    expect(await hubPriority(other, row.id)).toBe(before);
  }, 60_000);

  it('refuses another person while edits wait, as it does another data set', async () => {
    const c = startConsole();
    await editWhileSignedOut(c, fixture.hub.url);
    c.call('sync.signIn', { hubUrl: fixture.hub.url, token: TOKENS.layla });
    const refused = await waitFor(c, 'the refusal', (s) => s.signInRefused !== null);
    expect(refused).toMatchObject({ state: 'signed_out', signInRefused: 'other_person', editsWaiting: 1 });
    c.call('sync.signIn', { hubUrl: fixture.hub.url, token: TOKENS.ana });
    await waitFor(c, 'the edit sent as its maker', (s) => s.state === 'online' && s.editsWaiting === 0);
  });
});

describe('a region taken away while an edit of it waits', () => {
  let c: SyncConsole;
  afterEach(async () => {
    c?.close();
    await setGrants(fixture.hub.pool, 5, ['EU', 'MENA']);
  });

  it('drops the region\'s rows once the edit is settled, keeping its outcome', async () => {
    c = syncConsole();
    c.signIn(fixture.hub.url, TOKENS.layla);
    await c.sync();
    const id = c.db.prepare("SELECT id FROM feedback WHERE region = 'EU' AND status <> 'resolved' ORDER BY id LIMIT 1").pluck().get() as number;
    updateFeedback(c.db, { target: { ids: [id] }, change: { addTags: ['revoked'] } }, c.person(), c.now());
    await setGrants(fixture.hub.pool, 5, ['MENA']);
    // A snapshot comes next (a checksum mismatch asks for one): the reset keeps the item while its edit waits.
    c.db.prepare('UPDATE sync_state SET cursor = NULL').run();
    await c.sync();
    await c.sync();
    const left = (table: string) => c.db.prepare(`SELECT count(*) FROM ${table} WHERE region = 'EU'`).pluck().get() as number;
    expect({ feedback: left('feedback'), customers: left('customers'), orders: left('orders') }).toEqual({ feedback: 0, customers: 0, orders: 0 });
    for (const table of ['feedback_tags', 'feedback_events', 'feedback_sla_pauses', 'sync_shadow', 'sync_outbox_items']) {
      expect(c.db.prepare(`SELECT count(*) FROM ${table} WHERE feedback_id = ?`).pluck().get(id), table).toBe(0);
    }
    expect(c.db.prepare('SELECT count(*) FROM sync_outbox').pluck().get()).toBe(0);
    expect(c.db.prepare('SELECT reason FROM sync_rejections').pluck().all()).toEqual([expect.stringContaining(`#${id}`)]);
  });
});
