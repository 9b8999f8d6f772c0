// What a push may learn and touch: another region's item answers as one that does not exist and is left alone; a
// replay announces nothing; merges stay within one region; bad requests are 4xx, never "try again".
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Mutation, PullResponse, PushResponse } from '../shared/hub-protocol';
import { TABLES } from '../shared/table-registry';
import { encodeCursor } from './cursor';
import { seededHub, TOKENS, type HubFixture } from './test-support/hub-fixture';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('hub_push_scope', 200);
}, 60_000);
afterAll(async () => fixture?.cleanup());

const AT = Date.UTC(2026, 10, 20, 10);

async function post(path: string, token: string, body: unknown): Promise<{ status: number; json: any }> {
  const response = await fetch(`${fixture.hub.url}/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: await response.json() };
}

const push = async (token: string, clientId: string, mutations: Mutation[]) => (await post('push', token, { clientId, sentAt: AT, mutations })).json as PushResponse;

async function ids(region: string, n: number): Promise<number[]> {
  const { rows } = await fixture.pool.query<{ id: number }>(`SELECT id FROM feedback f WHERE region = $1 AND duplicate_of IS NULL
     AND NOT EXISTS (SELECT 1 FROM feedback d WHERE d.duplicate_of = f.id) ORDER BY id LIMIT $2`, [region, n]);
  return rows.map((row) => row.id);
}

/** Every seq stamped on an item's rows: unchanged means no console re-downloads it. */
async function stamps(id: number): Promise<string> {
  const { rows } = await fixture.pool.query(
    `SELECT (SELECT seq FROM feedback WHERE id = $1) AS f, (SELECT array_agg(seq ORDER BY tag) FROM feedback_tags WHERE feedback_id = $1) AS t,
            (SELECT array_agg(seq ORDER BY paused_at) FROM feedback_sla_pauses WHERE feedback_id = $1) AS p`,
    [id],
  );
  return JSON.stringify(rows[0]);
}

const head = async () => Number((await fixture.pool.query('SELECT seq FROM hub_sequence')).rows[0].seq);

describe('a push', () => {
  it('answers another region\'s item as one that does not exist, and leaves it alone', async () => {
    const [eu, euOther] = await ids('EU', 2) as [number, number];
    const [sea] = await ids('SEA', 1) as [number];
    const missing = 999_999_999;
    const before = [await stamps(eu), await stamps(euOther)];
    const results = (
      await push(TOKENS.putri, 'putri-scope-1', [
        { id: 1, name: 'feedback.update', at: AT, args: { feedbackId: eu, set: { priority: 'P1' }, addTags: [], removeTags: [] }, base: {} },
        { id: 2, name: 'feedback.update', at: AT, args: { feedbackId: missing, set: { priority: 'P1' }, addTags: [], removeTags: [] }, base: {} },
        { id: 3, name: 'feedback.merge', at: AT, args: { primaryId: sea, duplicateIds: [euOther] } },
        { id: 4, name: 'feedback.merge', at: AT, args: { primaryId: sea, duplicateIds: [missing] } },
      ])
    ).results;
    const reason = (i: number) => (results[i] as { reason: string }).reason;
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected', 'rejected']);
    expect(reason(0)).toBe(`Feedback #${eu} was not found in the regions you are granted`);
    expect(reason(1)).toBe(reason(0).replace(String(eu), String(missing)));
    expect(reason(2)).toBe(reason(0).replace(String(eu), String(euOther)));
    expect(reason(3)).toBe(reason(1));
    expect([await stamps(eu), await stamps(euOther)]).toEqual(before);
  });

  it('cannot find, or undo, another region\'s merge', async () => {
    const [primary, duplicate] = await ids('EU', 2) as [number, number];
    expect((await push(TOKENS.jonas, 'jonas-scope-1', [{ id: 1, name: 'feedback.merge', at: AT, args: { primaryId: primary, duplicateIds: [duplicate] } }])).results[0]?.status).toBe('applied');
    const { rows } = await fixture.pool.query<{ id: number }>('SELECT id FROM feedback_merges WHERE primary_id = $1', [primary]);
    const mergeId = rows[0]?.id as number;
    const before = await stamps(primary);
    const results = (
      await push(TOKENS.putri, 'putri-scope-2', [
        { id: 1, name: 'feedback.unmerge', at: AT, args: { mergeId } },
        { id: 2, name: 'feedback.unmerge', at: AT, args: { mergeId: 999_999 } },
      ])
    ).results as { reason: string }[];
    expect(results[0]?.reason).toBe(results[1]?.reason);
    expect(await stamps(primary)).toBe(before);
  });

  it('refuses to merge items of two regions, naming both', async () => {
    const [sea] = await ids('SEA', 1) as [number];
    const [eu] = await ids('EU', 1) as [number];
    const results = (await push(TOKENS.ana, 'ana-scope-1', [{ id: 1, name: 'feedback.merge', at: AT, args: { primaryId: sea, duplicateIds: [eu] } }])).results;
    expect(results).toEqual([{ id: 1, status: 'rejected', reason: `Feedback #${eu} is in EU and #${sea} in SEA: only items of one region can be merged` }]);
    expect(Number((await fixture.pool.query('SELECT count(*) FROM feedback_merges WHERE primary_id = $1', [sea])).rows[0].count)).toBe(0);
    expect(Number((await fixture.pool.query('SELECT count(*) FROM feedback WHERE id = $1 AND duplicate_of IS NOT NULL', [eu])).rows[0].count)).toBe(0);
  });

  it('replayed, changes nothing and announces nothing: no new number, no long poll woken', async () => {
    const [sea] = await ids('SEA', 1) as [number];
    const batch: Mutation[] = [{ id: 1, name: 'feedback.update', at: AT, args: { feedbackId: sea, set: {}, addTags: ['replayed'], removeTags: [] }, base: {} }];
    const first = await push(TOKENS.ana, 'ana-replay-1', batch);
    let cursor: string | null = null;
    for (let more = true; more; ) {
      const page = (await post('pull', TOKENS.ana, { clientId: 'ana-replay-pull', cursor })).json as PullResponse;
      ({ cursor, more } = page);
    }
    const sequence = await head();
    const started = Date.now();
    const waiting = post('pull', TOKENS.ana, { clientId: 'ana-replay-pull', cursor, waitMs: 1_500 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await push(TOKENS.ana, 'ana-replay-1', batch)).toEqual(first);
    const page = (await waiting).json as PullResponse;
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_400);
    expect(page.changes).toEqual({});
    expect(await head()).toBe(sequence);
  });
});

