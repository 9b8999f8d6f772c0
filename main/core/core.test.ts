// The core's own lifecycle on a real file: what closing it leaves behind for the next start.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
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

    const reopened = new Database(fixture.file, { readonly: true });
    try {
      const analysed = reopened.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'sqlite_stat1'").get() as { n: number };
      expect(analysed.n).toBe(1);
      const tables = (reopened.prepare('SELECT DISTINCT tbl FROM sqlite_stat1').all() as { tbl: string }[]).map((row) => row.tbl);
      expect(tables).toContain('feedback');
    } finally {
      reopened.close();
    }
  });
});
