// The growth tables (issue 4) through the hub: a console signed in to a hub seeded with the whole small set holds
// the hub's spend, activity, funnel and targets, and its Reports view answers exactly as a console seeded locally
// from the same generator arguments; the hub's later changes to those rows reach it and refresh its rollup.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DAY_MS, type RegionCode } from '../../../shared/domain';
import type { WeeklyReport } from '../../../shared/report-types';
import { rowProblem } from '../../../shared/row-problem';
import { CHECKSUM_TABLES, TABLE_BY_NAME, type TableName } from '../../../shared/table-registry';
import { setGrants } from '../../../hub/accounts';
import { seededHub, TEST_UNTIL, TOKENS, type HubFixture } from '../../../hub/test-support/hub-fixture';
import { recordDeletions } from '../../../hub/tombstones';
import { withWriteTransaction } from '../../../hub/write-transaction';
import { createDispatcher, type Dispatcher } from '../../core/dispatcher';
import { handlers } from '../../core/handlers';
import { openDatabase, type Db } from '../../db/open';
import { SCALES } from '../../seed/options';
import { seedDatabase } from '../../seed/write-sqlite';
import { tempDbFile } from '../../test-support/fixture-db';
import { currentPerson } from '../session/session-service';
import { HubClient } from './hub-client';
import { localChecksums } from './checksums';
import { readSyncState } from './sync-state';
import { syncStatus } from './sync-status';
import { syncConsole, type SyncConsole } from './test-support/sync-console';
import { column, value } from '../../db/statement-cache';

const GROWTH_TABLES: readonly TableName[] = ['customer_activity', 'marketing_spend', 'daily_funnel', 'weekly_targets'];

let fixture: HubFixture;
let synced: SyncConsole;
let local: { db: Db; cleanup(): void };

beforeAll(async () => {
  fixture = await seededHub('sync_growth', SCALES.small.customers);
  synced = syncConsole();
  synced.signIn(fixture.hub.url, TOKENS.ana);
  await synced.sync();
  const { file, cleanup } = tempDbFile();
  const db = openDatabase(file);
  seedDatabase(db, { scale: 'small', until: TEST_UNTIL });
  local = {
    db,
    cleanup() {
      db.close();
      cleanup();
    },
  };
}, 120_000);

afterAll(async () => {
  synced?.close();
  local?.cleanup();
  await fixture?.cleanup();
});

