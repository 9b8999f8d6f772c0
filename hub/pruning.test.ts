// The hub prunes on its own: tombstones and recorded answers older than the retention go, and a console whose
// cursor is older than the raised horizon starts again from a snapshot.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse } from '../shared/hub-protocol';
import { setGrants } from './accounts';
import { startHub } from './server';
import { seededHub, TOKENS, type HubFixture } from './test-support/hub-fixture';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('hub_pruning', 20);
}, 60_000);
afterAll(async () => fixture?.cleanup());

const DAY = 86_400_000;
const count = async (sql: string) => Number((await fixture.pool.query(sql)).rows[0].n);

async function pull(url: string, cursor: string | null): Promise<PullResponse> {
  const response = await fetch(`${url}/v1/pull`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKENS.ana}`, 'content-type': 'application/json' },
    body: JSON.stringify({ clientId: 'ana-pruning-console', cursor }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as PullResponse;
}

describe('pruning', () => {
  it('is scheduled in the hub, keeps what is recent, and sends an older console a snapshot', async () => {
    let cursor: string | null = null;
    for (let more = true; more; ) ({ cursor, more } = await pull(fixture.hub.url, cursor));
    const [feedbackId] = (await fixture.pool.query<{ id: number }>("SELECT id FROM feedback ORDER BY id LIMIT 1")).rows.map((r) => r.id);
    const push = (id: number, tags: { addTags?: string[]; removeTags?: string[] }) =>
      fetch(`${fixture.hub.url}/v1/push`, {
        method: 'POST',
        headers: { authorization: `Bearer ${TOKENS.ana}`, 'content-type': 'application/json' },
        body: JSON.stringify({ clientId: 'ana-pruning-pusher', sentAt: Date.now(), mutations: [{ id, name: 'feedback.update', at: Date.now(), args: { feedbackId, set: {}, ...tags }, base: {} }] }),
      });
    expect((await push(1, { addTags: ['old'] })).status).toBe(200);
    expect((await push(2, { removeTags: ['old'] })).status).toBe(200);
    // The old deletion and its answers are made to look 40 days old; a grant taken away now stays recent.
    await fixture.pool.query(`UPDATE hub_tombstones SET at = at - ${40 * DAY}`);
    await fixture.pool.query(`UPDATE hub_mutation_results SET at = at - ${40 * DAY}`);
    await setGrants(fixture.pool, 11, ['NA']);
    expect(await count('SELECT count(*) AS n FROM hub_tombstones')).toBe(2);

    const hub = await startHub({ databaseUrl: fixture.database.url, pruneEveryMs: 100, retentionMs: 30 * DAY });
    try {
      await expect.poll(() => count('SELECT count(*) AS n FROM hub_mutation_results'), { timeout: 5_000 }).toBe(0);
      expect(await count("SELECT count(*) AS n FROM hub_tombstones WHERE tbl = 'feedback_tags'")).toBe(0);
      expect(await count("SELECT count(*) AS n FROM hub_tombstones WHERE tbl = 'people_regions'")).toBe(1);
      expect(await count('SELECT tombstone_horizon AS n FROM hub_state')).toBeGreaterThan(0);
      // Its cursor predates the pruned deletion: incremental pages could no longer tell it of that, so a snapshot.
      expect((await pull(hub.url, cursor)).reset).toBe(true);
    } finally {
      await hub.close();
    }
  });
});
