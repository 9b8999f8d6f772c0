import Database from 'better-sqlite3';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDbFile } from '../test-support/fixture-db';
import { loadMigrations, migrate, MigrationError } from './migrate';
import { DEFAULT_MIGRATIONS_DIR, openDatabase } from './open';
import { all, column, get, run, value } from './statement-cache';

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-migrations-'));
  for (const [name, sql] of Object.entries(files)) writeFileSync(path.join(dir, name), sql);
  return dir;
}

describe('migrations', () => {
  it('bring a new file to the newest version, with WAL and foreign keys on', () => {
    const { file, cleanup } = tempDbFile();
    const db = openDatabase(file);
    const versions = column(db, 'SELECT version FROM schema_migrations ORDER BY version');
    expect(versions).toEqual(loadMigrations(DEFAULT_MIGRATIONS_DIR).map((m) => m.version));
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
    cleanup();
  });

  it('apply nothing twice when reopened', () => {
    const { file, cleanup } = tempDbFile();
    openDatabase(file).close();
    const db = new Database(file);
    expect(migrate(db, loadMigrations(DEFAULT_MIGRATIONS_DIR))).toEqual([]);
    db.close();
    cleanup();
  });

  it('roll a failed migration back whole, leave earlier ones, and name the migration', () => {
    const dir = migrationsDir({
      '001_first.sql': 'CREATE TABLE kept (id INTEGER);',
      '002_broken.sql': 'CREATE TABLE half (id INTEGER); INSERT INTO no_such_table VALUES (1);',
    });
    const db = new Database(':memory:');
    expect(() => migrate(db, loadMigrations(dir))).toThrow(MigrationError);
    expect(() => migrate(db, loadMigrations(dir))).toThrow(/002_broken\.sql/);
    const tables = column(db, "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
    expect(tables).toEqual(['kept', 'schema_migrations']);
    expect(value(db, 'SELECT max(version) FROM schema_migrations')).toBe(1);
  });

  it('leave the rows a failed migration had already changed as they were', () => {
    const dir = migrationsDir({
      '001_first.sql': "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes VALUES (1, 'kept');",
      '002_moves.sql': 'CREATE TABLE notes_new (id INTEGER, body TEXT); INSERT INTO notes_new SELECT * FROM notes; DROP TABLE notes;',
      '003_broken.sql': "UPDATE notes_new SET body = 'changed'; INSERT INTO no_such_table VALUES (1);",
    });
    const db = new Database(':memory:');
    expect(() => migrate(db, loadMigrations(dir))).toThrow(/003_broken\.sql/);
    expect(value(db, 'SELECT max(version) FROM schema_migrations')).toBe(2);
    expect(all(db, 'SELECT id, body FROM notes_new')).toEqual([{ id: 1, body: 'kept' }]);
  });

  it('stop at the version asked for, and go on from there later', () => {
    const dir = migrationsDir({
      '001_a.sql': 'CREATE TABLE a (id INTEGER);',
      '002_b.sql': 'CREATE TABLE b (id INTEGER);',
      '003_c.sql': 'CREATE TABLE c (id INTEGER);',
    });
    const db = new Database(':memory:');
    expect(migrate(db, loadMigrations(dir), { toVersion: 2 })).toEqual(['001_a.sql', '002_b.sql']);
    expect(get(db, "SELECT name FROM sqlite_master WHERE name = 'c'")).toBeUndefined();
    expect(migrate(db, loadMigrations(dir), { toVersion: 2 })).toEqual([]);
    expect(migrate(db, loadMigrations(dir))).toEqual(['003_c.sql']);
  });

  it('refuse a version to stop at that it cannot reach', () => {
    const dir = migrationsDir({ '001_a.sql': 'SELECT 1;', '002_b.sql': 'SELECT 1;' });
    const db = new Database(':memory:');
    expect(() => migrate(db, loadMigrations(dir), { toVersion: 3 })).toThrow(/toVersion 3 .* the newest is 2/);
    migrate(db, loadMigrations(dir));
    expect(() => migrate(db, loadMigrations(dir), { toVersion: 1 })).toThrow(/toVersion 1 .* this database is at 2/);
    expect(() => migrate(db, loadMigrations(dir), { toVersion: 1.5 })).toThrow(/toVersion 1\.5/);
  });

  it('refuse a gap in the numbering', () => {
    const dir = migrationsDir({ '001_a.sql': 'SELECT 1;', '003_c.sql': 'SELECT 1;' });
    expect(() => loadMigrations(dir)).toThrow(/003_c\.sql should be number 2/);
  });

  it('refuse a database newer than the console', () => {
    const dir = migrationsDir({ '001_a.sql': 'SELECT 1;' });
    const db = new Database(':memory:');
    migrate(db, loadMigrations(dir));
    run(db, "INSERT INTO schema_migrations VALUES (7, '007_future.sql', 0)");
    expect(() => migrate(db, loadMigrations(dir))).toThrow(/schema version 7, newer than this console/);
  });
});
