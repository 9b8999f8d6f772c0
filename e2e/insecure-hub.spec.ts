// A hub reached over plain http on a network address (not loopback) is named as such in the sign-in and sync dialogs,
// and the header shows the person and the role the hub gives them. The hub listens on every address, as
// `--host 0.0.0.0` documents, and takes no demo token there: the test issues a real one, as `hub:admin token issue` does.
import { networkInterfaces } from 'node:os';
import { createPool, type Pool } from '../hub/db/pool';
import { seedHub } from '../hub/seed';
import { startHub, type Hub } from '../hub/server';
import { TEST_UNTIL } from '../hub/test-support/hub-fixture';
import { createTestDatabase, type TestDatabase } from '../hub/test-support/postgres';
import { issueToken, newToken } from '../hub/tokens';
import { expect, screenshot, test } from './console-fixture';

/** This machine's own address on its network: reaching the hub by it leaves loopback. */
const networkAddress = Object.values(networkInterfaces())
  .flat()
  .find((entry) => entry !== undefined && entry.family === 'IPv4' && !entry.internal)?.address;

const WARNING = /^This hub is reached over plain http on a network address/;
const MANAGER = { id: 12, name: 'Daniel Okafor' };

let database: TestDatabase;
let pool: Pool;
let hub: Hub;
let token: string;

test.beforeAll(async () => {
  test.skip(!networkAddress, 'this machine has no network address besides loopback');
  database = await createTestDatabase('e2e_insecure_hub');
  pool = createPool(database.url, 2);
  await seedHub(pool, { scale: 'small', until: TEST_UNTIL, customers: 300 });
  hub = await startHub({ databaseUrl: database.url, host: '0.0.0.0' });
  token = newToken();
  await issueToken(pool, MANAGER.id, token, { label: 'e2e', kind: 'issued', expiresAt: Date.now() + 3_600_000, now: Date.now() });
});

test.afterAll(async () => {
  await hub?.close();
  await pool?.end();
  await database?.drop();
});

test('a plain-http hub on a network address is named unsafe where its address is shown, and the role is the hub\'s', async ({ console: app }) => {
  test.setTimeout(120_000);
  let page = app.page;
  const hubUrl = `http://${networkAddress}:${new URL(hub.url).port}`;
  const syncButton = () => page.getByRole('button', { name: /^Sync:/ });

  await syncButton().click();
  const signIn = page.getByRole('dialog', { name: 'Sign in to the regional hub' });
  await signIn.getByRole('textbox', { name: 'Hub address' }).fill(hubUrl);
  await signIn.getByLabel('Access token').fill(token);
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(syncButton()).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
  const details = page.getByRole('dialog', { name: 'Sync' });
  await expect(details.getByRole('note')).toHaveText(WARNING);
  await screenshot(page, 'sync-insecure-hub');
  await page.keyboard.press('Escape');

  // The hub's person and role, whoever the console showed before.
  page = await app.restart();
  await expect(page.locator('.app-person')).toContainText(MANAGER.name);
  await expect(page.locator('.app-person')).toContainText('Manager');

  await syncButton().click();
  await page.getByRole('dialog', { name: 'Sync' }).getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Yes, sign out' }).click();
  await syncButton().click();
  const again = page.getByRole('dialog', { name: 'Sign in to the regional hub' });
  await expect(again.getByRole('textbox', { name: 'Hub address' })).toHaveValue(hubUrl);
  await expect(again.getByRole('note')).toHaveText(WARNING);
  // The same hub by loopback never leaves the machine: no warning.
  await again.getByRole('textbox', { name: 'Hub address' }).fill(hub.url);
  await expect(again.getByRole('note')).toHaveCount(0);
});
