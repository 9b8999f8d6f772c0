import { afterEach, describe, expect, it } from 'vitest';
import { HOUR_MS } from '../../../shared/domain';
import { queueFilterSchema } from '../../../shared/queue';
import { fixtureDb, NOW, type FixtureDb } from '../../test-support/fixture-db';
import { currentPerson } from '../session/session-service';
import { feedbackDetail } from './detail-service';
import { mergeFeedback, unmergeFeedback } from './merge-service';
import { countView, pageIds } from './queue-service';
import { updateFeedback } from './update-service';
import { all, column, get, run, value } from '../../db/statement-cache';
import { LOCAL_ID_FLOOR } from '../sync/local-ids';

let fixture: FixtureDb | undefined;
afterEach(() => fixture?.cleanup());

const filter = (input: object = {}) => queueFilterSchema.parse(input);

function setup() {
  fixture = fixtureDb([
    { id: 1, text: 'My parcel is late, still waiting', slaDueAt: NOW + 2 * HOUR_MS },
    { id: 2, language: 'th', text: 'พัสดุของฉันล่าช้ามากครับ', slaDueAt: NOW - HOUR_MS },
    { id: 3, language: 'ja', text: '荷物の配送が遅れています', category: 'product_quality', assigneeId: 1 },
    { id: 4, region: 'EU', language: 'es', text: 'El paquete llegó dañado', category: 'damaged', assigneeId: 2 },
    { id: 5, status: 'resolved' },
  ]);
  return fixture;
}

const ids = (f: FixtureDb, input: object, sort: { colId: 'created_at' | 'sla_due_at'; sort: 'asc' | 'desc' }[] = []) =>
  pageIds(f.db, filter(input), sort, f.lead, NOW, 0, 100);

describe('the queue', () => {
  it('keeps resolved feedback out unless asked, and sorts by SLA due by default', () => {
    const f = setup();
    expect(ids(f, {})).toEqual([2, 1, 4, 3]);
    expect(countView(f.db, filter({ includeResolved: true }), f.lead, NOW)).toBe(5);
  });

  it('shows resolved items and merged duplicates under two separate filters', () => {
    const f = setup();
    mergeFeedback(f.db, 1, [2], f.lead, NOW);
    expect(ids(f, { includeResolved: true })).toEqual([1, 5, 4, 3]);
    expect(ids(f, { includeMerged: true })).toEqual([2, 1, 4, 3]);
    expect(ids(f, { includeResolved: true, includeMerged: true })).toEqual([2, 1, 5, 4, 3]);
  });

  it('serves the one-click views', () => {
    const f = setup();
    expect(ids(f, { view: 'unassigned' })).toEqual([2, 1]);
    expect(ids(f, { view: 'mine' })).toEqual([3]);
    expect(ids(f, { view: 'sla_at_risk' })).toEqual([2, 1]);
    expect(ids(f, { view: 'logistics' })).toEqual([2, 1, 4]);
    expect(ids(f, { regions: ['EU'] })).toEqual([4]);
  });

  it('shows only granted regions', () => {
    const f = setup();
    run(f.db, "UPDATE settings SET value = '2' WHERE key = 'current_person_id'");
    const operator = currentPerson(f.db);
    expect(pageIds(f.db, filter({}), [], operator, NOW, 0, 100)).toEqual([4]);
    expect(pageIds(f.db, filter({ regions: ['SEA'] }), [], operator, NOW, 0, 100)).toEqual([]);
    expect(() => feedbackDetail(f.db, 1, operator, NOW)).toThrow(/not granted/);
  });

  it('finds words in Thai, Japanese, Spanish and English, short terms included', () => {
    const f = setup();
    expect(ids(f, { search: 'ล่าช้า' })).toEqual([2]);
    expect(ids(f, { search: '遅れ' })).toEqual([3]);
    expect(ids(f, { search: '荷物' })).toEqual([3]);
    expect(ids(f, { search: '物配' })).toEqual([]);
    expect(ids(f, { search: '配送が' })).toEqual([3]);
    expect(ids(f, { search: 'dañado' })).toEqual([4]);
    expect(ids(f, { search: 'PARCEL' })).toEqual([1]);
    expect(ids(f, { search: '100%' })).toEqual([]);
  });

  it('finds an item by its number or its order\'s number', () => {
    const f = setup();
    expect(ids(f, { search: '#3' })).toEqual([3]);
    expect(ids(f, { search: '#200' })).toEqual([4]);
  });

  it('pages in a stable order', () => {
    const f = setup();
    const all = ids(f, { includeResolved: true }, [{ colId: 'created_at', sort: 'desc' }]);
    const paged = [0, 2, 4].flatMap((offset) =>
      pageIds(f.db, filter({ includeResolved: true }), [{ colId: 'created_at', sort: 'desc' }], f.lead, NOW, offset, 2),
    );
    expect(paged).toEqual(all);
  });
});

