// The real core worker (from its sources) and its client: events cross the thread and reach every subscriber.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CoreEvent } from '../../shared/events';
import { fixtureDb, type FixtureDb } from '../test-support/fixture-db';
import { sourceWorker } from '../test-support/source-worker';
import { startCoreWorker, type CoreClient } from './core-client';

// One worker for the file: starting it from sources takes seconds.
let fixture: FixtureDb;
let core: CoreClient;
beforeAll(async () => {
  fixture = fixtureDb([{ id: 1 }, { id: 2, region: 'EU' }]);
  fixture.db.close();
  core = await startCoreWorker({ dbPath: fixture.file }, () => {}, () => {}, sourceWorker);
}, 60_000);
afterAll(async () => {
  await core?.close();
  fixture?.cleanup();
});

async function until(what: string, done: () => boolean): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (!done()) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const rowsChanged = (heard: CoreEvent[]) => heard.filter((event) => event.name === 'rows.changed').map((event) => event.payload);

describe('core events', () => {
  it('carries an edit from the worker to every subscriber, and to none that stopped', async () => {
    const first: CoreEvent[] = [];
    const second: CoreEvent[] = [];
    const stopFirst = core.onEvent((event) => first.push(event));
    core.onEvent((event) => second.push(event));

    const answer = await core.call('feedback.update', { target: { ids: [2] }, change: { priority: 'P1' } });
    expect(answer).toMatchObject({ ok: true, value: { updated: 1 } });
    await until('the edit to reach both subscribers', () => rowsChanged(first).length === 1 && rowsChanged(second).length === 1);
    expect(rowsChanged(first)[0]).toMatchObject({ tables: expect.arrayContaining(['feedback']), feedbackIds: [2], source: 'edit' });

    stopFirst();
    await core.call('feedback.update', { target: { ids: [1] }, change: { status: 'resolved' } });
    await until('the second edit to reach the subscriber left', () => rowsChanged(second).length === 2);
    expect(rowsChanged(second)[1]).toMatchObject({ feedbackIds: [1] });
    expect(rowsChanged(first)).toHaveLength(1);
  });

  it('tells other windows of a saved view', async () => {
    const heard: CoreEvent[] = [];
    const stop = core.onEvent((event) => heard.push(event));
    await core.call('views.save', { name: 'Mine', state: { filter: {}, sort: [] } });
    await until('the saved view announced', () => rowsChanged(heard).length === 1);
    expect(rowsChanged(heard)[0]).toEqual({ tables: ['saved_views'], source: 'edit' });
    stop();
  });

  it('announces no change for a refused edit', async () => {
    const heard: CoreEvent[] = [];
    core.onEvent((event) => heard.push(event));
    expect(await core.call('feedback.update', { target: { ids: [99] }, change: { priority: 'P1' } })).toMatchObject({ ok: false });
    // A read after it: its answer comes after any event the refused edit could have sent.
    await core.call('views.list', {});
    expect(rowsChanged(heard)).toEqual([]);
  });
});
