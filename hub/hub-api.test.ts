// The hub over real HTTP and a real PostgreSQL: tokens, region scope, malformed and hostile pushes,
// a batch delivered twice, several hubs on one database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PullResponse, PushResponse } from '../shared/hub-protocol';
import { startHub } from './server';
import { hashToken } from './tokens';
import { seededHub, TOKENS, type HubFixture } from './test-support/hub-fixture';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('hub_api');
}, 60_000);
afterAll(async () => fixture?.cleanup());

async function post(path: string, token: string, body: unknown, base = fixture.hub.url): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${base}/v1/${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await response.text();
  let json: unknown = text;
  try {
    json = JSON.parse(text);
  } catch {
    // Kept as text for the assertion to show.
  }
  return { status: response.status, json };
}

async function pullEverything(token: string, clientId: string): Promise<PullResponse[]> {
  const pages: PullResponse[] = [];
  let cursor: string | null = null;
  for (;;) {
    const { status, json } = await post('pull', token, { clientId, cursor });
    expect(status).toBe(200);
    const page = json as PullResponse;
    pages.push(page);
    cursor = page.cursor;
    if (!page.more) return pages;
  }
}

async function scalar(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await fixture.pool.query<{ n: number }>(sql, params);
  return Number(rows[0]?.n);
}

async function feedbackIn(region: string): Promise<{ id: number; priority: string }> {
  const { rows } = await fixture.pool.query<{ id: number; priority: string }>(
    'SELECT id, priority FROM feedback WHERE region = $1 ORDER BY id LIMIT 1',
    [region],
  );
  const row = rows[0];
  if (!row) throw new Error(`no feedback in ${region}`);
  return row;
}

const AT = Date.UTC(2026, 10, 20, 10);
const other = (priority: string) => (priority === 'P1' ? 'P2' : 'P1');

