import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../hub/test-support/postgres';
import { expect, screenshot, test } from './console-fixture';
import { startUntil, type Started } from './processes';
import type { Page } from '@playwright/test';

let database: TestDatabase;
let hub: Started;
let hubPort = '0';

async function startHub(): Promise<void> {
  hub = await startUntil('dist/main/hub.js', ['--database-url', database.url, '--port', hubPort], /^Regional hub: (\S+)$/m);
  hubPort = new URL(hub.value).port;
}

test.beforeAll(async () => {
  database = await createTestDatabase('e2e_sync');
  await startUntil('dist/main/hub-seed.js', ['--scale', 'small', '--database-url', database.url], /^\s+(demo-ana-1)\b/m, 120_000);
  await startHub();
});

test.afterAll(async () => {
  await hub?.stop();
  await database?.drop();
});

function syncButton(page: Page) {
  return page.getByRole('button', { name: /^Sync:/ });
}

async function hubPriority(feedbackId: number): Promise<string> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const result = await client.query<{ priority: string }>('SELECT priority FROM feedback WHERE id = $1', [feedbackId]);
    return result.rows[0]?.priority ?? 'missing';
  } finally {
    await client.end();
  }
}

test('a console signs in, edits while the hub is down, and the edit arrives once the hub is back', async ({ console: app }) => {
  test.setTimeout(120_000);
  const page = app.page;
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: not signed in/);
  await syncButton(page).click();
  const signIn = page.getByRole('dialog', { name: 'Sign in to the regional hub' });
  await signIn.getByRole('textbox', { name: 'Hub address' }).fill(hub.value);
  await signIn.getByLabel('Access token').fill('demo-ana-1');
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
  await page.keyboard.press('Escape');
  await screenshot(page, 'sync-online');

  const firstBox = page.getByRole('checkbox', { name: /^Select feedback #\d+$/ }).first();
  await expect(firstBox).toBeVisible();
  const feedbackId = Number(/#(\d+)/.exec((await firstBox.getAttribute('aria-label')) ?? '')?.[1]);
  const target = (await hubPriority(feedbackId)) === 'P1' ? 'P2' : 'P1';

  await hub.stop();
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: offline/, { timeout: 30_000 });

  const search = page.getByRole('searchbox', { name: 'Search feedback' });
  await search.fill(`#${feedbackId}`);
  await search.press('Enter');
  await page.getByRole('checkbox', { name: `Select feedback #${feedbackId}`, exact: true }).check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('combobox', { name: 'Set priority' }).selectOption(target);
  await expect(page.getByRole('status').filter({ hasText: 'Updated 1 feedback' })).toBeVisible();
  await expect(page.getByText('1 waiting')).toBeVisible();
  await screenshot(page, 'sync-offline-edit');
  expect(await hubPriority(feedbackId)).not.toBe(target);

  await startHub();
  await syncButton(page).click();
  await page.getByRole('dialog', { name: 'Sync' }).getByRole('button', { name: 'Sync now' }).click();
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
  await expect(page.getByText('1 waiting')).toBeHidden({ timeout: 30_000 });
  await expect.poll(() => hubPriority(feedbackId), { timeout: 30_000 }).toBe(target);
});