describe('a bad request', () => {
  it('with a cursor whose key does not fit its table is a 400 naming the cursor', async () => {
    const { rows } = await fixture.pool.query<{ epoch: string }>('SELECT epoch FROM hub_state');
    const table = TABLES.findIndex((t) => t.name === 'feedback');
    const snapshot = { regions: ['SEA' as const], full: false, table, after: ['not-a-number'], rowsDone: 0, rowsTotal: 1 };
    const cursor = encodeCursor({ epoch: rows[0]?.epoch as string, regions: ['SEA'], seq: await head(), snapshot });
    const { status, json } = await post('pull', TOKENS.ana, { clientId: 'ana-bad-cursor', cursor });
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { code: 'invalid_input', field: 'cursor' } });
    const short = encodeCursor({ epoch: rows[0]?.epoch as string, regions: ['SEA'], seq: await head(), snapshot: { ...snapshot, table: TABLES.findIndex((t) => t.name === 'feedback_tags'), after: [1] } });
    expect((await post('pull', TOKENS.ana, { clientId: 'ana-bad-cursor', cursor: short })).status).toBe(400);
  });

  it('granting regions to someone who does not exist is a 404', async () => {
    const sequence = await head();
    const { status, json } = await post('admin/grants', TOKENS.priya, { personId: 4242, regions: ['EU'] });
    expect(status).toBe(404);
    expect(json).toMatchObject({ error: { code: 'not_found', message: 'There is no person #4242', field: 'personId' } });
    expect(await head()).toBe(sequence);
  });
});
