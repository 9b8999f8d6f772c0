// The sync runner inside a real core, driven through the contract calls as the UI drives it: sign-in, the
// token kept out of the database, failures in plain words, another console's edit heard within a second.
import { readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { SyncStatus } from '../../../shared/sync';
import { seededHub, TOKENS, type HubFixture } from '../../../hub/test-support/hub-fixture';
import { createCore, type Core } from '../../core/core';
import { seedEmptyDatabase } from '../../startup/seed-empty';
import { tempDbFile } from '../../test-support/fixture-db';
import { fileTokenVault } from './token-vault';
import { column, run, value } from '../../db/statement-cache';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('sync_runner');
}, 60_000);
afterAll(async () => fixture?.cleanup());

interface RunningConsole {
  core: Core;
  file: string;
  tokenFile: string;
  call<T>(name: string, input?: unknown): T;
}
const running: { core: Core; cleanup(): void }[] = [];
afterEach(() => {
  for (const entry of running.splice(0)) {
    entry.core.close();
    entry.cleanup();
  }
});

function startConsole(): RunningConsole {
  const { file, cleanup } = tempDbFile();
  const tokenFile = `${file}.hub-token`;
  // As the shells start a console: a newcomer's empty store holds the demo set until the first sync replaces it.
  seedEmptyDatabase(file, { log: () => {} });
  const core = createCore({ dbPath: file, log: () => {}, tokenVault: fileTokenVault(tokenFile) });
  running.push({ core, cleanup });
  return {
    core,
    file,
    tokenFile,
    call<T>(name: string, input: unknown = {}) {
      const envelope = core.dispatcher.dispatch(name, input);
      if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
      return envelope.value as T;
    },
  };
}

async function waitFor<T>(what: string, read: () => T, done: (value: T) => boolean, ms = 15_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}: last saw ${JSON.stringify(value).slice(0, 400)}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** A port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const status = (c: RunningConsole) => c.call<SyncStatus>('sync.status');

describe('the sync runner', () => {
  it('signs in once, becomes the hub\'s person and keeps the token only in a file of mode 0600', async () => {
    const c = startConsole();
    expect(status(c)).toMatchObject({ state: 'signed_out', online: false, hubUrl: null });
    // The hub's role wins over whatever the console held.
    run(c.core.db, "UPDATE people SET role = 'admin' WHERE id = 6");
    const signing = c.call<SyncStatus>('sync.signIn', { hubUrl: `${fixture.hub.url}/`, token: TOKENS.jonas });
    expect(signing).toMatchObject({ state: 'signing_in', hubUrl: fixture.hub.url });
    const online = await waitFor('online', () => status(c), (s) => s.state === 'online');
    expect(online).toMatchObject({ online: true, reason: null, editsWaiting: 0, conflicts: 0, checksum: 'match', initialSync: null, insecureHub: false });
    expect(online.lastSyncedAt).toBeGreaterThan(Date.now() - 60_000);
    expect(c.call<{ person: { id: number; regions: string[] } }>('session.get').person).toMatchObject({ id: 6, role: 'operator', regions: ['EU'] });
    expect(value(c.core.db, "SELECT count(*) FROM feedback WHERE region <> 'EU'")).toBe(0);

    expect(statSync(c.tokenFile).mode & 0o777).toBe(0o600);
    c.core.db.pragma('wal_checkpoint(TRUNCATE)');
    for (const file of [c.file, `${c.file}-wal`]) {
      let bytes = '';
      try {
        bytes = readFileSync(file).toString('latin1');
      } catch {
        continue;
      }
      expect(bytes.includes(TOKENS.jonas), path.basename(file)).toBe(false);
    }

    expect(c.call<SyncStatus>('sync.signOut')).toMatchObject({ state: 'signed_out' });
    expect(fileTokenVault(c.tokenFile).load()).toBeNull();
  });

  it('says in plain words why it cannot sync, and backs off', async () => {
    const refused = startConsole();
    refused.call('sync.signIn', { hubUrl: fixture.hub.url, token: 'wrong-token-123' });
    expect(await waitFor('a refusal', () => status(refused), (s) => s.reason !== null)).toMatchObject({
      reason: 'the hub refused your token',
      online: false,
      nextAttemptAt: expect.any(Number),
    });

    const down = startConsole();
    down.call('sync.signIn', { hubUrl: `http://127.0.0.1:${await closedPort()}`, token: TOKENS.ana });
    expect((await waitFor('no answer', () => status(down), (s) => s.reason !== null)).reason).toBe('the hub is not answering');

    expect(() => down.call('sync.signIn', { hubUrl: 'ftp://hub', token: TOKENS.ana })).toThrow(/hubUrl: the hub address starts with http/);
  });

  it('prunes refused edits and set-aside rows older than the retention at each cycle', async () => {
    const c = startConsole();
    c.call('sync.signIn', { hubUrl: fixture.hub.url, token: TOKENS.jonas });
    await waitFor('online', () => status(c), (s) => s.state === 'online');
    const old = Date.now() - 31 * 24 * 3_600_000;
    run(c.core.db, "INSERT INTO sync_rejections (mutation_id, reason, at) VALUES (1, 'old', ?), (2, 'recent', ?)", [old, Date.now()]);
    run(c.core.db, "INSERT INTO sync_quarantine (tbl, row, reason, at) VALUES ('feedback', '[]', 'old', ?), ('feedback', '[]', 'recent', ?)", [old, Date.now()]);
    const synced = status(c).lastSyncedAt as number;
    c.call('sync.now');
    await waitFor('another cycle', () => status(c), (s) => (s.lastSyncedAt ?? 0) > synced && s.state === 'online');
    expect(column(c.core.db, 'SELECT reason FROM sync_rejections UNION ALL SELECT reason FROM sync_quarantine')).toEqual(['recent', 'recent']);
  });

  it('shows another console\'s edit within a second while online', async () => {
    const a = startConsole();
    const b = startConsole();
    a.call('sync.signIn', { hubUrl: fixture.hub.url, token: TOKENS.ana });
    b.call('sync.signIn', { hubUrl: fixture.hub.url, token: TOKENS.ana });
    await waitFor('a online', () => status(a), (s) => s.state === 'online');
    await waitFor('b online', () => status(b), (s) => s.state === 'online');
    const id = value(a.core.db, "SELECT id FROM feedback WHERE region = 'NA' ORDER BY id LIMIT 1") as number;
    const read = () => value<number>(b.core.db, "SELECT count(*) FROM feedback_tags WHERE feedback_id = ? AND tag = 'live'", [id]);
    // Let b's long poll settle at the hub before the edit.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const started = Date.now();
    a.call('feedback.update', { target: { ids: [id] }, change: { addTags: ['live'] } });
    await waitFor('the edit on b', read, (n) => n === 1, 5_000);
    expect(Date.now() - started).toBeLessThan(1_000);
    await waitFor('a settled', () => status(a), (s) => s.editsWaiting === 0 && s.state === 'online');
  });
});
