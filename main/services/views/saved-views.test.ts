import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { deleteView, listViews, saveView } from './saved-views-service';

let fixture: FixtureDb | undefined;
afterEach(() => fixture?.cleanup());

describe('saved views', () => {
  it('save filters, sort and columns by name, replace by the same name, and delete', () => {
    fixture = fixtureDb();
    const { db, lead } = fixture;
    const state = { filter: { view: 'logistics' as const, regions: ['EU' as const] }, sort: [{ colId: 'created_at' as const, sort: 'desc' as const }], columns: [{ colId: 'tags', hide: true }] };
    const saved = saveView(db, lead, 'EU logistics', state);
    expect(saved.state.filter).toMatchObject({ view: 'logistics', regions: ['EU'], includeResolved: false });
    const replaced = saveView(db, lead, 'EU logistics', { ...state, sort: [] });
    expect(replaced.id).toBe(saved.id);
    expect(listViews(db, lead)).toHaveLength(1);
    expect(deleteView(db, lead, saved.id)).toEqual({ deleted: true });
    expect(listViews(db, lead)).toEqual([]);
  });
});
