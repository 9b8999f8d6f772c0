// Setting indexes and triggers aside for a bulk load: the schema, both search indexes and the rollup come back as
// if every row had gone in the normal way, whether the load ends in its own transaction or the process dies first.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { fixtureDb, NOW, type FixtureDb } from '../test-support/fixture-db';
import { restoreSetAside, setAside } from './bulk-load';
import { openDatabase, type Db } from './open';

const TABLES = ['customers', 'orders', 'feedback'];

let fixture: FixtureDb;
afterEach(() => fixture?.cleanup());

const schemaOf = (db: Database.Database) =>
  db.prepare("SELECT type, name, tbl_name, sql FROM sqlite_schema WHERE type IN ('index', 'trigger') ORDER BY name").all();

function addFeedback(db: Db, id: number, text: string): void {
  db.prepare(
    `INSERT INTO feedback (id, customer_id, region, country, channel, language, text, category, status, priority,
                           created_at, updated_at, sla_due_at)
     VALUES (?, 10, 'SEA', 'SG', 'app', 'ja', ?, 'late_delivery', 'new', 'P3', ?, ?, ?)`,
  ).run(id, text, NOW, NOW, NOW + 3_600_000);
}

/** Both search indexes hold exactly the feedback rows, and each finds what it should. */
function expectSearchMatchesFeedback(db: Db): void {
  db.exec("INSERT INTO feedback_fts(feedback_fts, rank) VALUES ('integrity-check', 1)");
  expect(db.prepare('SELECT count(*) FROM feedback_bigrams').pluck().get()).toBe(
    db.prepare("SELECT count(*) FROM feedback WHERE text_bigrams(text) <> ''").pluck().get(),
  );
  const trigram = db.prepare('SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ? ORDER BY rowid').pluck();
  const bigram = db.prepare('SELECT rowid FROM feedback_bigrams WHERE feedback_bigrams MATCH ? ORDER BY rowid').pluck();
  expect(trigram.all('"遅れています"')).toEqual([3]);
  expect(bigram.all('"配送"')).toEqual([1, 3]);
}

describe('bulk loads', () => {
  it('set aside and restore in one transaction leave the schema, the search indexes and a fresh rollup', () => {
    fixture = fixtureDb([{ id: 1, text: '配送が遅い' }, { id: 2, text: 'Parcel never came' }]);
    const { db } = fixture;
    const before = schemaOf(db);
    expect(db.prepare('SELECT count(*) FROM metrics_stale').pluck().get()).toBeGreaterThan(0);

    db.transaction(() => {
      setAside(db, TABLES);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE tbl_name = 'feedback' AND sql IS NOT NULL AND type <> 'table'").pluck().get()).toBe(0);
      addFeedback(db, 3, '配送が遅れています');
      db.prepare('DELETE FROM feedback WHERE id = 2').run();
      restoreSetAside(db);
    })();

    expect(schemaOf(db)).toEqual(before);
    expect(db.prepare('SELECT count(*) FROM bulk_set_aside').pluck().get()).toBe(0);
    expectSearchMatchesFeedback(db);
    // Unmarked while the triggers were away, the rollup is forgotten whole: it is computed afresh when asked.
    for (const table of ['metrics_weekly', 'metrics_coverage', 'metrics_stale']) {
      expect(db.prepare(`SELECT count(*) FROM ${table}`).pluck().get(), table).toBe(0);
    }
    // The triggers are back: a normal edit reaches the search index and marks the rollup stale again.
    db.prepare("UPDATE feedback SET text = 'Karton zerdrückt' WHERE id = 1").run();
    expect(db.prepare("SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH '\"zerdrückt\"'").pluck().all()).toEqual([1]);
    addFeedback(db, 4, 'Another late parcel');
    expect(db.prepare("SELECT count(*) FROM metrics_stale WHERE source = 'feedback'").pluck().get()).toBe(1);
  });

  it('leave a record a crash cannot lose: the next open builds everything again before the migrations run', () => {
    fixture = fixtureDb([{ id: 1, text: '配送が遅い' }, { id: 2, text: 'Parcel never came' }]);
    const { db, file } = fixture;
    const before = schemaOf(db);
    // As a reset snapshot does: the first page sets aside, the next lands in the bare tables, then the process dies.
    db.transaction(() => setAside(db, TABLES))();
    db.transaction(() => {
      addFeedback(db, 3, '配送が遅れています');
      db.prepare('DELETE FROM feedback WHERE id = 2').run();
    })();
    db.close();

    const raw = new Database(file);
    expect(raw.prepare('SELECT count(*) FROM bulk_set_aside').pluck().get()).toBeGreaterThan(0);
    expect(schemaOf(raw).length).toBeLessThan(before.length);
    raw.close();

    const reopened = openDatabase(file);
    try {
      expect(schemaOf(reopened)).toEqual(before);
      expect(reopened.prepare('SELECT count(*) FROM bulk_set_aside').pluck().get()).toBe(0);
      expectSearchMatchesFeedback(reopened);
    } finally {
      reopened.close();
    }
  });
});