describe('bulk updates', () => {
  it('change many items and write one audit event per changed field, in one transaction', () => {
    const f = setup();
    const result = updateFeedback(f.db, { target: { ids: [1, 2, 3] }, change: { assigneeId: 1, priority: 'P1' } }, f.lead, NOW);
    expect(result.updated).toBe(3);
    const events = all(f.db, 'SELECT feedback_id, kind, before, after FROM feedback_events ORDER BY id');
    expect(events).toContainEqual({ feedback_id: 1, kind: 'assignee', before: null, after: '1' });
    expect(events).toContainEqual({ feedback_id: 3, kind: 'priority', before: 'P3', after: 'P1' });
    expect(events.filter((e) => (e as { kind: string }).kind === 'assignee')).toHaveLength(2);
    const due = value(f.db, 'SELECT sla_due_at FROM feedback WHERE id = 1');
    expect(due).toBe(NOW - HOUR_MS + 4 * HOUR_MS);
  });

  it('number the audit events of one change one after another, and those of the next change after them', () => {
    const f = setup();
    updateFeedback(f.db, { target: { ids: [1, 2, 3] }, change: { priority: 'P1', addTags: ['customs'] } }, f.lead, NOW);
    mergeFeedback(f.db, 1, [2], f.lead, NOW);
    const ids = column<number>(f.db, 'SELECT id FROM feedback_events ORDER BY id');
    // Three items with a new priority, due time and tag each, then the merged item and its primary.
    expect(ids).toEqual(Array.from({ length: 11 }, (_, i) => LOCAL_ID_FLOOR + i));
  });

  it('change nothing when one item is outside the person\'s regions', () => {
    const f = setup();
    run(f.db, "UPDATE settings SET value = '2' WHERE key = 'current_person_id'");
    const operator = currentPerson(f.db);
    expect(() => updateFeedback(f.db, { target: { ids: [4, 1] }, change: { status: 'triaged' } }, operator, NOW)).toThrow(/not granted/);
    expect(value(f.db, "SELECT count(*) FROM feedback WHERE status = 'triaged'")).toBe(0);
    expect(value(f.db, 'SELECT count(*) FROM feedback_events')).toBe(0);
  });

  it('refuse an assignee who is not granted the region', () => {
    const f = setup();
    expect(() => updateFeedback(f.db, { target: { ids: [1] }, change: { assigneeId: 2 } }, f.lead, NOW)).toThrow(
      /Jonas Weber is not granted SEA/,
    );
  });

  it('target everything a filter matches except the ids left out', () => {
    const f = setup();
    const result = updateFeedback(
      f.db,
      { target: { filter: filter({ view: 'logistics' }), exceptIds: [4] }, change: { addTags: ['carrier-issue'] } },
      f.lead,
      NOW,
    );
    expect(result.updated).toBe(2);
    expect(column(f.db, 'SELECT feedback_id FROM feedback_tags ORDER BY 1')).toEqual([1, 2]);
  });

  it('pause the SLA clock while waiting on the carrier and resume it where it stopped', () => {
    const f = setup();
    const dueBefore = value(f.db, 'SELECT sla_due_at FROM feedback WHERE id = 1') as number;
    updateFeedback(f.db, { target: { ids: [1] }, change: { status: 'waiting_on_carrier' } }, f.lead, NOW);
    expect(value(f.db, 'SELECT sla_paused_at FROM feedback WHERE id = 1')).toBe(NOW);
    expect(ids(f, { view: 'sla_at_risk' })).toEqual([2]);
    updateFeedback(f.db, { target: { ids: [1] }, change: { status: 'in_progress' } }, f.lead, NOW + 5 * HOUR_MS);
    const row = get(f.db, 'SELECT sla_due_at, sla_paused_at, first_response_at FROM feedback WHERE id = 1');
    expect(row).toEqual({ sla_due_at: dueBefore + 5 * HOUR_MS, sla_paused_at: null, first_response_at: NOW });
    expect(all(f.db, 'SELECT paused_at, resumed_at, reason FROM feedback_sla_pauses')).toEqual([
      { paused_at: NOW, resumed_at: NOW + 5 * HOUR_MS, reason: 'waiting_on_carrier' },
    ]);
  });

  it('record resolution and clear it on reopening', () => {
    const f = setup();
    updateFeedback(f.db, { target: { ids: [2] }, change: { status: 'resolved' } }, f.lead, NOW);
    expect(value(f.db, 'SELECT resolved_at FROM feedback WHERE id = 2')).toBe(NOW);
    updateFeedback(f.db, { target: { ids: [2] }, change: { status: 'in_progress' } }, f.lead, NOW + 1);
    expect(value(f.db, 'SELECT resolved_at FROM feedback WHERE id = 2')).toBeNull();
  });
});