describe('the hub', () => {
  it('stores tokens hashed and refuses an unknown one', async () => {
    expect(await scalar('SELECT count(*) AS n FROM hub_tokens WHERE token_hash = $1', [hashToken(TOKENS.ana)])).toBe(1);
    expect(await scalar('SELECT count(*) AS n FROM hub_tokens WHERE token_hash = $1', [TOKENS.ana])).toBe(0);
    const me = await fetch(`${fixture.hub.url}/v1/me`, { headers: { authorization: 'Bearer not-a-real-token' } });
    expect(me.status).toBe(401);
    expect(await me.json()).toMatchObject({ error: { message: 'The hub does not know this token, or it has expired or been revoked' } });
  });

  it('never sends a SEA person another region\'s row, and refuses their edit to an EU item', async () => {
    const pages = await pullEverything(TOKENS.putri, 'putri-console-1');
    const regionColumn = { customers: 1, orders: 2, feedback: 3 } as const;
    let feedbackRows = 0;
    const feedbackIds = new Set<number>();
    for (const page of pages) {
      for (const [table, column] of Object.entries(regionColumn)) {
        for (const row of page.changes[table as keyof typeof regionColumn]?.upserts ?? []) {
          expect(row[column]).toBe('SEA');
          if (table === 'feedback') feedbackIds.add(row[0] as number);
        }
      }
      feedbackRows += page.changes.feedback?.upserts.length ?? 0;
      for (const row of page.changes.feedback_events?.upserts ?? []) expect(feedbackIds.has(row[1] as number)).toBe(true);
    }
    expect(feedbackRows).toBe(await scalar("SELECT count(*) AS n FROM feedback WHERE region = 'SEA'"));

    const eu = await feedbackIn('EU');
    const { status, json } = await post('push', TOKENS.putri, {
      clientId: 'putri-console-1',
      sentAt: AT,
      mutations: [{ id: 1, name: 'feedback.update', at: AT, args: { feedbackId: eu.id, set: { priority: other(eu.priority) } }, base: { priority: eu.priority } }],
    });
    expect(status).toBe(200);
    expect((json as PushResponse).results).toEqual([
      { id: 1, status: 'rejected', reason: `Feedback #${eu.id} was not found in the regions you are granted` },
    ]);
    expect(await scalar('SELECT count(*) AS n FROM feedback WHERE id = $1 AND priority = $2', [eu.id, eu.priority])).toBe(1);
  });

  it('refuses a malformed batch whole, naming the mutation and the field', async () => {
    const sea = await feedbackIn('SEA');
    const before = await scalar('SELECT seq AS n FROM hub_sequence');
    const { status, json } = await post('push', TOKENS.ana, {
      clientId: 'ana-console-malformed',
      sentAt: AT,
      mutations: [
        { id: 1, name: 'feedback.update', at: AT, args: { feedbackId: sea.id, set: { priority: other(sea.priority) } }, base: { priority: sea.priority } },
        { id: 2, name: 'feedback.update', at: AT, args: { feedbackId: sea.id, set: { priority: 'P9' } }, base: { priority: sea.priority } },
      ],
    });
    expect(status).toBe(400);
    expect(json).toMatchObject({ error: { code: 'invalid_input', field: 'mutations[1].args.set.priority' } });
    expect((json as { error: { message: string } }).error.message).toMatch(/^mutations\[1\] \(id 2, "feedback.update"\): args\.set\.priority: .*\(got "P9"\)/);
    expect(await scalar('SELECT seq AS n FROM hub_sequence')).toBe(before);
    expect(await scalar('SELECT count(*) AS n FROM feedback WHERE id = $1 AND priority = $2', [sea.id, sea.priority])).toBe(1);
  });

  it('applies a batch delivered twice once, answering the same both times', async () => {
    const sea = await feedbackIn('SEA');
    const body = {
      clientId: 'ana-console-twice',
      sentAt: AT,
      mutations: [
        { id: 1, name: 'feedback.update', at: AT, args: { feedbackId: sea.id, set: { priority: other(sea.priority) }, addTags: ['twice'] }, base: { priority: sea.priority } },
        { id: 2, name: 'feedback.update', at: AT, args: { feedbackId: sea.id, set: { priority: sea.priority } }, base: { priority: other(sea.priority) } },
      ],
    };
    const first = await post('push', TOKENS.ana, body);
    const events = await scalar("SELECT count(*) AS n FROM feedback_events WHERE feedback_id = $1 AND kind = 'priority'", [sea.id]);
    const second = await post('push', TOKENS.ana, body);
    expect(first.status).toBe(200);
    expect(second.json).toEqual(first.json);
    expect((first.json as PushResponse).results.map((r) => r.status)).toEqual(['applied', 'applied']);
    expect(await scalar("SELECT count(*) AS n FROM feedback_events WHERE feedback_id = $1 AND kind = 'priority'", [sea.id])).toBe(events);
    expect(await scalar('SELECT count(*) AS n FROM feedback WHERE id = $1 AND priority = $2', [sea.id, sea.priority])).toBe(1);
  });

  it('answers random and hostile push bodies with a clear 4xx, stays up and stores nothing', async () => {
    const sequence = await scalar('SELECT seq AS n FROM hub_sequence');
    const results = await scalar('SELECT count(*) AS n FROM hub_mutation_results');
    const deep = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);
    const hostile: unknown[] = [
      '',
      'null',
      '{',
      deep(100_000),
      `{"clientId":"fuzz-console","sentAt":${AT},"mutations":${deep(50_000)}}`,
      { clientId: "x'; DROP TABLE feedback; --", sentAt: AT, mutations: [] },
      { clientId: 'fuzz-console', sentAt: AT, mutations: [{ id: 1, name: 'feedback.update', at: AT, args: { feedbackId: "1; DROP TABLE feedback", set: {} }, base: {} }] },
      { clientId: 'fuzz-console', sentAt: AT, mutations: [{ id: 1, name: 'db.exec', at: AT, args: { sql: 'DROP TABLE feedback' } }] },
      { clientId: 'fuzz-console', sentAt: AT, mutations: [{ id: 1, name: 'feedback.update', at: AT, args: { feedbackId: 1, set: { category: 'x'.repeat(1_000_000) } }, base: {} }] },
      { clientId: 'fuzz-console', sentAt: AT, mutations: [{ id: -1, name: 'feedback.merge', at: AT, args: { primaryId: 1, duplicateIds: [] } }] },
      { clientId: 'fuzz-console', sentAt: 'yesterday', mutations: [] },
      { clientId: 'fuzz-console', sentAt: AT, mutations: [{ id: 2 ** 60, name: 'feedback.unmerge', at: AT, args: { mergeId: 1, mergeMutationId: 2 } }] },
      { clientId: 'fuzz-console', sentAt: AT, mutations: [{ id: 1, name: 'feedback.update', at: AT, args: { feedbackId: 1, set: { __proto__: { admin: true }, status: 'resolved' } }, base: { status: 'new' }, extra: 1 }] },
      'x'.repeat(6_000_000),
    ];
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
    const values = [null, true, -1, 0, 1.5, 2 ** 64, '', "' OR 1=1 --", '\u0000', [], {}, [1, 'a'], { id: 1 }, 'feedback.update', AT];
    for (let i = 0; i < 150; i++) {
      const mutation: Record<string, unknown> = {};
      for (const key of ['id', 'name', 'at', 'args', 'base', pick(['set', 'zzz', 'constructor'])]) if (random() < 0.8) mutation[key] = pick(values);
      hostile.push({ clientId: pick(['fuzz-console', 7, '', null]), sentAt: pick(values), mutations: random() < 0.5 ? [mutation] : pick(values) });
    }
    for (const body of hostile) {
      const { status, json } = await post('push', TOKENS.ana, body);
      expect(status, JSON.stringify(json).slice(0, 200)).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
      expect((json as { error: { message: string } }).error.message.length).toBeGreaterThan(5);
    }
    const health = await fetch(`${fixture.hub.url}/v1/health`);
    expect(health.status).toBe(200);
    expect(await scalar('SELECT seq AS n FROM hub_sequence')).toBe(sequence);
    expect(await scalar('SELECT count(*) AS n FROM hub_mutation_results')).toBe(results);
    expect(await scalar("SELECT count(*) AS n FROM hub_clients WHERE client_id = 'fuzz-console'")).toBe(0);
  });

  it('serves one database from two hubs: an edit through one is heard at once through the other', async () => {
    const second = await startHub({ databaseUrl: fixture.database.url });
    try {
      const start = await pullEverything(TOKENS.ana, 'ana-long-poll');
      const cursor = (start.at(-1) as PullResponse).cursor;
      const sea = await feedbackIn('SEA');
      const started = Date.now();
      const waiting = post('pull', TOKENS.ana, { clientId: 'ana-long-poll', cursor, waitMs: 20_000 }, second.url);
      await new Promise((resolve) => setTimeout(resolve, 300));
      const pushed = await post('push', TOKENS.ana, {
        clientId: 'ana-other-console',
        sentAt: Date.now(),
        mutations: [{ id: 1, name: 'feedback.update', at: Date.now(), args: { feedbackId: sea.id, set: { priority: other(sea.priority) } }, base: { priority: sea.priority } }],
      });
      expect((pushed.json as PushResponse).results[0]?.status).toBe('applied');
      const { json } = await waiting;
      const page = json as PullResponse;
      expect(Date.now() - started).toBeLessThan(5_000);
      expect(page.changes.feedback?.upserts.map((row) => row[0])).toContain(sea.id);
    } finally {
      await second.close();
    }
  });

  it('lets only an admin change grants', async () => {
    const refused = await post('admin/grants', TOKENS.ana, { personId: 3, regions: ['SEA', 'EU'] });
    expect(refused.status).toBe(403);
    const granted = await post('admin/grants', TOKENS.priya, { personId: 11, regions: ['EA', 'NA'] });
    expect(granted).toMatchObject({ status: 200, json: { id: 11, regions: ['EA', 'NA'] } });
  });
});
