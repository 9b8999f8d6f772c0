import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOUR_MS } from '../../../shared/domain';
import { queueFilterSchema } from '../../../shared/queue';
import { fixtureDb, NOW, type FixtureDb } from '../../test-support/fixture-db';
import { all, type SqlValue } from '../../db/statement-cache';
import { filterSql } from './queue-filter-sql';
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

  it('are planned with LIMIT and OFFSET bound as they were with them written in', () => {
    fixture = fixtureDb([{ id: 1 }, { id: 2, region: 'EU' }]);
    const { db, lead } = fixture;
    const plan = (sql: string, params: SqlValue[]) => all<{ detail: string }>(db, `EXPLAIN QUERY PLAN ${sql}`, params).map((row) => row.detail);
    for (const input of [{ includeResolved: true }, {}, { regions: ['SEA'] }, { view: 'sla_at_risk' }, { search: 'parcel' }]) {
      const { where, params } = filterSql(queueFilterSchema.parse(input), lead, NOW);
      const sql = `SELECT f.id FROM feedback f WHERE ${where} ORDER BY f.created_at DESC, f.id DESC`;
      expect(plan(`${sql} LIMIT ? OFFSET ?`, [...params, 100, 200_000]), JSON.stringify(input)).toEqual(plan(`${sql} LIMIT 100 OFFSET 200000`, params));
    }
  });

  it('serve "Include resolved" (merged duplicates still hidden) from an index alone, paged and counted, never by a scan', () => {
    fixture = fixtureDb([{ id: 1 }, { id: 2, region: 'EU' }]);
    const { db, lead } = fixture;
    const plan = (sql: string, params: SqlValue[]) => all<{ detail: string }>(db, `EXPLAIN QUERY PLAN ${sql}`, params).map((row) => row.detail).join('; ');
    const view = (input: object) => filterSql(queueFilterSchema.parse(input), lead, NOW);
    // A page of the lead's regions, newest first, and one region's count: each read through an index of its own.
    const granted = view({ includeResolved: true });
    expect(plan(`SELECT f.id FROM feedback f WHERE ${granted.where} ORDER BY f.created_at DESC, f.id DESC`, granted.params)).toMatch(
      /USING COVERING INDEX feedback_unmerged_/,
    );
    const oneRegion = view({ includeResolved: true, regions: ['SEA'] });
    expect(plan(`SELECT count(*) FROM feedback f WHERE ${oneRegion.where}`, oneRegion.params)).toMatch(/USING COVERING INDEX feedback_unmerged_region_/);
  });
});
