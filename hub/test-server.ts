// The run's PostgreSQL: the server HUB_TEST_DATABASE_URL names, else one embedded server for the whole run
// (a temporary data folder on a free port), whose URL the test processes then find in HUB_TEST_DATABASE_URL.
// vitest's globalSetup (this file's default export) and Playwright's (e2e/global-setup.ts) both start it here and
// stop it at the end; should the runner die first, the keeper stops it and removes the folder (embedded-postgres.ts).
import { serverFromEnv } from './embedded-postgres';

export const TEST_SERVER_ENV = 'HUB_TEST_DATABASE_URL';

/** Starts the run's server unless one is named; resolves with the teardown. */
export default async function provideTestServer(): Promise<() => Promise<void>> {
  const named = Boolean(process.env[TEST_SERVER_ENV]);
  const server = await serverFromEnv(TEST_SERVER_ENV, { durable: false });
  process.env[TEST_SERVER_ENV] = server.url;
  return async () => {
    if (!named) delete process.env[TEST_SERVER_ENV];
    await server.stop();
  };
}
