// The queue on a laptop screen: which columns show, what the person changes in them, and what stays clear
// of the rows (measured from the elements' own boxes).
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './console-fixture';
import { row, visibleIds } from './queue-helpers';

const LAPTOP = { width: 1440, height: 900 };
const DEFAULT_HEADERS = ['SLA due', 'Priority', 'Category', 'Region', 'Assignee', 'Status', 'Tags', 'Text'];

function header(page: Page, name: string) {
  return page.getByRole('columnheader', { name, exact: true });
}

async function box(page: Page, selector: ReturnType<Page['locator']>) {
  const found = await selector.boundingBox();
  expect(found, `${selector} has a box`).not.toBeNull();
  return found!;
}

test('at 1440x900 every default column shows, and the columns the person resizes or hides stay so', async ({ console: app }) => {
  const page = app.page;
  await page.setViewportSize(LAPTOP);
  await page.reload();
  await visibleIds(page, 1);
  const grid = await box(page, page.locator('.grid-host'));
  for (const name of DEFAULT_HEADERS) {
    const cell = await box(page, header(page, name));
    expect(cell.x, `${name} starts inside the grid`).toBeGreaterThanOrEqual(grid.x);
    expect(cell.x + cell.width, `${name} ends inside the grid`).toBeLessThanOrEqual(grid.x + grid.width + 1);
    expect(cell.x + cell.width, `${name} ends inside the window`).toBeLessThanOrEqual(LAPTOP.width);
  }
  await screenshot(page, 'queue-1440x900');

  // By keyboard: the Columns menu hides Region and shows Carrier.
  const columns = page.getByRole('button', { name: 'Columns', exact: true });
  await columns.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('group', { name: 'Columns' });
  await menu.getByRole('checkbox', { name: 'Region', exact: true }).focus();
  await page.keyboard.press('Space');
  await menu.getByRole('checkbox', { name: 'Carrier', exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Escape');
  await expect(header(page, 'Region')).toHaveCount(0);
  await expect(header(page, 'Carrier')).toBeVisible();

  // By mouse: drag the Category header's edge 60 px wider.
  const category = await box(page, header(page, 'Category'));
  const edge = { x: category.x + category.width - 2, y: category.y + category.height / 2 };
  await page.mouse.move(edge.x, edge.y);
  await page.mouse.down();
  await page.mouse.move(edge.x + 30, edge.y, { steps: 5 });
  await page.mouse.move(edge.x + 60, edge.y, { steps: 5 });
  await page.mouse.up();
  const widened = (await box(page, header(page, 'Category'))).width;
  expect(widened).toBeGreaterThan(category.width + 40);

  // What the person chose survives a reload.
  await page.reload();
  await visibleIds(page, 1);
  await expect(header(page, 'Region')).toHaveCount(0);
  await expect(header(page, 'Carrier')).toBeVisible();
  expect(Math.abs((await box(page, header(page, 'Category'))).width - widened)).toBeLessThanOrEqual(2);
});

function overlaps(a: { x: number; y: number; width: number; height: number }, b: typeof a): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

test('after a merge "Undo merge" shows in the pane without scrolling, and the toast keeps off the grid', async ({ console: app }) => {
  const page = app.page;
  await page.setViewportSize(LAPTOP);
  await page.reload();
  await visibleIds(page, 1);
  // Merges stay within a region: the first two rows of one region.
  const rows = await page.locator('.ag-row[row-id]').evaluateAll((nodes) =>
    nodes.map((node) => ({ id: Number(node.getAttribute('row-id')), region: node.querySelector('[col-id="region"]')?.textContent ?? '' })),
  );
  const region = rows.find((candidate, index) => rows.findIndex((other) => other.region === candidate.region) !== index)!.region;
  const [kept, duplicate] = rows.filter((candidate) => candidate.region === region).map((candidate) => candidate.id);
  // Focus the one to keep, tick both; the dialog's Merge button takes Enter.
  await row(page, kept!).locator('[col-id="category"]').click();
  await row(page, duplicate!).getByRole('checkbox').check();
  await row(page, kept!).getByRole('checkbox').check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Merge duplicates' }).click();
  await expect(page.getByRole('dialog', { name: 'Merge duplicates' })).toBeVisible();
  await page.keyboard.press('Enter');

  const toast = page.getByRole('status').filter({ hasText: `Merged 1 into #${kept}` });
  await expect(toast).toBeVisible();
  await expect(toast.getByRole('button', { name: 'Undo merge' })).toBeVisible();
  const detail = page.getByRole('complementary', { name: 'Feedback detail' });
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${kept}`);
  const undo = detail.getByRole('button', { name: 'Undo merge' });
  await expect(undo).toBeVisible();
  const pane = await box(page, detail);
  const undoBox = await box(page, undo);
  expect(undoBox.y, 'Undo merge is in the pane as it opens').toBeGreaterThanOrEqual(pane.y);
  expect(undoBox.y + undoBox.height, 'Undo merge needs no scrolling').toBeLessThanOrEqual(pane.y + pane.height);
  expect(await detail.evaluate((node) => node.scrollTop)).toBe(0);

  // The toast covers no row of the grid, and leaves the pane's Undo merge clear.
  const grid = await box(page, page.locator('.grid-host'));
  const toastBox = await box(page, toast);
  expect(overlaps(toastBox, grid), 'the toast is clear of the grid').toBe(false);
  expect(overlaps(toastBox, undoBox), 'the toast is clear of Undo merge').toBe(false);
  expect(toastBox.y + toastBox.height).toBeLessThanOrEqual(LAPTOP.height - 26);
  await screenshot(page, 'after-merge-1440x900');

  // By mouse: the pane's Undo merge brings the duplicate back.
  await undo.click();
  await expect(page.getByRole('status').filter({ hasText: 'Restored 1 feedback' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: `Select feedback #${duplicate}`, exact: true })).toBeVisible();
});
