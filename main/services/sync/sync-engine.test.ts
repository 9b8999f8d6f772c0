// A console's store syncing with a real hub on a real PostgreSQL: initial sync, scope, edits through the
// outbox, pending edits held, conflicts in either order, quarantine, clock error, stale cursors, grants.
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, type RegionCode } from '../../../shared/domain';
import type { PullResponse } from '../../../shared/hub-protocol';
import { seededHub, TOKENS, type HubFixture } from '../../../hub/test-support/hub-fixture';
import { pruneTombstones } from '../../../hub/tombstones';
import { setGrants } from '../../../hub/accounts';
import { withWriteTransaction } from '../../../hub/write-transaction';
import { startHub } from '../../../hub/server';
import { feedbackDetail } from '../feedback/detail-service';
import { mergeFeedback, unmergeFeedback } from '../feedback/merge-service';
import { updateFeedback } from '../feedback/update-service';
import { applyPage } from './apply-page';
import { localChecksums } from './checksums';
import { listConflicts, resolveConflict } from './conflicts';
import { HubClient } from './hub-client';
import { LOCAL_ID_FLOOR } from './local-ids';
import { pullAll } from './sync-cycle';
import { readSyncState } from './sync-state';
import { syncStatus } from './sync-status';
import { syncConsole, type SyncConsole } from './test-support/sync-console';
import { all, column, value, type SqlValue } from '../../db/statement-cache';

let fixture: HubFixture;
beforeAll(async () => {
  fixture = await seededHub('sync_engine');
}, 60_000);
afterAll(async () => fixture?.cleanup());

const consoles: SyncConsole[] = [];
afterEach(() => {
  for (const c of consoles.splice(0)) c.close();
});

function signedIn(token: string, options: { now?: () => number } = {}): SyncConsole {
  const c = syncConsole(options);
  consoles.push(c);
  c.signIn(fixture.hub.url, token);
  return c;
}

async function hubScalar(sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await fixture.pool.query<{ n: number }>(sql, params);
  return Number(rows[0]?.n);
}

const count = (c: SyncConsole, sql: string, ...params: SqlValue[]) => value<number>(c.db, sql, params);

async function someFeedback(region: RegionCode, offset = 0): Promise<number> {
  const { rows } = await fixture.pool.query<{ id: number }>('SELECT id FROM feedback WHERE region = $1 AND duplicate_of IS NULL ORDER BY id OFFSET $2 LIMIT 1', [region, offset]);
  if (!rows[0]) throw new Error(`no feedback in ${region}`);
  return rows[0].id;
}

const field = (c: SyncConsole, id: number, column: string) => value(c.db, `SELECT ${column} FROM feedback WHERE id = ?`, [id]);

