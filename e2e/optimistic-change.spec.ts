// A change to one item shows on its row and in the pane before the core answers, and a refused one goes back.
// The core's answer is held (or replaced) in the page's network, so only the browser host can run these.
import type { Page, Route } from '@playwright/test';
import { expect, test } from './console-fixture';
import { detailPane, focusedRow, row, visibleIds } from './queue-helpers';

test.beforeEach(({}, testInfo) => {
  test.skip(testInfo.project.metadata.shell !== 'browser', 'holds the core answer on the HTTP route of the browser host');
});

const UPDATE_ROUTE = '**/api/feedback.update';

/** The priority cell of item `id` and the pane's priority badge, once the pane shows that item. */
async function focusFirst(page: Page) {
  const [id] = await visibleIds(page, 1);
  await page.locator('body').press('j');
  const pane = detailPane(page);
  await expect(pane.getByRole('heading', { level: 2 })).toContainText(`#${id}`);
  const cell = row(page, id!).locator('[col-id="priority"]');
  const badge = pane.locator('.detail-badges .badge').first();
  const before = ((await cell.textContent()) ?? '').trim();
  await expect(badge).toHaveText(before);
  return { id: id!, cell, badge, before, key: before === 'P1' ? '2' : '1' };
}

/** Holds each update for `ms`, then lets `answer` settle it; `answered` says whether any has been let through. */
async function holdUpdates(page: Page, ms: number, answer: (route: Route) => Promise<void>) {
  const state = { answered: false };
  await page.route(UPDATE_ROUTE, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    state.answered = true;
    await answer(route);
  });
  return state;
}

test('a new priority shows on the row and in the pane before the save answers, and stays after it', async ({ console: app }) => {
  const page = app.page;
  const item = await focusFirst(page);
  const held = await holdUpdates(page, 1000, (route) => route.continue());

  await page.keyboard.press(item.key);
  await expect(item.cell).toHaveText(`P${item.key}`, { timeout: 200 });
  await expect(item.badge).toHaveText(`P${item.key}`, { timeout: 200 });
  expect(held.answered).toBe(false);

  // The save answers and the reload confirms the stored value; a new page reads it from the store.
  await expect(page.getByRole('status').filter({ hasText: 'Updated 1 feedback' }).last()).toBeVisible();
  await expect(item.cell).toHaveText(`P${item.key}`);
  await page.unroute(UPDATE_ROUTE);
  await page.reload();
  await expect(row(page, item.id).locator('[col-id="priority"]')).toHaveText(`P${item.key}`);
});

test('a refused change puts the stored value back on the row and in the pane, says why, and keeps the focus', async ({
  console: app,
}) => {
  const page = app.page;
  const item = await focusFirst(page);
  const message = `Feedback #${item.id} is in MENA, which you are not granted`;
  const held = await holdUpdates(page, 500, (route) =>
    route.fulfill({ json: { ok: false, error: { code: 'forbidden', message, field: 'target.ids' } } }),
  );

  await page.keyboard.press(item.key);
  await expect(item.cell).toHaveText(`P${item.key}`, { timeout: 200 });
  expect(held.answered).toBe(false);

  await expect(page.getByRole('alert').filter({ hasText: message })).toBeVisible();
  await expect(item.cell).toHaveText(item.before);
  await expect(item.badge).toHaveText(item.before);
  await expect(focusedRow(page)).toHaveAttribute('row-id', String(item.id));

  // The bulk bar acting on one item takes the same path: shown at once, put back when refused.
  await row(page, item.id).getByRole('checkbox').check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('combobox', { name: 'Set priority' }).selectOption(`P${item.key}`);
  await expect(item.cell).toHaveText(`P${item.key}`, { timeout: 200 });
  await expect(item.badge).toHaveText(`P${item.key}`, { timeout: 200 });
  await expect(item.cell).toHaveText(item.before);
  await expect(item.badge).toHaveText(item.before);
});
