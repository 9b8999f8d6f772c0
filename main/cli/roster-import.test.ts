// `npm run import -- --kind ...` on a real store whose current person is a support lead: the command line runs as the
// machine's user, so it imports where the Rosters screen would refuse that person, and its audit events name no one.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { all, value } from '../db/statement-cache';
import { fixtureDb, type FixtureDb } from '../test-support/fixture-db';
import { runRosterImport } from './roster-import';

let store: FixtureDb;
beforeEach(() => {
  store = fixtureDb();
  vi.spyOn(console, 'log').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  store.cleanup();
});

describe('npm run import -- --kind kols', () => {
  it('imports as the command line whatever the current person\'s role, and says so in the audit trail', async () => {
    expect(store.lead.role).toBe('support_lead');
    const file = path.join(path.dirname(store.file), 'june-kols.csv');
    writeFileSync(file, 'region,name,platform,handle,followers,engagement_rate\nSEA,Ploy Review,tiktok,@PloyReview,120000,0.035\n');
    expect(await runRosterImport(['--kind', 'kols', '--file', file, '--db', store.file])).toBe(0);
    expect(value(store.db, "SELECT name FROM kols WHERE handle = 'ployreview'")).toBe('Ploy Review');
    expect(all(store.db, 'SELECT tbl, field, actor_id AS actor, after FROM roster_events')).toEqual([{ tbl: 'kols', field: 'imported', actor: null, after: 'june-kols.csv' }]);
  });
});
