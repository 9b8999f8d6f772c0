// The KOL grid's saved views through the real calls on a hand-made store: kept per person apart from the queue's,
// replaced by the same name, refused with the field and value at fault, and read back as the grid pages them.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../shared/domain';
import type { KolSavedView } from '../../../shared/rosters-kols';
import { createDispatcher } from '../../core/dispatcher';
import { handlers } from '../../core/handlers';
import { fixtureDb, type FixtureDb } from '../../test-support/fixture-db';
import { listViews } from '../views/saved-views-service';

let store: FixtureDb;
beforeEach(() => (store = fixtureDb()));
afterEach(() => store.cleanup());

function call<T>(person: Person, name: string, input: unknown): T {
  const answer = createDispatcher(handlers, () => ({ db: store.db, person, now: () => 1_000 }), () => {}).dispatch(name, input);
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value as T;
}

describe('the KOL grid\'s saved views', () => {
  it('keeps filters and sort by name for one person, apart from the queue\'s views', () => {
    const state = { filter: { platforms: ['tiktok'], tiers: ['micro'], followersMin: 10_000 }, sort: [{ colId: 'followers', sort: 'desc' }] };
    const saved = call<KolSavedView>(store.lead, 'rosters.saveView', { name: 'TikTok micro', state });
    expect(saved.state).toMatchObject(state);
    const replaced = call<KolSavedView>(store.lead, 'rosters.saveView', { name: 'TikTok micro', state: { ...state, sort: [] } });
    expect(replaced.id).toBe(saved.id);
    expect(call<KolSavedView[]>(store.lead, 'rosters.views', {}).map((v) => [v.name, v.state.sort])).toEqual([['TikTok micro', []]]);
    expect(listViews(store.db, store.lead)).toEqual([]);
    const other = { ...store.lead, id: 2 };
    expect(call<KolSavedView[]>(other, 'rosters.views', {})).toEqual([]);
    expect(call(other, 'rosters.deleteView', { id: saved.id })).toEqual({ deleted: false });
    expect(call(store.lead, 'rosters.deleteView', { id: saved.id })).toEqual({ deleted: true });
  });

  it('refuses a view the grid cannot show, naming the field and the value', () => {
    expect(() => call(store.lead, 'rosters.saveView', { name: 'Bad', state: { filter: {}, sort: [{ colId: 'contact', sort: 'asc' }] } })).toThrow(/state\.sort\[0\]\.colId.*"contact"/);
    expect(() => call(store.lead, 'rosters.saveView', { name: ' ', state: { filter: {} } })).toThrow(/name/);
  });
});
