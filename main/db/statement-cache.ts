import type Database from 'better-sqlite3';
import type { Db } from './open';

const LIMIT = 200;
const caches = new WeakMap<Db, Map<string, Database.Statement>>();

/** Prepares dynamic SQL (built from a filter) once per distinct text. */
export function prepareCached(db: Db, sql: string): Database.Statement {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let statement = cache.get(sql);
  if (!statement) {
    if (cache.size >= LIMIT) cache.delete(cache.keys().next().value as string);
    statement = db.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
}
