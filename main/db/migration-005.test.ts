// Migration 005 (bulk load) adds the record of what a bulk load has set aside. A file from before it is opened
// by a console that restores that record before it migrates: the file must come up whole, with its rows and
// search indexes, and a load cut short on the upgraded file must be repaired at the next start.
import type Database from 'better-sqlite3';
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
import { setAside } from './bulk-load';
import { openDatabase } from './open';
import { column, value } from './statement-cache';

let old: OldDatabase;
afterEach(() => old.cleanup());

const count = (db: Database.Database, table: string) => value(db, `SELECT count(*) FROM ${table}`);
const bigramHits = (db: Database.Database, word: string) =>
  column(db, 'SELECT rowid FROM feedback_bigrams WHERE feedback_bigrams MATCH ? ORDER BY rowid', [`"${word}"`]);
const trigramHits = (db: Database.Database, words: string) =>
  column(db, 'SELECT rowid FROM feedback_fts WHERE feedback_fts MATCH ? ORDER BY rowid', [`"${words}"`]);

function fileAtVersion4(): string {
  old = databaseAtVersion(4);
  insertBaseRows(old.db);
  insertFeedback(old.db, 1, 'ja', '配送が遅れています');
  insertFeedback(old.db, 2, 'th', 'ของดีแต่ส่งช้ามาก');
  insertFeedback(old.db, 3, 'en', 'The parcel never came');
  expect(schemaVersion(old.db)).toBe(4);
  old.db.close();
  return old.file;
}

describe('migration 005, bulk load', () => {
  it('brings a file from before it to the schema of a new one, with nothing set aside and every row kept', () => {
    const db = openDatabase(fileAtVersion4());
    expect(schemaVersion(db)).toBeGreaterThanOrEqual(5);
    expect(schemaOf(db)).toEqual(freshSchema());
    expect(count(db, 'bulk_set_aside')).toBe(0);
    expect([count(db, 'customers'), count(db, 'orders'), count(db, 'feedback')]).toEqual([1, 1, 3]);
    expect(bigramHits(db, '配送')).toEqual([1]);
    expect(trigramHits(db, 'parcel never')).toEqual([3]);
    db.close();
  });

  it('lets a bulk load on the upgraded file be cut short and repaired at the next start', () => {
    const file = fileAtVersion4();
    const db = openDatabase(file);
    const upgraded = schemaOf(db);
    db.transaction(() => setAside(db, ['feedback']))();
    expect(count(db, 'bulk_set_aside')).toBeGreaterThan(0);
    insertFeedback(db, 4, 'ja', '返品したいです');
    db.close();

    const reopened = openDatabase(file);
    expect(schemaOf(reopened)).toEqual(upgraded);
    expect(count(reopened, 'bulk_set_aside')).toBe(0);
    expect(bigramHits(reopened, 'ดี')).toEqual([2]);
    expect(bigramHits(reopened, '返品')).toEqual([4]);
    expect(trigramHits(reopened, 'parcel never')).toEqual([3]);
    reopened.close();
  });
});
