// What sharing work between consoles must not break (hub/PROTOCOL.md, "How a change reaches a thousand consoles"),
// on real PostgreSQL over real HTTP: no change missed or seen twice under concurrent pushes through two hubs, shared
// pages never carrying another region's rows, a revoked token refused at its next request, a poll given up leaving
// nothing behind.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, PushResponse } from '../shared/hub-protocol';
import { PRIORITIES } from '../shared/domain';
import { startHub, type Hub } from './server';
import { issueToken, newToken, revokeTokens } from './tokens';
import { seededHub, TOKENS, type HubFixture } from './test-support/hub-fixture';
import { hubPost, MemoryConsole } from './test-support/memory-console';

let fixture: HubFixture;
let second: Hub;
beforeAll(async () => {
  fixture = await seededHub('hub_fan_out', 120);
  second = await startHub({ databaseUrl: fixture.database.url });
}, 60_000);
afterAll(async () => {
  await second?.close();
  await fixture?.cleanup();
});

/** A seeded random sequence, so a failing run can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 2 ** 32;
  };
}

const PEOPLE = [
  { token: TOKENS.putri, regions: ['SEA'] },
  { token: TOKENS.jonas, regions: ['EU'] },
  { token: TOKENS.layla, regions: ['EU', 'MENA'] },
  { token: TOKENS.ana, regions: ['EA', 'EU', 'LATAM', 'MENA', 'NA', 'SEA'] },
];

async function items(region: string, count: number): Promise<{ id: number; priority: string }[]> {
  const { rows } = await fixture.pool.query<{ id: number; priority: string }>(
    'SELECT id, priority FROM feedback WHERE region = $1 AND merge_id IS NULL ORDER BY id LIMIT $2',
    [region, count],
  );
  return rows;
}

/** Pushes `batches` batches of 1-3 edits (a priority and a tag) to `owned` items, each through a hub picked at random. */
async function writer(token: string, clientId: string, owned: { id: number; priority: string }[], batches: number, next: () => number): Promise<number> {
  let id = 0;
  for (let b = 0; b < batches; b++) {
    const mutations: Mutation[] = [];
    for (let m = 0; m < 1 + Math.floor(next() * 3); m++) {
      const item = owned[Math.floor(next() * owned.length)] as { id: number; priority: string };
      // Always another priority: an edit that changes nothing of the item's own row would send its version again.
      const others = PRIORITIES.filter((p) => p !== item.priority);
      const priority = others[Math.floor(next() * others.length)] as string;
      mutations.push({
        id: ++id,
        name: 'feedback.update',
        at: Date.now(),
        args: { feedbackId: item.id, set: { priority: priority as 'P1' }, addTags: [`t${Math.floor(next() * 5)}`], removeTags: [`t${Math.floor(next() * 5)}`] },
        base: { priority: item.priority as 'P1' },
      });
      item.priority = priority;
    }
    const url = next() < 0.5 ? fixture.hub.url : second.url;
    const { status, text } = await hubPost(url, 'push', token, { clientId, sentAt: Date.now(), mutations });
    expect(status).toBe(200);
    expect((JSON.parse(text) as PushResponse).results.map((r) => r.status)).toEqual(mutations.map(() => 'applied'));
  }
  return id;
}

