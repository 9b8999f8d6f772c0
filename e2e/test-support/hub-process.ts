// A real regional hub for a spec file: its own PostgreSQL database, seeded as the README says
// (`hub:seed --scale small`), served by the built hub on a port that stays the same across restarts.
import { test } from '@playwright/test';
import { createTestDatabase, type TestDatabase } from '../../hub/test-support/postgres';
import { startUntil, type Started } from '../processes';

export interface TestHub {
  /** The address a person types into the sign-in dialog. */
  readonly url: string;
  readonly databaseUrl: string;
  stop(): Promise<void>;
  /** Starts it again on the same address. */
  start(): Promise<void>;
}

/** Seeds and starts a hub before the file's tests, and stops it and drops its database after them. */
export function useTestHub(label: string): TestHub {
  let database: TestDatabase | undefined;
  let running: Started | undefined;
  let port = '0';
  const hub: TestHub = {
    get url() {
      if (!running) throw new Error('the test hub is not running');
      return running.value;
    },
    get databaseUrl() {
      if (!database) throw new Error('the test hub has no database yet');
      return database.url;
    },
    async start() {
      if (!database) throw new Error('the test hub has no database yet');
      running = await startUntil('dist/main/hub.js', ['--database-url', database.url, '--port', port], /^Regional hub: (\S+)$/m);
      port = new URL(running.value).port;
    },
    async stop() {
      await running?.stop();
    },
  };
  test.beforeAll(async () => {
    test.setTimeout(180_000);
    database = await createTestDatabase(label);
    await startUntil('dist/main/hub-seed.js', ['--scale', 'small', '--database-url', database.url], /^\s+(demo-ana-1)\b/m, 120_000);
    await hub.start();
  });
  test.afterAll(async () => {
    await running?.stop();
    await database?.drop();
  });
  return hub;
}