async function hubCount(table: string, region?: RegionCode): Promise<number> {
  const { rows } = await fixture.pool.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE $1::text IS NULL OR region = $1`,
    [region ?? null],
  );
  return rows[0]?.n ?? -1;
}

const consoleCount = (db: Db, table: string, region?: RegionCode) =>
  value<number>(db, `SELECT count(*) FROM ${table} WHERE $region IS NULL OR region = $region`, { region: region ?? null });

const dispatcherFor = (db: Db): Dispatcher => createDispatcher(handlers, () => ({ db, person: currentPerson(db), now: () => TEST_UNTIL.getTime() }), () => {});

function weekly(db: Db, regions: RegionCode[], week: string): WeeklyReport {
  const answer = dispatcherFor(db).dispatch('reports.weekly', { regions, week });
  if (!answer.ok) throw new Error(`reports.weekly: ${answer.error.message}`);
  return answer.value as WeeklyReport;
}

function latestWeek(db: Db): string {
  const answer = dispatcherFor(db).dispatch('reports.weeks', {});
  const latest = answer.ok ? (answer.value as { latest: string | null }).latest : null;
  if (!latest) throw new Error('no complete week');
  return latest;
}

const headline = (report: WeeklyReport, region: RegionCode, kpi: string) =>
  report.regions.find((r) => r.region === region)?.headline.find((h) => h.kpi === kpi);

describe('the growth tables through the hub', () => {
  it('arrive whole in the snapshot, and hub and console agree on the checksums', async () => {
    for (const table of GROWTH_TABLES) {
      const n = await hubCount(table);
      expect(n, table).toBeGreaterThan(0);
      expect(consoleCount(synced.db, table), table).toBe(n);
      // The hub holds what the generator makes, as the locally seeded console does.
      expect(consoleCount(local.db, table), table).toBe(n);
    }
    expect(syncStatus(synced.db, undefined, synced.now())).toMatchObject({ checksum: 'match', problems: [] });

    const state = readSyncState(synced.db);
    const page = await new HubClient(fixture.hub.url, TOKENS.ana).pull({ clientId: state?.client_id as string, cursor: state?.cursor ?? null, checksums: true });
    let counted = 0;
    for (const table of CHECKSUM_TABLES) counted += await hubCount(table.name, 'SEA');
    expect(page.checksums?.SEA?.count).toBe(counted);
    expect(localChecksums(synced.db, ['SEA']).SEA).toEqual(page.checksums?.SEA);
  });

  it('give the same weekly report as a console seeded locally with the same generator arguments', () => {
    const week = latestWeek(local.db);
    expect(latestWeek(synced.db)).toBe(week);
    const regions = currentPerson(synced.db).regions;
    expect(regions.length).toBeGreaterThan(1);
    const fromHub = weekly(synced.db, regions, week);
    expect(fromHub).toEqual(weekly(local.db, regions, week));
    // Not vacuous: every growth-fed KPI has a value, and a region with targets shows them.
    for (const kpi of ['spend_usd', 'cac_usd', 'active_customers', 'd1_retention', 'conversion_rate']) {
      expect(headline(fromHub, 'SEA', kpi)?.value, kpi).toEqual(expect.any(Number));
    }
    expect(headline(fromHub, 'SEA', 'new_customers')?.target).toEqual(expect.any(Number));
  });

  it('take the hub\'s later edits and deletions, and the report follows them', async () => {
    const week = latestWeek(synced.db);
    const before = weekly(synced.db, ['SEA'], week);
    const { firstDay } = before.regions[0] as { firstDay: string };
    const spend = await fixture.pool.query<{ id: number; amount_usd: number }>(
      "SELECT id, amount_usd FROM marketing_spend WHERE region = 'SEA' AND day = $1 ORDER BY id LIMIT 1",
      [firstDay],
    );
    const spendRow = spend.rows[0] as { id: number; amount_usd: number };
    const funnel = await fixture.pool.query<{ channel: string; visits: number }>(
      "SELECT channel, visits FROM daily_funnel WHERE region = 'SEA' AND day = $1 ORDER BY channel LIMIT 1",
      [firstDay],
    );
    const funnelRow = funnel.rows[0] as { channel: string; visits: number };
    await withWriteTransaction(fixture.hub.pool, async (client, seq) => {
      await client.query('UPDATE marketing_spend SET amount_usd = amount_usd + 1000, seq = $2 WHERE id = $1', [spendRow.id, seq]);
      await client.query("DELETE FROM daily_funnel WHERE region = 'SEA' AND day = $1 AND channel = $2", [firstDay, funnelRow.channel]);
      await recordDeletions(client, 'daily_funnel', [['SEA', firstDay, funnelRow.channel]], 'SEA', seq);
      await client.query(
        "INSERT INTO weekly_targets (region, week, kpi, value, seq) VALUES ('SEA', $1, 'active_customers', 1234, $2) ON CONFLICT (region, week, kpi) DO UPDATE SET value = 1234, seq = $2",
        [week, seq],
      );
    });

    await synced.sync();
    expect(value(synced.db, 'SELECT amount_usd FROM marketing_spend WHERE id = ?', [spendRow.id])).toBeCloseTo(spendRow.amount_usd + 1000, 6);
    expect(consoleCount(synced.db, 'daily_funnel', 'SEA')).toBe(await hubCount('daily_funnel', 'SEA'));
    expect(syncStatus(synced.db, undefined, synced.now())).toMatchObject({ checksum: 'match', problems: [] });

    const after = weekly(synced.db, ['SEA'], week);
    expect(headline(after, 'SEA', 'spend_usd')?.value).toBeCloseTo((headline(before, 'SEA', 'spend_usd')?.value as number) + 1000, 6);
    const visits = (report: WeeklyReport) => report.regions[0]?.funnel.stages.find((s) => s.stage === 'visits')?.count as number;
    expect(visits(after)).toBe(visits(before) - funnelRow.visits);
    expect(headline(after, 'SEA', 'active_customers')?.target).toBe(1234);
  });

  it('go only to consoles granted their region', async () => {
    const putri = syncConsole();
    try {
      putri.signIn(fixture.hub.url, TOKENS.putri);
      await putri.sync();
      for (const table of GROWTH_TABLES) {
        expect(consoleCount(putri.db, table), table).toBe(await hubCount(table, 'SEA'));
        expect(column(putri.db, `SELECT DISTINCT region FROM ${table}`), table).toEqual(['SEA']);
      }
    } finally {
      putri.close();
    }
  });

  // A reset (the first pull after signing in, a stale cursor, a checksum mismatch) and a region taken away empty
  // every region table the registry lists (apply-page.ts), growth tables included.
  it('are replaced, not added to, when the first snapshot replaces a locally seeded store', async () => {
    const seeded = syncConsole();
    try {
      // Data that ends two weeks later than the hub's: its last days are the console's alone.
      seedDatabase(seeded.db, { scale: 'small', until: new Date(TEST_UNTIL.getTime() + 14 * DAY_MS) });
      seeded.signIn(fixture.hub.url, TOKENS.ana);
      await seeded.sync();
      for (const table of GROWTH_TABLES) expect(consoleCount(seeded.db, table), table).toBe(await hubCount(table));
    } finally {
      seeded.close();
    }
  }, 60_000);

  it('leave the console with a region whose grant is taken away', async () => {
    const layla = syncConsole();
    try {
      layla.signIn(fixture.hub.url, TOKENS.layla);
      await layla.sync();
      expect(consoleCount(layla.db, 'marketing_spend', 'EU')).toBeGreaterThan(0);
      await setGrants(fixture.pool, 5, ['MENA']);
      await layla.sync();
      for (const table of GROWTH_TABLES) expect(consoleCount(layla.db, table, 'EU'), table).toBe(0);
    } finally {
      await setGrants(fixture.pool, 5, ['MENA', 'EU']);
      layla.close();
    }
  });

  it('are checked column by column before they touch the store', () => {
    const spend = TABLE_BY_NAME.get('marketing_spend');
    const funnel = TABLE_BY_NAME.get('daily_funnel');
    const targets = TABLE_BY_NAME.get('weekly_targets');
    if (!spend || !funnel || !targets) throw new Error('growth tables missing from the registry');
    expect(rowProblem(spend, [1, 'SEA', 'tiktok', '2026-11-02', 12.5, null])).toBeNull();
    expect(rowProblem(spend, [1, 'SEA', 'billboard', '2026-11-02', 12.5, null])).toBe('marketing_spend.channel has an unknown value "billboard"');
    expect(rowProblem(spend, [1, 'SEA', 'tiktok', '2026-11-02', -3, null])).toBe('marketing_spend.amount_usd is out of range (-3)');
    expect(rowProblem(funnel, ['SEA', 'kol', '2026-11-02', 10, 8, 2.5, 1, 1])).toBe('daily_funnel.add_to_cart is not a whole number (2.5)');
    expect(rowProblem(targets, ['SEA', '2026-W45', 'happiness', 1])).toBe('weekly_targets.kpi has an unknown value "happiness"');
  });
});