describe('fan-out', () => {
  it('brings every console to the hub under concurrent pushes through two hubs, missing nothing and sending nothing twice', async () => {
    const seed = Date.now() % 100_000;
    const next = random(seed);
    const consoles = Array.from({ length: 32 }, (_, i) => {
      const person = PEOPLE[i % PEOPLE.length] as (typeof PEOPLE)[number];
      return new MemoryConsole(i % 2 ? fixture.hub.url : second.url, person.token, `fan-out-console-${i}`, person.regions);
    });
    for (const console of consoles) await console.catchUp();
    // Each writer owns its items, so every edit applies against the base it saw (no conflict re-sends a version).
    const writers = [
      writer(TOKENS.putri, 'fan-out-writer-sea', await items('SEA', 6), 25, next),
      writer(TOKENS.jonas, 'fan-out-writer-eu', await items('EU', 6), 25, next),
      writer(TOKENS.layla, 'fan-out-writer-mena', await items('MENA', 6), 25, next),
    ];
    let writing = true;
    const polling = consoles.map(async (console) => {
      while (writing) await console.pull(400);
    });
    const lastIds = await Promise.all(writers);
    writing = false;
    await Promise.all(polling);
    for (const console of consoles) await console.catchUp();
    for (const console of consoles) {
      const context = `seed ${seed}, ${console.clientId} (${console.regions.join(',')})`;
      expect(await console.differencesFrom(fixture.pool), context).toEqual([]);
      expect(console.seenTwice, context).toEqual([]);
      expect(console.outOfScope, context).toEqual([]);
    }
    // Each writer's console, pulling now, is told its last edit is applied.
    const writerConsoles = [
      new MemoryConsole(second.url, TOKENS.putri, 'fan-out-writer-sea', ['SEA']),
      new MemoryConsole(fixture.hub.url, TOKENS.jonas, 'fan-out-writer-eu', ['EU']),
      new MemoryConsole(second.url, TOKENS.layla, 'fan-out-writer-mena', ['EU', 'MENA']),
    ];
    for (const [i, console] of writerConsoles.entries()) {
      let page = await console.pull();
      while (page.more) page = await console.pull();
      expect(page.lastMutationId, console.clientId).toBe(lastIds[i]);
    }
  }, 120_000);

  it('builds one page for every console of the same regions at one cursor, and never hands it to other regions', async () => {
    const sea = Array.from({ length: 12 }, (_, i) => new MemoryConsole(fixture.hub.url, TOKENS.putri, `shared-sea-${i}`, ['SEA']));
    const eu = Array.from({ length: 4 }, (_, i) => new MemoryConsole(fixture.hub.url, TOKENS.jonas, `shared-eu-${i}`, ['EU']));
    await sea[0]?.catchUp();
    await eu[0]?.catchUp();
    for (const console of sea.slice(1)) console.cursor = sea[0]?.cursor ?? null;
    for (const console of eu.slice(1)) console.cursor = eu[0]?.cursor ?? null;
    const waits = [...sea, ...eu].map((console) => console.pull(10_000));
    await until(() => fixture.hub.stats().waiting === 16, fixture.hub.stats);
    const built = fixture.hub.stats().pagesBuilt;
    const [item] = await items('SEA', 1);
    await hubPost(fixture.hub.url, 'push', TOKENS.ana, {
      clientId: 'shared-writer',
      sentAt: Date.now(),
      mutations: [{ id: 1, name: 'feedback.update', at: Date.now(), args: { feedbackId: item?.id, set: { priority: item?.priority === 'P1' ? 'P2' : 'P1' } }, base: { priority: item?.priority } }],
    });
    // The SEA change wakes the SEA consoles only; the EU ones go on waiting.
    const seaPages = await Promise.all(waits.slice(0, sea.length));
    expect(seaPages.every((page) => page.changes.feedback?.upserts.length === 1)).toBe(true);
    expect(fixture.hub.stats().pagesBuilt - built).toBe(1);
    expect(fixture.hub.stats().waiting).toBe(eu.length);
    // An EU change then: the EU consoles' page holds EU rows only, though the SEA one was built at their cursor too.
    const [euItem] = await items('EU', 1);
    await hubPost(second.url, 'push', TOKENS.ana, {
      clientId: 'shared-writer',
      sentAt: Date.now(),
      mutations: [{ id: 2, name: 'feedback.update', at: Date.now(), args: { feedbackId: euItem?.id, set: { priority: euItem?.priority === 'P1' ? 'P2' : 'P1' } }, base: { priority: euItem?.priority } }],
    });
    const euPages = await Promise.all(waits.slice(sea.length));
    expect(euPages.every((page) => page.changes.feedback?.upserts.length === 1)).toBe(true);
    for (const console of [...sea, ...eu]) expect(console.outOfScope, console.clientId).toEqual([]);
  });

  it('refuses a revoked token at its very next request, though the hub remembers tokens it has read', async () => {
    const token = newToken();
    const tokenId = await issueToken(fixture.pool, 3, token, { label: 'fan-out', kind: 'issued', expiresAt: null, now: Date.now() });
    const pull = () => hubPost(fixture.hub.url, 'pull', token, { clientId: 'revoked-console', cursor: null, waitMs: 0 });
    for (let i = 0; i < 3; i++) expect((await pull()).status).toBe(200);
    expect(await revokeTokens(fixture.pool, { tokenId }, Date.now())).toBe(1);
    const after = await Promise.all(Array.from({ length: 5 }, pull));
    expect(after.map((answer) => answer.status)).toEqual([401, 401, 401, 401, 401]);
  });

  it('ends a long poll whose client went: no wait, timer or page is left behind, and the next change builds nothing for it', async () => {
    const source = new MemoryConsole(second.url, TOKENS.jonas, 'gone-source', ['EU']);
    await source.catchUp();
    const gone = new AbortController();
    const polls = Array.from({ length: 40 }, (_, i) => {
      const console = new MemoryConsole(second.url, TOKENS.jonas, `gone-console-${i}`, ['EU']);
      console.cursor = source.cursor;
      return console.pull(25_000, gone.signal).catch((error: unknown) => (gone.signal.aborted ? 'aborted' : Promise.reject(error)));
    });
    await until(() => second.stats().waiting === 40, second.stats);
    gone.abort();
    expect(await Promise.all(polls)).toEqual(polls.map(() => 'aborted'));
    await until(() => second.stats().waiting === 0, second.stats);
    const built = second.stats().pagesBuilt;
    const [item] = await items('EU', 1);
    await hubPost(second.url, 'push', TOKENS.jonas, {
      clientId: 'gone-writer',
      sentAt: Date.now(),
      mutations: [{ id: 1, name: 'feedback.update', at: Date.now(), args: { feedbackId: item?.id, set: { priority: item?.priority === 'P1' ? 'P2' : 'P1' } }, base: { priority: item?.priority } }],
    });
    // The change is heard (a console pulling now gets it) and nothing was built before for the forty gone.
    expect(second.stats().pagesBuilt).toBe(built);
    const page = await source.pull(5_000);
    expect(page.changes.feedback?.upserts.length).toBe(1);
    expect(second.stats().pagesBuilt).toBe(built + 1);
  });
});

/** Waits for a condition the hub reaches by itself (a poll registered, a close seen), failing after 10 s. */
async function until(condition: () => boolean, state: () => unknown): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`the hub never reached the expected state: ${JSON.stringify(state())}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
