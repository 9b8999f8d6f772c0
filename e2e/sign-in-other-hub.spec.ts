// Signing in to a hub holding another data set while an edit waits: the sign-in dialog says so, keeps the edit, and
// signs in there only once the person ticks that the edit may be discarded.
import { createPool, type Pool } from '../hub/db/pool';
import { seedHub } from '../hub/seed';
import { startHub, type Hub } from '../hub/server';
import { TEST_UNTIL, TOKENS } from '../hub/test-support/hub-fixture';
import { createTestDatabase, type TestDatabase } from '../hub/test-support/postgres';
import { expect, screenshot, test } from './console-fixture';
import type { Page } from '@playwright/test';

interface RunningHub {
  database: TestDatabase;
  pool: Pool;
  hub: Hub;
}
const hubs: RunningHub[] = [];

async function seeded(label: string): Promise<RunningHub> {
  const database = await createTestDatabase(label);
  const pool = createPool(database.url, 2);
  await seedHub(pool, { scale: 'small', until: TEST_UNTIL, customers: 200 });
  const running = { database, pool, hub: await startHub({ databaseUrl: database.url }) };
  hubs.push(running);
  return running;
}

test.afterAll(async () => {
  for (const { hub, pool, database } of hubs.splice(0)) {
    await hub.close();
    await pool.end();
    await database.drop();
  }
});

async function signIn(page: Page, hubUrl: string, discard = false): Promise<void> {
  const dialog = page.getByRole('dialog', { name: 'Sign in to the regional hub' });
  // After a refusal the dialog is still open, showing why.
  if (!(await dialog.isVisible())) await page.getByRole('button', { name: /^Sync:/ }).click();
  await dialog.getByRole('textbox', { name: 'Hub address' }).fill(hubUrl);
  await dialog.getByLabel('Access token').fill(TOKENS.ana);
  if (discard) await dialog.getByRole('checkbox', { name: 'Discard the 1 edit waiting and sign in here' }).check();
  await dialog.getByRole('button', { name: 'Sign in' }).click();
}

test('a hub with another data set is refused while an edit waits, until the person ticks to discard it', async ({ console: app }) => {
  test.setTimeout(180_000);
  const first = await seeded('e2e_first_hub');
  const other = await seeded('e2e_other_hub');
  const page = app.page;
  const syncButton = page.getByRole('button', { name: /^Sync:/ });

  await signIn(page, first.hub.url);
  await expect(syncButton).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
  await page.getByRole('dialog', { name: 'Sync' }).getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('button', { name: 'Yes, sign out' }).click();
  await expect(syncButton).toHaveAccessibleName(/^Sync: not signed in/);

  const firstBox = page.getByRole('checkbox', { name: /^Select feedback #\d+$/ }).first();
  await firstBox.check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('combobox', { name: 'Set priority' }).selectOption('P1');
  await expect(page.getByText('1 waiting')).toBeVisible();

  await signIn(page, other.hub.url);
  const dialog = page.getByRole('dialog', { name: 'Sign in to the regional hub' });
  await expect(dialog.getByText(/^Last attempt: 1 edit made here waits .* another data set/)).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText('1 waiting')).toBeVisible();
  await screenshot(page, 'sign-in-other-data-set');

  await signIn(page, other.hub.url, true);
  await expect(syncButton).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
  await expect(page.getByText('1 waiting')).toBeHidden();
});
