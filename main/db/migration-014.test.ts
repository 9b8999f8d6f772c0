// Migration 014 reshapes the indexes of the "Include resolved" views (merged duplicates hidden) so that each holds
// every column the page's query reads. A file from before it must keep its rows, end with the schema of a new file,
// and page those views in the same order as before, now reading the ids from an index alone.
import { afterEach, describe, expect, it } from 'vitest';
import { databaseAtVersion, freshSchema, insertBaseRows, insertFeedback, schemaOf, schemaVersion, type OldDatabase } from '../test-support/migration-db';
import { openDatabase } from './open';
import { all, column, run, type SqlValue } from './statement-cache';

let old: OldDatabase;
afterEach(() => old.cleanup());

const HOUR_MS = 3_600_000;
const START = Date.UTC(2026, 10, 1);
// The id query of the queue's "Include resolved" view over every region and over one (queue-filter-sql.ts writes
// these terms; the queue's own plan test checks the SQL it builds).
const VIEWS = { every: 'f.duplicate_of IS NULL', sea: "f.region IN ('SEA') AND f.duplicate_of IS NULL" };
const pageSql = (where: string, column: string, direction: 'ASC' | 'DESC') =>
  `SELECT f.id FROM feedback f WHERE ${where} ORDER BY f.${column} ${direction}, f.id ${direction} LIMIT ? OFFSET ?`;

interface Item {
  id: number;
  createdAt: number;
  slaDueAt: number;
  duplicateOf: number | null;
}

// 40 items; every fourth shares its creation time with the one before (ties broken by id), due times in another
// order, and items 7, 8 and 30 merged into others.
const ITEMS: Item[] = Array.from({ length: 40 }, (_, i) => {
  const id = i + 1;
  return {
    id,
    createdAt: START + (id % 4 === 0 ? id - 1 : id) * HOUR_MS,
    slaDueAt: START + ((id * 7) % 40) * HOUR_MS,
    duplicateOf: id === 7 || id === 8 ? 3 : id === 30 ? 29 : null,
  };
});

function upgradedFromVersion13() {
  old = databaseAtVersion(13);
  expect(schemaVersion(old.db)).toBe(13);
  insertBaseRows(old.db);
  for (const item of ITEMS) {
    insertFeedback(old.db, item.id, 'en', `Parcel ${item.id} is late`, item.createdAt);
    run(old.db, 'UPDATE feedback SET sla_due_at = ?, duplicate_of = ? WHERE id = ?', [item.slaDueAt, item.duplicateOf, item.id]);
  }
  old.db.close();
  return openDatabase(old.file);
}

/** The view's ids by hand: unmerged items by the key, newest or earliest first, ties by id in the same direction. */
function expected(key: 'createdAt' | 'slaDueAt', direction: 1 | -1): number[] {
  return ITEMS.filter((item) => item.duplicateOf === null)
    .sort((a, b) => direction * (a[key] - b[key] || a.id - b.id))
    .map((item) => item.id);
}

describe('migration 014, covering indexes for "Include resolved"', () => {
  it('keeps every row and ends with the schema of a new file', () => {
    const db = upgradedFromVersion13();
    expect(schemaOf(db)).toEqual(freshSchema());
    expect(all(db, 'SELECT id, created_at, sla_due_at, duplicate_of FROM feedback ORDER BY id')).toEqual(
      ITEMS.map((item) => ({ id: item.id, created_at: item.createdAt, sla_due_at: item.slaDueAt, duplicate_of: item.duplicateOf })),
    );
    db.close();
  });

  it('pages the view in the same order, page after page, with merged duplicates still hidden', () => {
    const db = upgradedFromVersion13();
    for (const [name, key] of [['created_at', 'createdAt'], ['sla_due_at', 'slaDueAt']] as const) {
      for (const [sort, direction] of [['ASC', 1], ['DESC', -1]] as const) {
        const pages = [0, 15, 30].flatMap((offset) => column<number>(db, pageSql(VIEWS.every, name, sort), [15, offset]));
        expect(pages, `${name} ${sort}`).toEqual(expected(key, direction));
      }
    }
    db.close();
  });

  it('reads the ids of a deep page, and the count of one region, from an index alone', () => {
    const db = upgradedFromVersion13();
    const plan = (sql: string, params: SqlValue[]) => all<{ detail: string }>(db, `EXPLAIN QUERY PLAN ${sql}`, params).map((row) => row.detail).join('; ');
    for (const [view, where] of Object.entries(VIEWS)) {
      for (const name of ['created_at', 'sla_due_at']) {
        for (const direction of ['ASC', 'DESC'] as const) {
          const page = plan(pageSql(where, name, direction), [10, 20]);
          expect(page, `${view} by ${name} ${direction}`).toMatch(/USING COVERING INDEX/);
          expect(page, `${view} by ${name} ${direction}`).not.toMatch(/TEMP B-TREE/);
        }
      }
      expect(plan(`SELECT count(*) FROM feedback f WHERE ${where}`, []), view).toMatch(/USING COVERING INDEX/);
    }
    db.close();
  });
});
