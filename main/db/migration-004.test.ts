// Migration 004 (search bigrams) derives an index from every feedback text: a file from before it must come out
// with its old Thai and Japanese rows findable by two-character words, and the triggers must keep it so.
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import {
  databaseAtVersion,
  freshSchema,
  insertBaseRows,
  insertFeedback,
  schemaOf,
  schemaVersion,
  type OldDatabase,
} from '../test-support/migration-db';
import { loadMigrations, migrate } from './migrate';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from './open';
import { all, column, run, value } from './statement-cache';

let old: OldDatabase;
afterEach(() => old.cleanup());

/** Feedback ids whose text holds the two-character word, through the index the queue's search uses for it. */
const foundBy = (db: Database.Database, word: string) =>
  column(db, 'SELECT rowid FROM feedback_bigrams WHERE feedback_bigrams MATCH ? ORDER BY rowid', [`"${word}"`]);

describe('migration 004, search bigrams', () => {
  it('indexes the Thai and Japanese feedback written before it, and nothing else', () => {
    old = databaseAtVersion(3);
    insertBaseRows(old.db);
    insertFeedback(old.db, 1, 'ja', '配送が遅れています。まだ届きません');
    insertFeedback(old.db, 2, 'th', 'ของดีแต่ส่งช้ามาก');
    insertFeedback(old.db, 3, 'en', 'The parcel never came');
    expect(schemaVersion(old.db)).toBe(3);
    old.db.close();

    const db = openDatabase(old.file);
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(4);
    expect(schemaOf(db)).toEqual(freshSchema());
    // 配送 (delivery) and ดี (good) are two characters each: too short for the trigram index.
    expect(foundBy(db, '配送')).toEqual([1]);
    expect(foundBy(db, 'ดี')).toEqual([2]);
    expect(foundBy(db, '返品')).toEqual([]);
    expect(column(db, 'SELECT rowid FROM feedback_bigrams ORDER BY rowid')).toEqual([1, 2]);
    expect(value(db, 'SELECT count(*) FROM feedback')).toBe(3);
    db.close();
  });

  it('keeps the index current for feedback written, edited and deleted after it', () => {
    old = databaseAtVersion(3);
    insertBaseRows(old.db);
    insertFeedback(old.db, 1, 'ja', '配送が遅れています');
    insertFeedback(old.db, 2, 'th', 'ของดีแต่ส่งช้ามาก');
    old.db.close();

    const db = openDatabase(old.file);
    insertFeedback(db, 4, 'ja', '返品したいです');
    expect(foundBy(db, '返品')).toEqual([4]);
    run(db, "UPDATE feedback SET text = '関税が高すぎます' WHERE id = 1");
    expect(foundBy(db, '配送')).toEqual([]);
    expect(foundBy(db, '関税')).toEqual([1]);
    run(db, 'DELETE FROM feedback WHERE id = 2');
    expect(foundBy(db, 'ดี')).toEqual([]);
    db.close();
  });

  it('rolls back whole on a connection without text_bigrams(), leaving version 3 and its rows for the next start', () => {
    old = databaseAtVersion(3);
    insertBaseRows(old.db);
    insertFeedback(old.db, 1, 'ja', '配送が遅れています');
    old.db.close();

    const bare = new Database(old.file);
    expect(() => migrate(bare, loadMigrations(DEFAULT_MIGRATIONS_DIR))).toThrow(/004_search_bigrams\.sql.*no such function: text_bigrams/);
    expect(schemaVersion(bare)).toBe(3);
    expect(all(bare, "SELECT name FROM sqlite_schema WHERE name LIKE 'feedback_bigrams%'")).toEqual([]);
    expect(column(bare, 'SELECT text FROM feedback')).toEqual(['配送が遅れています']);
    bare.close();

    const db = openDatabase(old.file);
    expect(foundBy(db, '配送')).toEqual([1]);
    db.close();
  });
});
