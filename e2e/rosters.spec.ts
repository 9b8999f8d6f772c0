// The Rosters screen by keyboard and mouse on a freshly seeded console: the KOLs grid pages from SQLite, a KOL is
// found by their handle however it is typed, their pane shows their results, a bulk change moves the pipeline, and
// the Campaigns and Communities tabs show a campaign's results and a community's retention.
import { expect, screenshot, test } from './console-fixture';

test('an operator finds a KOL, reads their results, changes them in bulk and reads campaigns and communities', async ({ console: app }) => {
  const page = app.page;
  await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
  await page.keyboard.press('Control+4');
  const tabs = page.getByRole('tablist', { name: 'Rosters' });
  await expect(tabs.getByRole('tab', { name: 'KOLs' })).toHaveAttribute('aria-selected', 'true');
  const grid = page.getByRole('region', { name: 'KOLs', exact: true });
  await expect(page.getByRole('status').filter({ hasText: /^300 KOLs$/ })).toBeVisible({ timeout: 30_000 });
  const firstRow = grid.locator('.ag-row[row-index="0"]');
  await expect(firstRow).toBeVisible();

  // The biggest KOL comes first; find them again by their handle typed in capitals with an @.
  const handle = (await firstRow.locator('[col-id="handle"]').innerText()).trim();
  const name = (await firstRow.locator('[col-id="name"]').innerText()).trim();
  const search = page.getByRole('searchbox', { name: 'Search KOLs by name or handle' });
  await search.click();
  await page.keyboard.type(handle.toUpperCase());
  await expect(page.getByRole('status').filter({ hasText: /^1 KOL$/ })).toBeVisible();
  await expect(grid.locator('.ag-row')).toHaveCount(1);

  // Their pane: profile and attributed performance.
  await grid.locator('.ag-row[row-index="0"] [col-id="name"]').click();
  const pane = page.getByRole('complementary', { name: `KOL ${name}` });
  await expect(pane.getByRole('heading', { name })).toBeVisible();
  await expect(pane.getByText('Attributed performance')).toBeVisible();
  await expect(pane.getByRole('term').filter({ hasText: /^New customers$/ })).toBeVisible();
  await expect(pane.getByRole('figure', { name: /Weekly figures of/ }).locator('canvas').first()).toBeVisible();
  await screenshot(page, 'rosters-kol');

  // Choose them with x and pause them: the pipeline counts one more paused KOL, the pane follows.
  const pipeline = page.getByRole('navigation', { name: 'Pipeline' });
  const paused = pipeline.getByRole('button', { name: /^Paused/ });
  const before = Number((await paused.innerText()).replace(/\D/g, ''));
  await page.keyboard.press('x');
  await expect(page.getByText('1 KOL chosen')).toBeVisible();
  await page.getByRole('combobox', { name: 'Set status…' }).selectOption('paused');
  await expect(page.getByText('1 KOL changed')).toBeVisible();
  await expect(pane.locator('.badge')).toHaveText('Paused');
  await search.fill('');
  await expect(paused).toContainText(String(before + 1));
  await paused.click();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${before + 1} KOLs?$`) })).toBeVisible();

  // Campaigns: a campaign's results over its life.
  await tabs.getByRole('tab', { name: 'KOLs' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Campaigns' })).toHaveAttribute('aria-selected', 'true');
  const campaigns = page.getByRole('table', { name: 'Campaigns' });
  await campaigns.getByRole('button').first().click();
  const results = page.getByRole('complementary', { name: 'Campaign results' });
  await expect(results.getByText('Over its life')).toBeVisible();
  await expect(results.getByRole('term').filter({ hasText: /^ROAS$/ })).toBeVisible();
  await screenshot(page, 'rosters-campaign');

  // Communities: members against non-members of the same signup weeks.
  await page.keyboard.press('ArrowRight');
  await tabs.getByRole('tab', { name: 'Communities' }).click();
  await page.getByRole('table', { name: 'Communities' }).getByRole('button').first().click();
  const community = page.getByRole('complementary', { name: 'Community results' });
  await expect(community.getByRole('rowheader', { name: 'Members', exact: true })).toBeVisible();
  await expect(community.getByRole('rowheader', { name: 'Non-members' })).toBeVisible();
  await screenshot(page, 'rosters-community');
});
