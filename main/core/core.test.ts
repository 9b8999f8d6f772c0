// The core's own lifecycle on a real file: what closing it leaves behind for the next start.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { column, value } from '../db/statement-cache';
import { fixtureDb, type FixtureDb } from '../test-support/fixture-db';
import { createCore } from './core';

let fixture: FixtureDb | undefined;
afterEach(() => fixture?.cleanup());

describe('closing the core', () => {
  it('leaves the query planner statistics for the tables this session searched through an index', () => {
    fixture = fixtureDb([{ id: 1 }, { id: 2, region: 'EU' }, { id: 3, region: 'EU', priority: 'P1' }]);
    fixture.db.close();
    const core = createCore({ dbPath: fixture.file, log: () => undefined });
    const answer = core.dispatcher.dispatch('feedback.page', { filter: { regions: ['EU'] }, sort: [{ colId: 'created_at', sort: 'asc' }], startRow: 0, endRow: 50, withCount: true });
    expect(answer).toMatchObject({ ok: true });
    core.close();

    const reopened = openDatabase(fixture.file);
    try {
      expect(value<number>(reopened, "SELECT count(*) FROM sqlite_schema WHERE name = 'sqlite_stat1'")).toBe(1);
      expect(column(reopened, 'SELECT DISTINCT tbl FROM sqlite_stat1')).toContain('feedback');
    } finally {
      reopened.close();
    }
  });
});
