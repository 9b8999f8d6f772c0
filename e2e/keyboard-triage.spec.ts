// What a support lead hit while triaging by keyboard: each test works the queue the way they did and
// checks what happens next (focus, pane, selection), by keyboard and by mouse.
import { expect, test } from './console-fixture';
import { detailPane, focusedRow, row, visibleIds } from './queue-helpers';

test('resolving the focused item moves the focus to the next one, and none is skipped', async ({ console: app }) => {
  const page = app.page;
  const [a, b, c, d, e, f] = await visibleIds(page, 6);
  const detail = detailPane(page);
  await page.locator('body').press('j');
  await expect(detail).toContainText(`#${a}`);

  // r resolves the focused item; the one that moves up into its place takes the focus, and the pane follows.
  for (const [resolved, next] of [[a, b], [b, c]] as const) {
    await page.locator('body').press('r');
    await expect(row(page, resolved!)).toHaveCount(0);
    await expect(focusedRow(page)).toHaveAttribute('row-id', String(next));
    await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${next}`);
  }
  // j and k move from the item now focused, not from where the resolved one was.
  await page.locator('body').press('j');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${d}`);
  await page.locator('body').press('k');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${c}`);
  await page.locator('body').press('r');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${d}`);
  await page.locator('body').press('r');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${e}`);
  // Four consecutive items resolved, none passed over.
  expect(await visibleIds(page, 2)).toEqual([e, f]);

  // By mouse: click a row, resolve it from the bulk bar; the next item takes the focus.
  await row(page, e!).getByRole('gridcell').nth(3).click();
  await row(page, e!).getByRole('checkbox').check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('combobox', { name: 'Set status' }).selectOption({ label: 'Resolved' });
  await expect(row(page, e!)).toHaveCount(0);
  await expect(focusedRow(page)).toHaveAttribute('row-id', String(f));
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${f}`);
});
