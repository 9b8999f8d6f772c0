// Roster imports on a real SQLite store: a hostile file's every bad row named by line, column, value and reason;
// UTF-16, Windows-1252 and a missing column refused by name; a preview writes nothing; a commit writes the good rows
// (and their outbox entries) and saves the rejected ones to fix; the fixed file imports; the same file again changes nothing.
// Each imported KOL's audit trail names the file, the time and who imported it (or the command line); from the screen
// only an operator imports.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Person } from '../../../../shared/domain';
import { fixtureDb, type FixtureDb } from '../../../test-support/fixture-db';
import { all, run, value } from '../../../db/statement-cache';
import { kolAudit } from '../roster-events';
import { operatorAna } from '../test-support/rosters-fixture';
import { importRoster, type ImportRequest } from './import-service';

let store: FixtureDb;
let ana: Person;
beforeEach(() => {
  store = fixtureDb();
  ana = operatorAna(store);
  run(store.db, "INSERT INTO sync_state (singleton, hub_url, client_id) VALUES (1, 'http://127.0.0.1:9', 'console-test-01')");
  store.db.exec(`INSERT INTO kols (id, region, name, platform, handle, followers, engagement_rate, audience_countries, languages, niches, status, tags, notes, updated_at)
                 VALUES (7, 'SEA', 'Mai Daily', 'tiktok', 'maidaily', 8000, 0.09, 'SG', 'en', 'food', 'contacted', '', '', 0)`);
});
afterEach(() => store.cleanup());

const utf8 = (text: string) => new TextEncoder().encode(text);
const importKols = (bytes: Uint8Array, commit: boolean, fileName = 'kols.csv', via: ImportRequest['via'] = 'screen', person = ana) =>
  importRoster(store.db, { kind: 'kols', fileName, bytes, commit, via }, person, 5_000);
const kols = () => value<number>(store.db, 'SELECT count(*) FROM kols');

const HOSTILE = [
  'region,name,platform,handle,followers,engagement_rate,profile_url,owner_email',
  'SEA,Somchai Review,TikTok,@Somchai.Review,250000,4.5%,https://www.tiktok.com/@somchai.review,Ana@Example.test', // 2: good
  'SEA,Copy of Somchai,tiktok,https://www.tiktok.com/@SOMCHAI.REVIEW?lang=th,1000,0.02,,', // 3: same handle as line 2
  'SEA,Myspace Star,myspace,star,1000,0.02,,', // 4: unknown platform
  'SEA,Negative,instagram,neg,-40,0.02,,', // 5: negative followers
  'SEA,Bad Link,instagram,badlink,1000,0.02,htp:/broken,', // 6: malformed URL
  'SEA,Mai Again,tiktok,@maidaily,9000,0.05,,', // 7: the store has @maidaily with other values
  'NA,Elsewhere,youtube,elsewhere,1000,0.02,,', // 8: a region not granted
  'EU,Lena Home,instagram,lena.home,600000,2%,,', // 9: good
  'SEA,Yuki,youtube,yuki,lots,7,,', // 10: two problems
].join('\n');

