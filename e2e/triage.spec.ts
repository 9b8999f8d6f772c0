import { expect, screenshot, test } from './console-fixture';
import type { Page } from '@playwright/test';
import { priorityKeyNoneHas, row, visibleIds } from './queue-helpers';

async function countShown(page: Page): Promise<number> {
  const status = page.getByRole('status').filter({ hasText: /^[\d,]+ feedback$/ });
  await expect(status).toBeVisible();
  return Number((await status.innerText()).replace(/\D/g, ''));
}

async function search(page: Page, text: string) {
  const box = page.getByRole('searchbox', { name: 'Search feedback' });
  await box.fill(text);
  await box.press('Enter');
}

test('an operator triages the queue and finds the changes kept after a restart', async ({ console: app }) => {
  let page = app.page;
  await expect(page.getByRole('heading', { name: 'Regional Ops Console' })).toBeVisible();
  const allOpen = await countShown(page);
  expect(allOpen).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Logistics complaints' }).click();
  await expect.poll(() => countShown(page)).toBeLessThan(allOpen);
  const logisticsCategories = /Late delivery|Lost parcel|Damaged|Customs & duties|Returns/;
  for (const id of await visibleIds(page, 5)) await expect(row(page, id)).toContainText(logisticsCategories);
  await screenshot(page, 'logistics-view');

  await page.getByRole('button', { name: 'All open' }).click();
  await page.getByRole('checkbox', { name: 'Include resolved' }).check();
  await search(page, 'paquete');
  for (const id of await visibleIds(page, 3)) await expect(row(page, id)).toContainText(/paquete/i);
  await search(page, 'ล่าช้า');
  for (const id of await visibleIds(page, 3)) await expect(row(page, id)).toContainText('ล่าช้า');
  await screenshot(page, 'search-thai');
  await search(page, '');
  await page.getByRole('checkbox', { name: 'Include resolved' }).uncheck();

  await page.getByRole('button', { name: 'Unassigned' }).click();
  const unassignedBefore = await countShown(page);
  const picked = await visibleIds(page, 3);
  for (const id of picked) await page.getByRole('checkbox', { name: `Select feedback #${id}`, exact: true }).check();
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bulk).toContainText('3 selected');
  await bulk.getByRole('button', { name: 'Assign to me' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Updated 3 feedback' })).toBeVisible();
  await expect.poll(() => countShown(page)).toBe(unassignedBefore - 3);

  await page.getByRole('button', { name: 'My queue' }).click();
  await search(page, `#${picked[0]}`);
  await expect(row(page, picked[0]!)).toContainText('Ana Reyes');
  await row(page, picked[0]!).getByRole('checkbox').check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('combobox', { name: 'Set status' }).selectOption({ label: 'Resolved' });
  await expect(page.getByRole('status').filter({ hasText: 'Updated 1 feedback' })).toBeVisible();
  await screenshot(page, 'after-bulk-actions');

  page = await app.restart();
  await expect(page.getByRole('heading', { name: 'Regional Ops Console' })).toBeVisible();
  await page.getByRole('checkbox', { name: 'Include resolved' }).check();
  await search(page, `#${picked[0]}`);
  await expect(row(page, picked[0]!)).toContainText('Resolved');
  await expect(row(page, picked[0]!)).toContainText('Ana Reyes');
  for (const id of picked.slice(1)) {
    await search(page, `#${id}`);
    await expect(row(page, id)).toContainText('Ana Reyes');
  }
  await page.getByRole('checkbox', { name: 'Include resolved' }).uncheck();
  await page.getByRole('button', { name: 'Unassigned' }).click();
  await search(page, '');
  await expect.poll(() => countShown(page)).toBe(unassignedBefore - 3);
});

test('the keyboard drives the queue and the detail pane follows', async ({ console: app }) => {
  const page = app.page;
  await page.getByRole('button', { name: 'SLA at risk' }).click();
  const [first, second] = await visibleIds(page, 2);
  await page.locator('body').press('j');
  const detail = page.getByRole('complementary', { name: 'Feedback detail' });
  await expect(detail).toContainText(`#${first}`);
  await page.locator('body').press('j');
  await expect(detail).toContainText(`#${second}`);
  await page.locator('body').press('k');
  await expect(detail).toContainText(`#${first}`);
  await expect(detail).toContainText('Suggestions', { ignoreCase: true });

  const key = await priorityKeyNoneHas(page, [first!]);
  await page.locator('body').press('x');
  await expect(page.getByRole('toolbar', { name: 'Bulk actions' })).toContainText('1 selected');
  await page.locator('body').press(key);
  await expect(page.getByRole('status').filter({ hasText: 'Updated 1 feedback' })).toBeVisible();
  await expect(row(page, first!)).toContainText(`P${key}`);

  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await screenshot(page, 'shortcuts');
  await page.keyboard.press('Escape');
  await page.locator('body').press('/');
  await expect(page.getByRole('searchbox', { name: 'Search feedback' })).toBeFocused();
});

test('bad input gets an answer in words, and nothing changes', async ({ console: app }) => {
  const page = app.page;
  const [id] = await visibleIds(page, 1);
  await page.getByRole('checkbox', { name: `Select feedback #${id}`, exact: true }).check();
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  await bulk.getByRole('textbox', { name: 'Tag' }).fill('no spaces allowed');
  await bulk.getByRole('button', { name: 'Add tag' }).click();
  await expect(page.getByRole('alert')).toContainText('change.addTags[0]');
  await expect(row(page, id!)).not.toContainText('no spaces allowed');
});
