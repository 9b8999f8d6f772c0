import provideTestServer from '../hub/test-server';
import { electronAvailability } from '../main/shells/electron/electron-runtime';

/**
 * Says once, up front, why the Electron project's tests will be skipped on this machine, and starts the run's
 * PostgreSQL (embedded unless HUB_TEST_DATABASE_URL names a server); the function it returns stops it.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const electron = electronAvailability();
  if (!electron.available) console.log(`Electron project skipped: ${electron.reason}; the browser-host project runs the same specs.`);
  return provideTestServer();
}