describe('merging duplicates', () => {
  it('keeps each merged item whole, hides it from the queue, and undoes exactly', () => {
    const f = setup();
    updateFeedback(f.db, { target: { ids: [2] }, change: { status: 'triaged' } }, f.lead, NOW);
    const { mergeId, merged } = mergeFeedback(f.db, 1, [2, 3], f.lead, NOW);
    expect(merged).toBe(2);
    expect(ids(f, {})).toEqual([1, 4]);
    const detail = feedbackDetail(f.db, 1, f.lead, NOW);
    expect(detail.merged.map((item) => item.text)).toEqual(['荷物の配送が遅れています', 'พัสดุของฉันล่าช้ามากครับ']);
    expect(detail.events.map((event) => `${event.feedbackId}:${event.kind}`)).toEqual(
      expect.arrayContaining(['2:status', '2:merged_into', '3:merged_into', '1:merged']),
    );
    expect(detail.feedback.mergedCount).toBe(2);
    expect(() => mergeFeedback(f.db, 4, [2], f.lead, NOW)).toThrow(/already merged into #1/);

    expect(unmergeFeedback(f.db, mergeId, f.lead, NOW + 1)).toEqual({ restored: 2 });
    expect(ids(f, {})).toEqual([2, 1, 4, 3]);
    expect(value(f.db, 'SELECT status FROM feedback WHERE id = 2')).toBe('triaged');
    expect(() => unmergeFeedback(f.db, mergeId, f.lead, NOW + 2)).toThrow(/already undone/);
  });

  it('refuses to fold items of two regions together, naming both, and changes nothing', () => {
    const f = setup();
    expect(() => mergeFeedback(f.db, 1, [2, 4], f.lead, NOW)).toThrow('Feedback #4 is in EU and #1 in SEA: only items of one region can be merged');
    expect(value(f.db, 'SELECT count(*) FROM feedback WHERE duplicate_of IS NOT NULL')).toBe(0);
    expect(value(f.db, 'SELECT count(*) FROM feedback_merges')).toBe(0);
  });
});