describe('a console syncing with the hub', () => {
  it('takes its person\'s rows in a snapshot, becomes that person and matches the hub', async () => {
    const c = signedIn(TOKENS.ana);
    await c.sync();
    expect(c.person()).toMatchObject({ id: 1, name: 'Ana Reyes', role: 'support_lead' });
    for (const table of ['customers', 'orders', 'feedback', 'feedback_events', 'feedback_tags', 'feedback_sla_pauses']) {
      expect(count(c, `SELECT count(*) FROM ${table}`), table).toBe(await hubScalar(`SELECT count(*) AS n FROM ${table}`));
    }
    const status = syncStatus(c.db, undefined, c.now());
    expect(status).toMatchObject({ checksum: 'match', editsWaiting: 0, conflicts: 0, initialSync: null, problems: [] });

    // Caught up, the next pull carries nothing and keeps the cursor's place: no snapshot again.
    const state = readSyncState(c.db);
    const again = await new HubClient(fixture.hub.url, TOKENS.ana).pull({ clientId: state?.client_id as string, cursor: state?.cursor ?? null });
    expect(again).toMatchObject({ reset: false, more: false, changes: {}, snapshot: null });
  });

  it('streams a snapshot in pages with progress and resumes where it stopped', async () => {
    const small = await startHub({ databaseUrl: fixture.database.url, pageRows: 400 });
    try {
      const c = syncConsole();
      consoles.push(c);
      c.signIn(small.url, TOKENS.putri);
      const client = new HubClient(small.url, TOKENS.putri);
      const clientId = readSyncState(c.db)?.client_id as string;
      let cursor: string | null = null;
      const seen: number[] = [];
      for (let i = 0; i < 3; i++) {
        const page: PullResponse = await client.pull({ clientId, cursor });
        applyPage(c.db, page, c.now());
        cursor = page.cursor;
        seen.push(page.snapshot?.rowsDone ?? -1);
      }
      const progress = syncStatus(c.db, undefined, c.now()).initialSync;
      expect(progress?.rowsDone).toBe(seen.at(-1));
      expect(progress?.percent).toBeGreaterThan(0);
      expect(progress?.percent).toBeLessThan(100);
      expect(seen).toEqual([...seen].sort((a, b) => a - b));
      // A crash here loses nothing: the next run goes on from the stored cursor.
      await pullAll(c.db, client, { now: c.now, log: () => {}, pushBatch: 100, checksums: true });
      expect(syncStatus(c.db, undefined, c.now())).toMatchObject({ initialSync: null, checksum: 'match' });
      expect(count(c, 'SELECT count(*) FROM feedback')).toBe(await hubScalar("SELECT count(*) AS n FROM feedback WHERE region = 'SEA'"));
      expect(count(c, "SELECT count(*) FROM customers WHERE region <> 'SEA'")).toBe(0);

      // One hub transaction larger than a page arrives whole, in one page.
      const orders = await hubScalar("SELECT count(*) AS n FROM orders WHERE region = 'SEA'");
      expect(orders).toBeGreaterThan(400);
      await withWriteTransaction(fixture.hub.pool, (hubClient, seq) =>
        hubClient.query("UPDATE orders SET carrier = carrier || ' ', seq = $1 WHERE region = 'SEA'", [seq]),
      );
      const state = readSyncState(c.db);
      const whole = await client.pull({ clientId, cursor: state?.cursor ?? null });
      expect(whole).toMatchObject({ reset: false, more: false });
      expect(whole.changes.orders?.upserts).toHaveLength(orders);
    } finally {
      await small.close();
    }
  });

  it('sends each edit in its transaction\'s outbox entry and takes the hub\'s rows back once confirmed', async () => {
    const c = signedIn(TOKENS.ana);
    await c.sync();
    const id = await someFeedback('SEA', 3);
    const priority = field(c, id, 'priority') === 'P1' ? 'P2' : 'P1';
    updateFeedback(c.db, { target: { ids: [id] }, change: { priority, addTags: ['synced'] } }, c.person(), c.now());
    expect(count(c, 'SELECT count(*) FROM sync_outbox')).toBe(1);
    expect(count(c, `SELECT count(*) FROM feedback_events WHERE feedback_id = ? AND id >= ${LOCAL_ID_FLOOR}`, id)).toBeGreaterThan(0);
    expect(syncStatus(c.db, undefined, c.now()).editsWaiting).toBe(1);

    await c.sync();
    expect(await hubScalar('SELECT count(*) AS n FROM feedback WHERE id = $1 AND priority = $2', [id, priority])).toBe(1);
    expect(await hubScalar("SELECT count(*) AS n FROM feedback_tags WHERE feedback_id = $1 AND tag = 'synced'", [id])).toBe(1);
    expect(count(c, 'SELECT count(*) FROM sync_outbox')).toBe(0);
    expect(count(c, `SELECT count(*) FROM feedback_events WHERE id >= ${LOCAL_ID_FLOOR}`)).toBe(0);
    expect(count(c, "SELECT count(*) FROM feedback_events WHERE feedback_id = ? AND kind = 'priority'", id)).toBe(
      await hubScalar("SELECT count(*) AS n FROM feedback_events WHERE feedback_id = $1 AND kind = 'priority'", [id]),
    );
    expect(field(c, id, 'priority')).toBe(priority);
    expect(syncStatus(c.db, undefined, c.now()).checksum).toBe('match');
  });

  it('keeps a pending edit on screen while the hub\'s other changes to the item wait behind it', async () => {
    const a = signedIn(TOKENS.ana);
    const b = signedIn(TOKENS.layla);
    await a.sync();
    await b.sync();
    const id = await someFeedback('EU', 2);
    const mine = field(a, id, 'priority') === 'P4' ? 'P3' : 'P4';
    updateFeedback(a.db, { target: { ids: [id] }, change: { priority: mine } }, a.person(), a.now());
    const category = field(b, id, 'category') === 'payment' ? 'account' : 'payment';
    updateFeedback(b.db, { target: { ids: [id] }, change: { category } }, b.person(), b.now());
    await b.sync();

    // A pulls without pushing: its own edit must not flicker back, and B's waits until the hub has A's answer.
    const client = new HubClient(fixture.hub.url, TOKENS.ana);
    await pullAll(a.db, client, { now: a.now, log: () => {}, pushBatch: 100, checksums: false });
    expect(field(a, id, 'priority')).toBe(mine);
    expect(count(a, 'SELECT count(*) FROM sync_shadow WHERE feedback_id = ?', id)).toBeGreaterThan(0);

    await a.sync();
    expect(field(a, id, 'priority')).toBe(mine);
    expect(field(a, id, 'category')).toBe(category);
    expect(count(a, 'SELECT count(*) FROM sync_shadow')).toBe(0);
  });

  for (const order of ['first', 'second'] as const) {
    it(`settles two offline edits of one field the same way everywhere when the ${order} console syncs first`, async () => {
      const one = signedIn(TOKENS.ana);
      const two = signedIn(TOKENS.layla);
      await one.sync();
      await two.sync();
      const id = await someFeedback('MENA', order === 'first' ? 0 : 1);
      const before = field(one, id, 'status');
      updateFeedback(one.db, { target: { ids: [id] }, change: { status: 'in_progress', addTags: ['one'] } }, one.person(), one.now());
      updateFeedback(two.db, { target: { ids: [id] }, change: { status: 'waiting_on_carrier', addTags: ['two'] } }, two.person(), two.now());
      const [early, late] = order === 'first' ? [one, two] : [two, one];
      await early.sync();
      await late.sync();
      await early.sync();

      const winner = order === 'first' ? 'in_progress' : 'waiting_on_carrier';
      const hubStatus = (await fixture.pool.query<{ status: string }>('SELECT status FROM feedback WHERE id = $1', [id])).rows[0]?.status;
      expect(hubStatus).toBe(winner);
      expect(field(one, id, 'status')).toBe(winner);
      expect(field(two, id, 'status')).toBe(winner);
      // Tags never conflict: both arrive.
      for (const c of [one, two]) expect(column(c.db, 'SELECT tag FROM feedback_tags WHERE feedback_id = ? ORDER BY tag', [id])).toEqual(expect.arrayContaining(['one', 'two']));
      expect(listConflicts(early.db)).toEqual([]);
      const conflicts = listConflicts(late.db);
      expect(conflicts).toEqual([
        expect.objectContaining({ feedbackId: id, field: 'status', baseValue: before, localValue: order === 'first' ? 'waiting_on_carrier' : 'in_progress', hubValue: winner }),
      ]);
      expect(syncStatus(late.db, undefined, late.now()).conflicts).toBe(1);

      // The one who must decide keeps their own value: that choice syncs to the hub and the other console.
      const conflict = conflicts[0] as (typeof conflicts)[number];
      expect(resolveConflict(late.db, conflict.id, 'local', late.person(), late.now())).toEqual({ remaining: 0 });
      await late.sync();
      await early.sync();
      expect(field(early, id, 'status')).toBe(conflict.localValue);
      expect((await fixture.pool.query<{ status: string }>('SELECT status FROM feedback WHERE id = $1', [id])).rows[0]?.status).toBe(conflict.localValue);
    });
  }

  it('sets a malformed row aside with the reason, applies the rest and says so', async () => {
    const c = signedIn(TOKENS.ana);
    await c.sync();
    const [good, bad] = [await someFeedback('NA', 0), await someFeedback('NA', 1)];
    await withWriteTransaction(fixture.hub.pool, async (client, seq) => {
      await client.query("UPDATE feedback SET language = 'tlh', seq = $2 WHERE id = $1", [bad, seq]);
      await client.query("UPDATE feedback SET category = 'damaged', seq = $2 WHERE id = $1", [good, seq]);
    });
    try {
      await c.sync();
      expect(field(c, good, 'category')).toBe('damaged');
      const quarantined = all(c.db, 'SELECT tbl, reason FROM sync_quarantine');
      expect(quarantined).toEqual([{ tbl: 'feedback', reason: 'feedback.language has an unknown value "tlh"' }]);
      expect(syncStatus(c.db, undefined, c.now()).problems[0]).toMatchObject({ kind: 'quarantined', message: expect.stringContaining('"tlh"') });
    } finally {
      await fixture.pool.query("UPDATE feedback SET language = 'en' WHERE id = $1", [bad]);
    }
  });

  it('syncs a console whose clock is a day ahead, stamping the hub\'s time', async () => {
    const c = signedIn(TOKENS.ana, { now: () => Date.now() + DAY_MS });
    await c.sync();
    const id = await someFeedback('LATAM', 0);
    updateFeedback(c.db, { target: { ids: [id] }, change: { addTags: ['clock-ahead'] } }, c.person(), c.now());
    await c.sync();
    const { rows } = await fixture.pool.query<{ at: number }>("SELECT at FROM feedback_events WHERE feedback_id = $1 AND after = 'clock-ahead'", [id]);
    expect(rows).toHaveLength(1);
    expect(Math.abs((rows[0]?.at ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(value(c.db, "SELECT at FROM feedback_events WHERE feedback_id = ? AND after = 'clock-ahead'", [id])).toBe(rows[0]?.at);
    expect(syncStatus(c.db, undefined, c.now()).checksum).toBe('match');
  });

  it.each([
    ['in 1999', Date.UTC(1999, 11, 31)],
    ['in 2150', Date.UTC(2150, 0, 1)],
  ])('syncs the edits of a console whose clock reads a time %s, stamping the hub\'s time', async (_when, consoleNow) => {
    const skew = consoleNow - Date.now();
    const c = signedIn(TOKENS.ana, { now: () => Date.now() + skew });
    await c.sync();
    const id = await someFeedback('LATAM', 1);
    const tag = `clock-${consoleNow}`;
    updateFeedback(c.db, { target: { ids: [id] }, change: { priority: 'P1', addTags: [tag] } }, c.person(), c.now());
    await c.sync();
    const { rows } = await fixture.pool.query<{ at: number }>('SELECT at FROM feedback_events WHERE feedback_id = $1 AND after = $2', [id, tag]);
    expect(rows).toHaveLength(1);
    expect(Math.abs((rows[0]?.at ?? 0) - Date.now())).toBeLessThan(60_000);
    expect(count(c, 'SELECT count(*) FROM sync_rejections')).toBe(0);
    expect(syncStatus(c.db, undefined, c.now())).toMatchObject({ editsWaiting: 0, checksum: 'match', initialSync: null });
    expect(await hubScalar("SELECT count(*) AS n FROM feedback WHERE id = $1 AND priority = 'P1'", [id])).toBe(1);
  });

  it('starts again from a snapshot when its cursor is older than the hub remembers deletions', async () => {
    const a = signedIn(TOKENS.ana);
    const b = signedIn(TOKENS.ana);
    await a.sync();
    await b.sync();
    const id = await someFeedback('EA', 0);
    updateFeedback(b.db, { target: { ids: [id] }, change: { addTags: ['short-lived'] } }, b.person(), b.now());
    await b.sync();
    await a.sync();
    expect(count(a, "SELECT count(*) FROM feedback_tags WHERE tag = 'short-lived'")).toBe(1);
    updateFeedback(b.db, { target: { ids: [id] }, change: { removeTags: ['short-lived'] } }, b.person(), b.now());
    await b.sync();
    const client = await fixture.pool.connect();
    try {
      await pruneTombstones(client, await hubScalar('SELECT seq AS n FROM hub_sequence'));
    } finally {
      client.release();
    }
    const state = readSyncState(a.db);
    const first = await new HubClient(fixture.hub.url, TOKENS.ana).pull({ clientId: state?.client_id as string, cursor: state?.cursor ?? null });
    expect(first.reset).toBe(true);
    applyPage(a.db, first, a.now());
    await a.sync();
    expect(count(a, "SELECT count(*) FROM feedback_tags WHERE tag = 'short-lived'")).toBe(0);
    expect(syncStatus(a.db, undefined, a.now()).checksum).toBe('match');
  });

  it('drops a region\'s rows at the next pull once its grant is taken away', async () => {
    const c = signedIn(TOKENS.layla);
    await c.sync();
    expect(count(c, "SELECT count(*) FROM feedback WHERE region = 'EU'")).toBeGreaterThan(0);
    await setGrants(fixture.pool, 5, ['MENA']);
    try {
      await c.sync();
      for (const table of ['customers', 'orders', 'feedback']) expect(count(c, `SELECT count(*) FROM ${table} WHERE region = 'EU'`)).toBe(0);
      expect(c.person().regions).toEqual(['MENA']);
      await setGrants(fixture.pool, 5, ['MENA', 'EU']);
      await c.sync();
      expect(count(c, "SELECT count(*) FROM feedback WHERE region = 'EU'")).toBe(await hubScalar("SELECT count(*) AS n FROM feedback WHERE region = 'EU'"));
      expect(localChecksums(c.db, ['EU']).EU?.count).toBeGreaterThan(0);
    } finally {
      await setGrants(fixture.pool, 5, ['MENA', 'EU']);
    }
  });

  it('syncs a merge and its undoing made offline, before the hub has numbered the merge', async () => {
    const c = signedIn(TOKENS.ana);
    await c.sync();
    const [primary, duplicate] = [await someFeedback('SEA', 5), await someFeedback('SEA', 6)];
    const { mergeId } = mergeFeedback(c.db, primary, [duplicate], c.person(), c.now());
    expect(mergeId).toBeGreaterThanOrEqual(LOCAL_ID_FLOOR);
    unmergeFeedback(c.db, mergeId, c.person(), c.now());
    await c.sync();
    const { rows } = await fixture.pool.query<{ undone_at: number | null }>('SELECT undone_at FROM feedback_merges WHERE primary_id = $1', [primary]);
    expect(rows).toHaveLength(1);
    expect(rows[0]?.undone_at).not.toBeNull();
    expect(field(c, duplicate, 'duplicate_of')).toBeNull();
    expect(count(c, `SELECT count(*) FROM feedback_merges WHERE id >= ${LOCAL_ID_FLOOR}`)).toBe(0);
    expect(feedbackDetail(c.db, primary, c.person(), c.now()).events.map((e) => e.kind)).toEqual(expect.arrayContaining(['merged', 'unmerged']));
  });

  it('undoes a merge by the id the toast holds after the hub has numbered it', async () => {
    const c = signedIn(TOKENS.ana);
    await c.sync();
    const [primary, duplicate] = [await someFeedback('SEA', 7), await someFeedback('SEA', 8)];
    const { mergeId } = mergeFeedback(c.db, primary, [duplicate], c.person(), c.now());
    await c.sync();
    // Online, the local merge is gone: the hub's row, under the hub's id, took its place.
    expect(count(c, 'SELECT count(*) FROM feedback_merges WHERE id = ?', mergeId)).toBe(0);
    expect(field(c, duplicate, 'merge_id')).toBeLessThan(LOCAL_ID_FLOOR);
    expect(unmergeFeedback(c.db, mergeId, c.person(), c.now())).toEqual({ restored: 1 });
    await c.sync();
    const { rows } = await fixture.pool.query<{ undone_at: number | null }>('SELECT undone_at FROM feedback_merges WHERE primary_id = $1', [primary]);
    expect(rows.map((row) => row.undone_at !== null)).toEqual([true]);
    expect(field(c, duplicate, 'duplicate_of')).toBeNull();
    expect(() => unmergeFeedback(c.db, mergeId, c.person(), c.now())).toThrow(/already undone/);
  });
});
