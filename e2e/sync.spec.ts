import pg from 'pg';
import { expect, screenshot, test } from './console-fixture';
import { useTestHub } from './test-support/hub-process';
import { clickAsSeen } from './layout-check';
import type { Page } from '@playwright/test';

const hub = useTestHub('e2e_sync');

function syncButton(page: Page) {
  return page.getByRole('button', { name: /^Sync:/ });
}

async function hubPriority(feedbackId: number): Promise<string> {
  const client = new pg.Client({ connectionString: hub.databaseUrl });
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
  await signIn.getByRole('textbox', { name: 'Hub address' }).fill(hub.url);
  await signIn.getByLabel('Access token').fill('demo-ana-1');
  await clickAsSeen(signIn.getByRole('button', { name: 'Sign in' }));
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

  await hub.start();
  await syncButton(page).click();
  await clickAsSeen(page.getByRole('dialog', { name: 'Sync' }).getByRole('button', { name: 'Sync now' }));
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
  await expect(page.getByText('1 waiting')).toBeHidden({ timeout: 30_000 });
  await expect.poll(() => hubPriority(feedbackId), { timeout: 30_000 }).toBe(target);
});
