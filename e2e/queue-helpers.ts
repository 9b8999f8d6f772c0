// Reading the queue as a person sees it: the rows in order, one row by its item, the focused row, the pane.
import { expect, type Page } from '@playwright/test';

const checkboxIdPattern = /^Select feedback #(\d+)$/;

/** The first `count` items of the queue, top to bottom. */
export async function visibleIds(page: Page, count: number): Promise<number[]> {
  const boxes = page.getByRole('checkbox', { name: checkboxIdPattern });
  await expect(boxes.first()).toBeVisible();
  const labels = await boxes.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label') ?? ''));
  return labels.slice(0, count).map((label) => Number(checkboxIdPattern.exec(label)?.[1]));
}

export function row(page: Page, id: number) {
  return page.getByRole('row').filter({ has: page.getByRole('checkbox', { name: `Select feedback #${id}`, exact: true }) });
}

/** The row the keyboard and the pane follow (drawn with its own class, whatever holds the DOM focus). */
export function focusedRow(page: Page) {
  return page.locator('.ag-row.row-focused');
}

export function detailPane(page: Page) {
  return page.getByRole('complementary', { name: 'Feedback detail' });
}

/** A priority key (1-4) none of these rows shows yet: the core counts only the items a change really changes. */
export async function priorityKeyNoneHas(page: Page, ids: number[], except?: string): Promise<'1' | '2' | '3' | '4'> {
  const shown = (await Promise.all(ids.map((id) => row(page, id).textContent()))).join(' ');
  const key = (['1', '2', '3', '4'] as const).find((candidate) => candidate !== except && !shown.includes(`P${candidate}`));
  if (!key) throw new Error(`rows ${ids.join(', ')} show every priority`);
  return key;
}

/**
 * Waits until the queue's order holds still: an edit that moves items (a priority moves the SLA due time) is
 * followed by reloads, and a person clicks a row once the list has stopped moving.
 */
export async function settledOrder(page: Page): Promise<void> {
  const order = () => page.getByRole('checkbox', { name: checkboxIdPattern }).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('aria-label')).join());
  await expect(async () => {
    const before = await order();
    await page.waitForTimeout(400);
    expect(await order()).toBe(before);
  }).toPass();
}
