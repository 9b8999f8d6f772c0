// `npm run seed -- --until D`: the data ends on D, all of it, in every region's own time zone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDayOf } from '../../shared/iso-week';
import { openDatabase, type Db } from '../db/open';
import { seedDatabase } from '../seed/write-sqlite';
import { tempDbFile } from '../test-support/fixture-db';
import { parseArgs } from './seed-args';

const DAY = '2026-11-22';

describe('seed --until a day', () => {
  let db: Db;
  let zones: Map<string, string>;
  const file = tempDbFile();

  beforeAll(() => {
    const args = parseArgs(['--until', DAY, '--db', file.file]);
    if (!args) throw new Error('no arguments read');
    db = openDatabase(args.db);
    seedDatabase(db, { scale: args.scale, until: args.until, seed: args.seed });
    const regions = db.prepare('SELECT code, time_zone AS zone FROM regions').all() as { code: string; zone: string }[];
    zones = new Map(regions.map((region) => [region.code, region.zone]));
  }, 120_000);

  afterAll(() => {
    db?.close();
    file.cleanup();
  });

  it('reads a day as the end of that day in each region, an instant as itself', () => {
    expect(parseArgs(['--until', DAY])?.until).toEqual({ day: DAY });
    expect(parseArgs(['--until', '2026-11-22T10:00:00Z'])?.until).toEqual(new Date('2026-11-22T10:00:00Z'));
    expect(() => parseArgs(['--until', '2026-02-30'])).toThrow('--until "2026-02-30"');
  });

  it("ends each region's orders on that day in the region's time zone, and nothing after it", () => {
    const lastDays = (sql: string) =>
      (db.prepare(sql).all() as { region: string; last: number }[]).map(({ region, last }) => [region, localDayOf(last, zones.get(region)!)]);
    const everyRegionOn = (day: string) => [...zones.keys()].sort().map((region) => [region, day]);
    // Orders come every day in every region: the last day with orders is the day asked for, everywhere.
    expect(lastDays('SELECT region, max(placed_at) AS last FROM orders GROUP BY region ORDER BY region')).toEqual(everyRegionOn(DAY));
    // Signups and feedback are sparser in the small set: none after the day, in any region.
    for (const sql of [
      'SELECT region, max(signup_at) AS last FROM customers GROUP BY region ORDER BY region',
      'SELECT region, max(created_at) AS last FROM feedback GROUP BY region ORDER BY region',
    ]) {
      for (const [region, day] of lastDays(sql)) expect(`${region} ${day! <= DAY ? 'by' : 'after'} ${DAY}`).toBe(`${region} by ${DAY}`);
    }
  });
});