describe('importing KOLs', () => {
  it('names every bad row by line, column, value and reason, and a preview writes nothing', () => {
    const report = importKols(utf8(HOSTILE), false);
    expect(report).toMatchObject({ rows: 9, added: 2, unchanged: 0, rejected: 7, committed: false, rejectedFile: null });
    expect(report.problems).toEqual([
      { row: 3, column: 'handle', value: 'https://www.tiktok.com/@SOMCHAI.REVIEW?lang=th', reason: 'repeats line 2 of this file' },
      { row: 4, column: 'platform', value: 'myspace', reason: expect.stringMatching(/^is not one of tiktok, instagram/) },
      { row: 5, column: 'followers', value: '-40', reason: 'is negative' },
      { row: 6, column: 'profile_url', value: 'htp:/broken', reason: 'is not a web address (https://...)' },
      { row: 7, column: 'handle', value: '@maidaily', reason: '@maidaily on tiktok is already KOL #7 (Mai Daily), with other values' },
      { row: 8, column: 'region', value: 'NA', reason: 'is a region you are not granted' },
      { row: 10, column: 'followers', value: 'lots', reason: 'is not a whole number' },
      { row: 10, column: 'engagement_rate', value: '7', reason: 'is not between 0 and 1 (or 0% and 100%)' },
    ]);
    expect(report.preview.map((p) => [p.row, p.values.handle, p.values.engagement_rate])).toEqual([[2, 'somchai.review', '0.045'], [9, 'lena.home', '0.02']]);
    expect(kols()).toBe(1);
    expect(value(store.db, 'SELECT count(*) FROM sync_outbox')).toBe(0);
  });

  it('commits the good rows with their outbox entry, saves the rejected ones to fix, and a fixed file then imports', () => {
    const report = importKols(utf8(HOSTILE), true);
    expect(report).toMatchObject({ added: 2, rejected: 7, committed: true });
    expect(kols()).toBe(3);
    expect(value(store.db, "SELECT owner_id FROM kols WHERE handle = 'somchai.review'")).toBe(1);
    // The rows, and their audit events.
    expect(value(store.db, "SELECT count(*) FROM sync_outbox WHERE name = 'rosters.insert'")).toBe(2);
    expect(report.rejectedFile).toBe(path.join(path.dirname(store.file), 'imports', 'kols.rejected.csv'));
    const rejected = readFileSync(report.rejectedFile as string, 'utf8').trim().split('\n');
    expect(rejected[0]).toBe('region,name,platform,handle,followers,engagement_rate,profile_url,owner_email,problem');
    expect(rejected).toHaveLength(8);
    expect(rejected[3]).toBe('SEA,Negative,instagram,neg,-40,0.02,,,followers: is negative');

    // The person fixes the rejected rows they can and imports that file: only the fixed rows are added.
    const fixed = ['region,name,platform,handle,followers,engagement_rate,profile_url,owner_email',
      'SEA,Negative,instagram,neg,40,0.02,,', 'SEA,Bad Link,instagram,badlink,1000,0.02,https://www.instagram.com/badlink,'].join('\n');
    expect(importKols(utf8(fixed), true, 'kols.rejected.csv')).toMatchObject({ added: 2, rejected: 0, rejectedFile: null });
    expect(kols()).toBe(5);
  });

  it('changes nothing when the same file is imported again', () => {
    importKols(utf8(HOSTILE), true);
    const before = value(store.db, 'SELECT group_concat(id || handle || updated_at) FROM kols');
    const outbox = value(store.db, 'SELECT count(*) FROM sync_outbox');
    const again = importKols(utf8(HOSTILE), true);
    expect(again).toMatchObject({ added: 0, unchanged: 2 });
    expect(value(store.db, 'SELECT group_concat(id || handle || updated_at) FROM kols')).toBe(before);
    expect(value(store.db, 'SELECT count(*) FROM sync_outbox')).toBe(outbox);
  });

  it('refuses UTF-16, Windows-1252 and a missing column by name, writing nothing', () => {
    const header = 'region,name,platform,handle,followers,engagement_rate\nSEA,José Style,instagram,jose,1000,0.02\n';
    const utf16 = new Uint8Array([0xff, 0xfe, ...[...header].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    expect(() => importKols(utf16, true)).toThrow(/^The file is UTF-16: save it as CSV UTF-8/);
    const cp1252 = new Uint8Array([...header].map((c) => (c === 'é' ? 0xe9 : c.charCodeAt(0))));
    expect(() => importKols(cp1252, true)).toThrow(/^The file is not UTF-8 \(byte \d+ is 0xe9, as Windows-1252 writes accented letters\)/);
    expect(() => importKols(utf8('region,name,platform,handle,followers\nSEA,A,tiktok,a,1\n'), true)).toThrow('The file has no "engagement_rate" column');
    expect(kols()).toBe(1);
    expect(existsSync(path.join(path.dirname(store.file), 'imports'))).toBe(false);
  });
});

describe('importing posts and community members', () => {
  it('ties posts to known KOLs, flags what does not fit, and links members to customers only with consent', () => {
    const posts = [
      'platform,handle,url,posted_at,views,likes,comments,shares,clicks,disclosed',
      'tiktok,@MaiDaily,https://www.tiktok.com/@maidaily/video/1,2026-06-02T10:00:00+08:00,900,80,5,2,9,yes',
      'tiktok,nobody,https://www.tiktok.com/@nobody/video/2,2026-06-02,900,80,5,2,9,no',
      'tiktok,maidaily,https://www.tiktok.com/@maidaily/video/3,02/06/2026,900,80,5,2,9,maybe',
    ].join('\n');
    const report = importRoster(store.db, { kind: 'kol-posts', fileName: 'posts.csv', bytes: utf8(posts), commit: true, via: 'screen' }, ana, 5_000);
    expect(report.added).toBe(1);
    expect(report.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [3, 'handle', 'is no KOL on tiktok here: import the KOL first'],
      [4, 'posted_at', 'is not a date-time with its offset (2026-06-02T10:00:00+08:00)'],
      [4, 'disclosed', 'is not yes or no'],
    ]);
    expect(value(store.db, 'SELECT posted_at FROM kol_posts')).toBe(Date.parse('2026-06-02T02:00:00Z'));
    // The post is in its KOL's audit trail as imported from its file.
    expect(kolAudit(store.db, 7).map((e) => [e.table, e.field, e.after, e.actorName, e.at])).toEqual([['kol_posts', 'imported', 'posts.csv', 'Ana Reyes', 5_000]]);

    store.db.exec("INSERT INTO communities VALUES (3, 'SEA', 'whatsapp', 'VIP circle SEA 1', 'en', 'vip', '', 'active', 0)");
    const members = [
      'region,community,handle,role,joined_on,customer_id,consent_basis,consent_at,consent_source',
      'SEA,VIP circle SEA 1,@mei,member,2026-06-01,10,consent,2026-06-01T09:00:00Z,signup form opt-in',
      'SEA,VIP circle SEA 1,@anon,member,2026-06-01,,,,',
      'SEA,VIP circle SEA 1,@noconsent,member,2026-06-01,10,,,',
      'SEA,VIP circle SEA 1,@lena,member,2026-06-01,20,consent,2026-06-01T09:00:00Z,form',
    ].join('\n');
    const joined = importRoster(store.db, { kind: 'community-members', fileName: 'members.csv', bytes: utf8(members), commit: true, via: 'screen' }, ana, 5_000);
    expect(joined.added).toBe(2);
    expect(joined.problems.map((p) => [p.row, p.column, p.reason])).toEqual([
      [4, 'consent_basis', 'is empty'],
      [4, 'consent_at', 'is empty'],
      [4, 'consent_source', 'is empty'],
      [5, 'customer_id', 'is a customer of EU, not SEA'],
    ]);
    expect(value(store.db, "SELECT customer_id FROM community_members WHERE handle = 'mei'")).toBe(10);
  });
});

describe('who imports', () => {
  const GOOD = 'region,name,platform,handle,followers,engagement_rate\nSEA,Ploy Review,tiktok,@PloyReview,120000,0.035\n';
  const trailOf = (handle: string) => kolAudit(store.db, value<number>(store.db, 'SELECT id FROM kols WHERE handle = ?', [handle]) as number);

  it('leaves in each imported KOL\'s audit trail the file, the time and the person who imported it, sent to the hub', () => {
    importKols(utf8(GOOD), true, 'june-kols.csv');
    expect(trailOf('ployreview').map((e) => [e.table, e.field, e.before, e.after, e.actorId, e.actorName, e.at])).toEqual([
      ['kols', 'imported', null, 'june-kols.csv', 1, 'Ana Reyes', 5_000],
    ]);
    const queued = all<{ args: string }>(store.db, "SELECT args FROM sync_outbox WHERE name = 'rosters.insert' ORDER BY id").map((m) => JSON.parse(m.args).table);
    expect(queued).toEqual(['kols', 'roster_events']);
  });

  it('refuses a support lead on the screen, even a preview, writing nothing', () => {
    const lead = { ...ana, role: 'support_lead' as const };
    for (const commit of [false, true]) {
      expect(() => importKols(utf8(GOOD), commit, 'kols.csv', 'screen', lead)).toThrow('As a support lead you read the rosters: only an operator of the region edits them');
    }
    expect(kols()).toBe(1);
    expect(value(store.db, 'SELECT count(*) FROM roster_events')).toBe(0);
    expect(value(store.db, 'SELECT count(*) FROM sync_outbox')).toBe(0);
  });

  it('lets the command line import whatever the current person\'s role, its events naming no one', () => {
    const lead = { ...ana, role: 'support_lead' as const };
    expect(importKols(utf8(GOOD), true, 'kols.csv', 'command line', lead)).toMatchObject({ added: 1 });
    expect(trailOf('ployreview').map((e) => [e.field, e.after, e.actorId, e.actorName])).toEqual([['imported', 'kols.csv', null, null]]);
  });
});
