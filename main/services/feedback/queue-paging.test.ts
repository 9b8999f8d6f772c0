import { afterEach, describe, expect, it, vi } from 'vitest';
import { HOUR_MS, REGION_CODES } from '../../../shared/domain';
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
    // Granted every region, a person's view has no region term; granted some, it has one (here: one region).
    const everywhere = { ...lead, regions: [...REGION_CODES] };
    const view = (input: object) => filterSql(queueFilterSchema.parse(input), everywhere, NOW);
    // Pages of the lead's regions and of one, by either sort that has an index, either way: ids from one index alone.
    for (const input of [{ includeResolved: true }, { includeResolved: true, regions: ['SEA'] }]) {
      const { where, params } = view(input);
      for (const column of ['created_at', 'sla_due_at']) {
        for (const direction of ['ASC', 'DESC']) {
          const page = plan(`SELECT f.id FROM feedback f WHERE ${where} ORDER BY f.${column} ${direction}, f.id ${direction}`, params);
          expect(page, `${JSON.stringify(input)} by ${column} ${direction}`).toMatch(/USING COVERING INDEX feedback_(unmerged_|sla_due)/);
          expect(page, `${JSON.stringify(input)} by ${column} ${direction}`).not.toMatch(/TEMP B-TREE/);
        }
      }
    }
    const oneRegion = view({ includeResolved: true, regions: ['SEA'] });
    expect(plan(`SELECT count(*) FROM feedback f WHERE ${oneRegion.where}`, oneRegion.params)).toMatch(/USING COVERING INDEX feedback_unmerged_region_/);
  });
});
