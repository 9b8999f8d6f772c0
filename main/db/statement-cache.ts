// The one way main/ runs SQL with values: statements are prepared once per connection and SQL text, and rows come
// back typed by the caller (`all<FeedbackRow>(db, sql, [id])`). DDL and pragmas without values go through db.exec
// and db.pragma. Values are bound rather than written into the SQL text, so a text is a shape (a filter, a sort) and
// the cache holds one statement per shape, however deep a page or whichever id.
import type Database from 'better-sqlite3';
import type { Db } from './connection';

type Statement = Database.Statement<unknown[], unknown>;

/** What SQLite can bind: better-sqlite3 refuses anything else (booleans included). */
export type SqlValue = number | bigint | string | Uint8Array | null;
/** Positional values for `?`, or named ones for `@name`/`:name`/`$name`. */
export type SqlParams = readonly SqlValue[] | Readonly<Record<string, SqlValue>>;

/** Statements kept per connection; dynamic SQL (one text per filter shape) stays well under it in practice. */
export const STATEMENT_CACHE_LIMIT = 200;

/** How a statement returns its rows: objects, the first column only, or arrays. better-sqlite3 keeps it per statement. */
type Mode = 'rows' | 'column' | 'arrays';

interface Entry {
  statement: Statement;
  mode: Mode;
  /** Used since it was last passed over for eviction: it gets a second chance (a cheap approximation of LRU). */
  used: boolean;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

function evictIfFull(cache: Map<string, Entry>): void {
  while (cache.size >= STATEMENT_CACHE_LIMIT) {
    const [sql, oldest] = cache.entries().next().value as [string, Entry];
    cache.delete(sql);
    if (oldest.used) {
      oldest.used = false;
      cache.set(sql, oldest);
    }
  }
}

function prepared(db: Db, sql: string, mode: Mode): Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let entry = cache.get(sql);
  if (entry) entry.used = true;
  else {
    evictIfFull(cache);
    entry = { statement: db.prepare(sql), mode: 'rows', used: false };
    cache.set(sql, entry);
  }
  if (entry.mode !== mode) {
    if (mode === 'column') entry.statement.pluck(true);
    else if (mode === 'arrays') entry.statement.raw(true);
    else if (entry.mode === 'column') entry.statement.pluck(false);
    else entry.statement.raw(false);
    entry.mode = mode;
  }
  return entry.statement;
}

// better-sqlite3 spreads an array into positional values and takes an object as named ones.
const NONE: readonly SqlValue[] = [];

/** Every row, as objects of the caller's row type. */
export function all<Row extends object>(db: Db, sql: string, params: SqlParams = NONE): Row[] {
  return prepared(db, sql, 'rows').all(params) as Row[];
}

/** The first row, or undefined when there is none. */
export function get<Row extends object>(db: Db, sql: string, params: SqlParams = NONE): Row | undefined {
  return prepared(db, sql, 'rows').get(params) as Row | undefined;
}

/** Every row as an array of its columns: for scans of many rows, which skip building an object per row. */
export function tuples<Row extends readonly unknown[]>(db: Db, sql: string, params: SqlParams = NONE): Row[] {
  return prepared(db, sql, 'arrays').all(params) as Row[];
}

/** The first column of the first row (a count, a name), or undefined when there is no row. */
export function value<T extends SqlValue>(db: Db, sql: string, params: SqlParams = NONE): T | undefined {
  return prepared(db, sql, 'column').get(params) as T | undefined;
}

/** The first column of every row (ids, names). */
export function column<T extends SqlValue>(db: Db, sql: string, params: SqlParams = NONE): T[] {
  return prepared(db, sql, 'column').all(params) as T[];
}

/** Runs a statement that writes; `changes` says how many rows it touched. */
export function run(db: Db, sql: string, params: SqlParams = NONE): Database.RunResult {
  return prepared(db, sql, 'rows').run(params);
}
