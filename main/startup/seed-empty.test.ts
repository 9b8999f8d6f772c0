// The start-up both shells run before the core opens: an empty, never-signed-in store gets the small demo set and
// its reports' rollup; a store with customers, or one ever signed in to a hub, is left as it is.
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/open';
import { value } from '../db/statement-cache';
import { beginSignIn } from '../services/sync/sync-state';
import { tempDbFile } from '../test-support/fixture-db';
import { seedEmptyDatabase } from './seed-empty';

const UNTIL = new Date(Date.UTC(2026, 10, 20));
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

function emptyStore(): string {
  const { file, cleanup } = tempDbFile();
  cleanups.push(cleanup);
  return file;
}

function counts(file: string): { customers: number; rollupRows: number; person: string | undefined } {
  const db = openDatabase(file);
  try {
    return {
      customers: value<number>(db, 'SELECT count(*) FROM customers') ?? 0,
      rollupRows: value<number>(db, 'SELECT count(*) FROM metrics_weekly') ?? 0,
      person: value<string>(db, "SELECT value FROM settings WHERE key = 'current_person_id'"),
    };
  } finally {
    db.close();
  }
}

describe('seeding an empty database at start-up', () => {
  it('seeds the small demo set into an empty, never-signed-in store and warms its rollup, once', () => {
    const file = emptyStore();
    const lines: string[] = [];
    expect(seedEmptyDatabase(file, { log: (line) => lines.push(line), until: UNTIL })).toBe(true);
    const seeded = counts(file);
    expect(seeded.customers).toBe(5_000);
    expect(seeded.rollupRows).toBeGreaterThan(0);
    expect(seeded.person).toBe('1');
    expect(lines).toEqual([expect.stringMatching(/^Empty database: seeded the small demo set and its reports in \d+ ms$/)]);

    expect(seedEmptyDatabase(file, { log: (line) => lines.push(line), until: UNTIL })).toBe(false);
    expect(counts(file)).toEqual(seeded);
    expect(lines).toHaveLength(1);
  }, 120_000);

  it('leaves an empty store that was ever signed in to a hub empty: its rows come from the hub only', () => {
    const file = emptyStore();
    const db = openDatabase(file);
    beginSignIn(db, 'http://127.0.0.1:9');
    db.close();
    expect(seedEmptyDatabase(file, { log: () => {}, until: UNTIL })).toBe(false);
    expect(counts(file)).toEqual({ customers: 0, rollupRows: 0, person: undefined });
  });
});
