// A real hub over a real test database, seeded from the demo generator (its first customers only).
import { createPool, type Pool } from '../db/pool';
import { seedHub } from '../seed';
import { startHub, type Hub } from '../server';
import { createTestDatabase, type TestDatabase } from './postgres';

/** The day the test data ends: fixed, so every run sees the same rows. */
export const TEST_UNTIL = new Date(Date.UTC(2026, 10, 20));

/** Demo tokens (hub/accounts.ts demoToken): Ana (lead, all regions), Putri (SEA only), Jonas (EU only), Priya (admin). */
export const TOKENS = { ana: 'demo-ana-1', putri: 'demo-putri-3', jonas: 'demo-jonas-6', priya: 'demo-priya-13', layla: 'demo-layla-5' };

export interface HubFixture {
  database: TestDatabase;
  hub: Hub;
  /** A pool of the test's own, for looking at what the hub stored. */
  pool: Pool;
  cleanup(): Promise<void>;
}

export async function seededHub(label: string, customers = 300): Promise<HubFixture> {
  const database = await createTestDatabase(label);
  const pool = createPool(database.url, 4);
  await seedHub(pool, { scale: 'small', until: TEST_UNTIL, customers });
  const hub = await startHub({ databaseUrl: database.url });
  return {
    database,
    hub,
    pool,
    async cleanup() {
      await hub.close().catch(() => {});
      await pool.end().catch(() => {});
      await database.drop();
    },
  };
}
