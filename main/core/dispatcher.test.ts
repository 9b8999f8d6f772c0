import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDb, NOW, type FixtureDb } from '../test-support/fixture-db';
import { createDispatcher } from './dispatcher';
import { handlers } from './handlers';
import { currentPerson } from '../services/session/session-service';

let fixture: FixtureDb | undefined;
afterEach(() => fixture?.cleanup());

function dispatcher(logged: string[] = []) {
  fixture = fixtureDb([{ id: 1 }, { id: 2, region: 'EU' }]);
  const { db } = fixture;
  return createDispatcher(handlers, () => ({ db, person: currentPerson(db), now: () => NOW }), (line) => logged.push(line));
}

describe('dispatcher', () => {
  it('runs a valid call and returns its typed result', () => {
    const result = dispatcher().dispatch('feedback.page', { filter: {}, sort: [], startRow: 0, endRow: 100, withCount: true });
    expect(result).toMatchObject({ ok: true, value: { count: 2 } });
  });

  it('names the field and the value of a bad input', () => {
    const result = dispatcher().dispatch('feedback.page', { filter: { regions: ['XX'] }, startRow: 0, endRow: 100 });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('invalid_input');
    expect(result.error.field).toBe('filter.regions[0]');
    expect(result.error.message).toContain('"XX"');
  });

  it('refuses a page of more than 500 rows', () => {
    const result = dispatcher().dispatch('feedback.page', { filter: {}, startRow: 0, endRow: 5000 });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'endRow' } });
  });

  it('refuses unknown calls and unknown fields', () => {
    const d = dispatcher();
    expect(d.dispatch('db.exec', { sql: 'DROP TABLE feedback' })).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    expect(d.dispatch('feedback.detail', { id: 1, sql: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(d.dispatch('feedback.update', { target: { ids: [1] }, change: {} })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringContaining('say what to change') },
    });
  });

  it('turns a service error into a typed error and an unexpected one into a logged internal error', () => {
    const logged: string[] = [];
    const d = dispatcher(logged);
    expect(d.dispatch('feedback.detail', { id: 999 })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    fixture?.db.exec('DROP TABLE saved_views');
    expect(d.dispatch('views.list', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(logged.join('\n')).toMatch(/views.list failed/);
  });

  it('takes a search with control characters as the words around them', () => {
    const d = dispatcher();
    const result = d.dispatch('feedback.page', { filter: { search: 'Feed\u0000back\tnumber 2' }, startRow: 0, endRow: 100, withCount: true });
    expect(result).toMatchObject({ ok: true, value: { count: 1 } });
    expect(d.dispatch('feedback.page', { filter: { search: '\u0000' }, startRow: 0, endRow: 100 })).toMatchObject({ ok: true });
  });

  it('words an unexpected failure of a read apart from one of a write', () => {
    const d = dispatcher();
    fixture?.db.exec('DROP TABLE saved_views');
    const read = d.dispatch('views.list', {});
    const write = d.dispatch('views.save', { name: 'Mine', state: { filter: {}, sort: [] } });
    expect(read).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(write).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('not saved') } });
    if (read.ok) return;
    expect(read.error.message).not.toContain('not saved');
  });
});
