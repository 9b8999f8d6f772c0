import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { STATEMENT_CACHE_LIMIT, all, column, get, run, tuples, value, type SqlValue } from './statement-cache';

let db: Database.Database;
beforeEach(() => {
  db = new Database(':memory:');
  db.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO t VALUES (1, 'Ana'), (2, 'Jonas')");
});
afterEach(() => db.close());

const preparesOf = (spy: { mock: { calls: unknown[][] } }, sql: string) => spy.mock.calls.filter(([text]) => text === sql).length;

describe('the statement cache', () => {
  it('prepares a text once per connection, whichever way its rows are read', () => {
    const prepare = vi.spyOn(db, 'prepare');
    const sql = 'SELECT id, name FROM t WHERE id >= ? ORDER BY id';
    expect(all(db, sql, [1])).toEqual([{ id: 1, name: 'Ana' }, { id: 2, name: 'Jonas' }]);
    expect(column(db, sql, [1])).toEqual([1, 2]);
    expect(tuples(db, sql, [2])).toEqual([[2, 'Jonas']]);
    expect(value(db, sql, [2])).toBe(2);
    expect(get(db, sql, [2])).toEqual({ id: 2, name: 'Jonas' });
    expect(all(db, sql, [3])).toEqual([]);
    expect(preparesOf(prepare, sql)).toBe(1);

    // Another connection has statements of its own.
    const other = new Database(':memory:');
    other.exec("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL); INSERT INTO t VALUES (7, 'Mei')");
    expect(column(other, sql, [1])).toEqual([7]);
    other.close();
    expect(column(db, sql, [1])).toEqual([1, 2]);
    expect(preparesOf(prepare, sql)).toBe(1);
  });

  it('binds positional and named values, and none', () => {
    expect(run(db, 'INSERT INTO t (id, name) VALUES (@id, @name)', { id: 3, name: 'Mei' }).changes).toBe(1);
    expect(run(db, 'UPDATE t SET name = ? WHERE id = ?', ['Mei Tan', 3]).changes).toBe(1);
    expect(value(db, 'SELECT count(*) FROM t')).toBe(3);
    expect(value(db, 'SELECT name FROM t WHERE id = ?', [99])).toBeUndefined();
    expect(get(db, 'SELECT * FROM t WHERE id = ?', [99])).toBeUndefined();
  });

  it('stays bounded, giving a statement in use a second chance over one left idle', () => {
    const prepare = vi.spyOn(db, 'prepare');
    const text = (i: number) => `SELECT ${i} AS n`;
    for (let i = 0; i < STATEMENT_CACHE_LIMIT; i++) value(db, text(i));
    value(db, text(0)); // used again: kept past the next eviction
    value(db, text(STATEMENT_CACHE_LIMIT)); // full: one must go
    const before = prepare.mock.calls.length;
    value(db, text(0));
    expect(prepare.mock.calls.length).toBe(before);
    value(db, text(1)); // the oldest one never used again went
    expect(prepare.mock.calls.length).toBe(before + 1);
    expect(preparesOf(prepare, text(1))).toBe(2);
  });

  it('types rows by the caller and values by what SQLite can bind', () => {
    interface Person {
      id: number;
      name: string;
    }
    expectTypeOf(all<Person>(db, 'SELECT id, name FROM t')).toEqualTypeOf<Person[]>();
    expectTypeOf(get<Person>(db, 'SELECT id, name FROM t WHERE id = ?', [1])).toEqualTypeOf<Person | undefined>();
    expectTypeOf(value<number>(db, 'SELECT count(*) FROM t')).toEqualTypeOf<number | undefined>();
    expectTypeOf(column<string>(db, 'SELECT name FROM t')).toEqualTypeOf<string[]>();
    expectTypeOf(tuples<[number, string]>(db, 'SELECT id, name FROM t')).toEqualTypeOf<[number, string][]>();
    expectTypeOf<boolean>().not.toMatchTypeOf<SqlValue>();
    // @ts-expect-error SQLite stores no booleans: better-sqlite3 would throw at run time.
    expect(() => value(db, 'SELECT ?', [true])).toThrow(TypeError);
  });
});
