import type Database from 'better-sqlite3';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { run, value } from './statement-cache';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATION_FILE = /^(\d{3})_([a-z0-9_]+)\.sql$/;

/** Reads `NNN_name.sql` files in version order; a gap or a duplicate number is a packaging mistake. */
export function loadMigrations(dir: string): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => MIGRATION_FILE.exec(file))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({
      version: Number(match[1]),
      name: match[0],
      sql: readFileSync(path.join(dir, match[0]), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`Migration ${migration.name} should be number ${index + 1}: migrations must be numbered without gaps`);
    }
  });
  return migrations;
}

export class MigrationError extends Error {
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`Migration ${migration} failed and was rolled back: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'MigrationError';
  }
}

export interface MigrateOptions {
  /** The version to stop at, as a console that knew no later migration would (the tests of each migration). */
  toVersion?: number;
}

/** Applies each pending migration in its own transaction, recording its version; returns the names applied. */
export function migrate(db: Database.Database, migrations: Migration[], options: MigrateOptions = {}): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at INTEGER NOT NULL) STRICT`);
  const current = value<number>(db, 'SELECT coalesce(max(version), 0) FROM schema_migrations') ?? 0;
  const newest = migrations.at(-1)?.version ?? 0;
  if (current > newest) {
    throw new Error(`This database has schema version ${current}, newer than this console knows (${newest}): update the console`);
  }
  const target = options.toVersion ?? newest;
  if (!Number.isInteger(target) || target < current || target > newest) {
    throw new Error(`toVersion ${target} is not a version to migrate to: this database is at ${current}, the newest is ${newest}`);
  }
  const applied: string[] = [];
  for (const migration of migrations.filter((m) => m.version > current && m.version <= target)) {
    try {
      db.transaction(() => {
        db.exec(migration.sql);
        run(db, 'INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)', [migration.version, migration.name, Date.now()]);
      })();
    } catch (error) {
      throw new MigrationError(migration.name, error);
    }
    applied.push(migration.name);
  }
  return applied;
}
