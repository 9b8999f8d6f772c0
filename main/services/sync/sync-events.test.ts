// The events a core pushes while it syncs, heard as the shells hear them: two consoles on one hub, neither asked
// for its status; an edit on one reaches the other as rows.changed naming the item and its region.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent, EventPayload } from '../../../shared/events';
import { seededHub, TOKENS, type HubFixture } from '../../../hub/test-support/hub-fixture';
import { createCore, type Core } from '../../core/core';
import { value } from '../../db/statement-cache';
import { seedEmptyDatabase } from '../../startup/seed-empty';
import { tempDbFile } from '../../test-support/fixture-db';
import { fileTokenVault } from './token-vault';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('sync_events');
}, 60_000);
afterAll(async () => fixture?.cleanup());

const running: { core: Core; cleanup(): void }[] = [];
afterEach(() => {
  for (const entry of running.splice(0)) {
    entry.core.close();
    entry.cleanup();
  }
});

interface Listening {
  core: Core;
  heard: CoreEvent[];
  call(name: string, input?: unknown): unknown;
}

function startConsole(): Listening {
  const { file, cleanup } = tempDbFile();
  const heard: CoreEvent[] = [];
  // As the shells start a console: the demo set until the first sync replaces it.
  seedEmptyDatabase(file, { log: () => {} });
  const core = createCore({ dbPath: file, log: () => {}, tokenVault: fileTokenVault(`${file}.hub-token`), onEvent: (event) => heard.push(event) });
  running.push({ core, cleanup });
  return {
    core,
    heard,
    call(name, input = {}) {
      const envelope = core.dispatcher.dispatch(name, input);
      if (!envelope.ok) throw new Error(`${name}: ${envelope.error.message}`);
      return envelope.value;
    },
  };
}

function payloads<N extends CoreEvent['name']>(c: Listening, name: N): EventPayload<N>[] {
  return c.heard.filter((event) => event.name === name).map((event) => event.payload as EventPayload<N>);
}

async function waitFor(what: string, done: () => boolean, ms = 20_000): Promise<void> {
  const until = Date.now() + ms;
  while (!done()) {
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const lastStatus = (c: Listening) => payloads(c, 'sync.statusChanged').at(-1);

describe('sync events', () => {
  it('push the status as it changes and another console\'s edit as rows changed, with no one asking', async () => {
    const a = startConsole();
    const b = startConsole();
    a.call('sync.signIn', { hubUrl: fixture.hub.url, token: TOKENS.ana });
    b.call('sync.signIn', { hubUrl: fixture.hub.url, token: TOKENS.ana });
    await waitFor('a online', () => lastStatus(a)?.state === 'online');
    await waitFor('b online', () => lastStatus(b)?.state === 'online');
    const states = payloads(b, 'sync.statusChanged').map((status) => status.state);
    expect(states).toContain('signing_in');
    expect(states.indexOf('signing_in')).toBeLessThan(states.lastIndexOf('online'));
    // The snapshot's pages were announced: everything may have changed.
    expect(payloads(b, 'rows.changed').some((change) => change.tables.includes('feedback') && change.feedbackIds === undefined)).toBe(true);
    // The same status is not pushed twice in a row.
    const pushed = payloads(b, 'sync.statusChanged').map((status) => JSON.stringify(status));
    expect(pushed.every((json, i) => i === 0 || json !== pushed[i - 1])).toBe(true);

    const id = value<number>(a.core.db, "SELECT id FROM feedback WHERE region = 'NA' ORDER BY id LIMIT 1") ?? 0;
    expect(id).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const bHeard = b.heard.length;
    a.call('feedback.update', { target: { ids: [id] }, change: { addTags: ['pushed'] } });
    expect(payloads(a, 'rows.changed').at(-1)).toMatchObject({ feedbackIds: [id], source: 'edit' });
    await waitFor('a counting its edit as waiting', () => payloads(a, 'sync.statusChanged').some((status) => status.editsWaiting === 1));
    await waitFor('a settled', () => lastStatus(a)?.editsWaiting === 0 && lastStatus(a)?.state === 'online');

    const onB = () =>
      b.heard
        .slice(bHeard)
        .filter((event) => event.name === 'rows.changed')
        .map((event) => event.payload as EventPayload<'rows.changed'>)
        .find((change) => change.feedbackIds?.includes(id));
    await waitFor('the edit announced on b', () => onB() !== undefined, 5_000);
    expect(onB()).toMatchObject({ source: 'sync', tables: expect.arrayContaining(['feedback_tags']) });
  });
});
