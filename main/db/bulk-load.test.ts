// Setting indexes and triggers aside for a bulk load: the schema, both search indexes and the rollup come back as
// if every row had gone in the normal way, whether the load ends in its own transaction or the process dies first.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDb, NOW, type FixtureDb } from '../test-support/fixture-db';
import { restoreSetAside, setAside } from './bulk-load';
import { openDatabase, type Db } from './open';
import { all, column, run, value } from './statement-cache';

const TABLES = ['customers', 'orders', 'feedback'];

let fixture: FixtureDb;
afterEach(() => fixture?.cleanup());

const schemaOf = (db: Database.Database) =>
  all(db, "SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name");

function addFeedback(db: Db, id: number, text: string): void {
  run(
    db,
    `INSERT INTO feedback (id, customer_id, region, country, channel, language, text, category, status, priority,
                           created_at, updated_at, sla_due_at)
     VALUES (?, 10, 'SEA', 'SG', 'app', 'ja', ?, 'late_delivery', 'new', 'P3', ?, ?, ?)`,
    [id, text, NOW, NOW, NOW + 3_600_000],
  );
}

/** Both search indexes hold exactly the feedback rows, and each finds what it should. */
function expectSearchMatchesFeedback(db: Db): void {
  db.exec("INSERT INTO feedback_fts(feedback_fts, rank) VALUES ('integrity-check', 1)");
  expect(value(db, 'SELECT count(*) FROM feedback_bigrams')).toBe(
    value(db, "SELECT count(*) FROM feedback WHERE text_bigrams(text) <> ''"),
  );
  expect(column(db, 'SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ? ORDER BY rowid', ['"遅れています"'])).toEqual([3]);
  expect(column(db, 'SELECT rowid FROM feedback_bigrams WHERE feedback_bigrams MATCH ? ORDER BY rowid', ['"配送"'])).toEqual([1, 3]);
}

describe('bulk loads', () => {
  it('set aside and restore in one transaction leave the schema, the search indexes and a fresh rollup', () => {
    fixture = fixtureDb([{ id: 1, text: '配送が遅い' }, { id: 2, text: 'Parcel never came' }]);
    const { db } = fixture;
    const before = schemaOf(db);
    expect(value(db, 'SELECT count(*) FROM metrics_stale')).toBeGreaterThan(0);

    db.transaction(() => {
      setAside(db, TABLES);
      expect(value(db, "SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'feedback' AND sql IS NOT NULL AND type <> 'table'")).toBe(0);
      addFeedback(db, 3, '配送が遅れています');
      run(db, 'DELETE FROM feedback WHERE id = 2');
      restoreSetAside(db);
    })();

    expect(schemaOf(db)).toEqual(before);
    expect(value(db, 'SELECT count(*) FROM bulk_set_aside')).toBe(0);
    expectSearchMatchesFeedback(db);
    // Unmarked while the triggers were away, the rollup is forgotten whole: it is computed afresh when asked.
    for (const table of ['metrics_weekly', 'metrics_coverage', 'metrics_stale']) {
      expect(value(db, `SELECT count(*) FROM ${table}`), table).toBe(0);
    }
    // The triggers are back: a normal edit reaches the search index and marks the rollup stale again.
    run(db, "UPDATE feedback SET text = 'Karton zerdrückt' WHERE id = 1");
    expect(column(db, "SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH '\"zerdrückt\"'")).toEqual([1]);
    addFeedback(db, 4, 'Another late parcel');
    expect(value(db, "SELECT count(*) FROM metrics_stale WHERE source = 'feedback'")).toBe(1);
  });

  it('leave a record a crash cannot lose: the next open builds everything again before the migrations run', () => {
    fixture = fixtureDb([{ id: 1, text: '配送が遅い' }, { id: 2, text: 'Parcel never came' }]);
    const { db, file } = fixture;
    const before = schemaOf(db);
    // As a reset snapshot does: the first page sets aside, the next lands in the bare tables, then the process dies.
    db.transaction(() => setAside(db, TABLES))();
    db.transaction(() => {
      addFeedback(db, 3, '配送が遅れています');
      run(db, 'DELETE FROM feedback WHERE id = 2');
    })();
    db.close();

    const raw = new Database(file);
    expect(value(raw, 'SELECT count(*) FROM bulk_set_aside')).toBeGreaterThan(0);
    expect(schemaOf(raw).length).toBeLessThan(before.length);
    raw.close();

    const reopened = openDatabase(file);
    try {
      expect(schemaOf(reopened)).toEqual(before);
      expect(value(reopened, 'SELECT count(*) FROM bulk_set_aside')).toBe(0);
      expectSearchMatchesFeedback(reopened);
    } finally {
      reopened.close();
    }
  });
});
