import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOUR_MS } from '../../../shared/domain';
import { queueFilterSchema } from '../../../shared/queue';
import { fixtureDb, NOW, type FixtureDb } from '../../test-support/fixture-db';
import { queuePage } from './queue-service';

let fixture: FixtureDb | undefined;
afterEach(() => fixture?.cleanup());

describe('queue pages', () => {
  it('share one statement however deep they go: LIMIT and OFFSET are bound, not written into the SQL', () => {
    fixture = fixtureDb(Array.from({ length: 250 }, (_, i) => ({ id: i + 1, createdAt: NOW - (i + 1) * HOUR_MS })));
    const { db, lead } = fixture;
    const prepare = vi.spyOn(db, 'prepare');
    const page = (startRow: number, endRow: number) =>
      queuePage(
        db,
        { filter: queueFilterSchema.parse({}), sort: [{ colId: 'created_at', sort: 'desc' }], startRow, endRow, withCount: false },
        lead,
        NOW,
      ).rows.map((row) => row.id);

    expect(page(0, 100)).toEqual(Array.from({ length: 100 }, (_, i) => i + 1));
    expect(page(200, 300)).toEqual(Array.from({ length: 50 }, (_, i) => i + 201));
    expect(page(120, 130)).toEqual(Array.from({ length: 10 }, (_, i) => i + 121));

    const idQueries = prepare.mock.calls.map(([sql]) => String(sql)).filter((sql) => sql.startsWith('SELECT f.id FROM feedback f'));
    expect(idQueries).toHaveLength(1);
    expect(idQueries[0]).toMatch(/LIMIT \? OFFSET \?$/);
    // The rows of all three pages were read by one statement too.
    expect(prepare.mock.calls.length).toBe(2);
  });
});
