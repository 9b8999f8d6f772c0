// The queue on a laptop screen: which columns show, what the person changes in them, and what stays clear
// of the rows (measured from the elements' own boxes).
import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './console-fixture';
import { visibleIds } from './queue-helpers';

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
