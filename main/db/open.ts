import Database from 'better-sqlite3';
import { chmodSync, closeSync, existsSync, mkdirSync, openSync } from 'node:fs';
import path from 'node:path';
import { textBigrams } from './bigrams';
import { restoreSetAside } from './bulk-load';
import type { Db } from './connection';
import { loadMigrations, migrate } from './migrate';

export type { Db };

export interface OpenOptions {
  /** Where the migration files are; the build copies them beside the bundle. */
  migrationsDir?: string;
  /** better-sqlite3 compiled for Electron, when the shell is Electron in development. */
  nativeBinding?: string;
  /**
   * 'idle': no checkpoint at commit; the owner calls checkpointWhenIdle() from a timer, so a bulk
   * change never pays for writing the WAL back. 'auto' (default): SQLite's own, for one-off tools.
   */
  checkpoints?: 'auto' | 'idle';
}

export const DEFAULT_MIGRATIONS_DIR = path.join(__dirname, 'migrations');

/**
 * The store holds customers' personal data: a folder it makes is the user's alone (0700), and the file is 0600
 * before SQLite opens it, as SQLite gives its -wal and -shm files the database file's mode. Files an older console
 * left readable by others are closed up too; a folder the user chose is left as it is.
 */
function prepareOwnerOnlyFile(file: string): void {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  closeSync(openSync(file, 'a', 0o600));
  for (const each of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(each)) chmodSync(each, 0o600);
}

/** Opens (creating if needed) a console database and brings its schema up to date. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  if (file !== ':memory:') prepareOwnerOnlyFile(file);
  const db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  db.pragma('cache_size = -65536');
  if (options.checkpoints === 'idle') db.pragma('wal_autocheckpoint = 0');
  // The search triggers call it, so every connection that writes feedback must have it.
  db.function('text_bigrams', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? textBigrams(text) : ''));
  // A bulk load cut short by a crash left indexes and triggers set aside: build them again, before the migrations,
  // which were written against the schema with them in place.
  restoreSetAside(db);
  migrate(db, loadMigrations(options.migrationsDir ?? DEFAULT_MIGRATIONS_DIR));
  return db;
}

/** Writes the WAL back into the database file without waiting on readers. */
export function checkpointWhenIdle(db: Db): void {
  db.pragma('wal_checkpoint(PASSIVE)');
}
