// What a support lead hit while triaging by keyboard: each test works the queue the way they did and
// checks what happens next (focus, pane, selection), by keyboard and by mouse.
import Database from 'better-sqlite3';
import { expect, test } from './console-fixture';
import { detailPane, focusedRow, priorityKeyNoneHas, row, settledOrder, visibleIds } from './queue-helpers';

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

test('Esc leaves the search box for the focused row, and clears a selection', async ({ console: app }) => {
  const page = app.page;
  const [a, b, c] = await visibleIds(page, 3);
  const detail = detailPane(page);
  const searchBox = page.getByRole('searchbox', { name: 'Search feedback' });
  await page.locator('body').press('j');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${a}`);

  await page.locator('body').press('/');
  await expect(searchBox).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(searchBox).not.toBeFocused();
  // The keyboard is back on the focused row: j moves on and types nothing into the box.
  await expect(page.locator(`.ag-row[row-id="${a}"] :focus`)).toHaveCount(1);
  await page.keyboard.press('j');
  await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${b}`);
  await expect(searchBox).toHaveValue('');

  // By mouse: click into the box, type, Esc: the words typed stay searched for, the keys work again.
  await searchBox.click();
  await page.keyboard.type('zzzznothing');
  await page.keyboard.press('Escape');
  await expect(searchBox).not.toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: /^0 feedback$/ })).toBeVisible();
  await page.keyboard.press('x');
  await expect(searchBox).toHaveValue('zzzznothing');
  await searchBox.fill('');
  await searchBox.press('Enter');
  await searchBox.press('Escape');
  // The whole list is back before the next keys, as a person sees it.
  await expect(page.getByRole('status').filter({ hasText: /^[1-9][\d,]* feedback$/ })).toBeVisible();
  await expect(row(page, a!)).toBeVisible();

  // Esc clears a selection made by keyboard or by mouse.
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  await expect(bulk).toContainText('1 selected');
  await page.keyboard.press('Escape');
  await expect(bulk).toHaveCount(0);
  await row(page, c!).getByRole('checkbox').check();
  await expect(bulk).toContainText('1 selected');
  await page.keyboard.press('Escape');
  await expect(bulk).toHaveCount(0);
});

test('a change made to a selection clears it, so the next key acts on the focused row alone', async ({ console: app }) => {
  const page = app.page;
  const [a, b, c] = await visibleIds(page, 3);
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  // By keyboard: select two, set a priority neither has (the core counts only what it changed); the selection is
  // gone and the next priority key changes only the focused row.
  const both = await priorityKeyNoneHas(page, [a!, b!]);
  const focusedOnly = await priorityKeyNoneHas(page, [b!], both);
  await page.locator('body').press('j');
  await page.keyboard.press('x');
  await page.keyboard.press('j');
  await page.keyboard.press('x');
  await expect(bulk).toContainText('2 selected');
  await page.keyboard.press(both);
  await expect(page.getByRole('status').filter({ hasText: 'Updated 2 feedback' })).toBeVisible();
  await expect(bulk).toHaveCount(0);
  await page.keyboard.press(focusedOnly);
  await expect(page.getByRole('status').filter({ hasText: 'Updated 1 feedback' })).toBeVisible();
  await expect(row(page, a!)).toContainText(`P${both}`);
  await expect(row(page, b!)).toContainText(`P${focusedOnly}`);

  // By mouse: tick, assign to me from the bar: the bar goes.
  await settledOrder(page);
  await row(page, c!).getByRole('checkbox').check();
  await bulk.getByRole('button', { name: 'Assign to me' }).click();
  await expect(row(page, c!)).toContainText('Ana Reyes');
  await expect(bulk).toHaveCount(0);
  await expect(row(page, c!).getByRole('checkbox')).not.toBeChecked();

  // The help says so.
  await page.locator('body').press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('A change made to a selection clears it');
});

test('"Assign to" lists only the people granted every selected item\'s region', async ({ console: app }) => {
  const page = app.page;
  await visibleIds(page, 1);
  // The rows on screen, top first: AG Grid keeps rendered rows in no set DOM order and drops those it scrolls past,
  // so only the first rows shown are sure to stay there.
  const rows = (
    await page.locator('.ag-row[row-id]').evaluateAll((nodes) =>
      nodes.map((node) => ({
        index: Number(node.getAttribute('row-index')),
        id: Number(node.getAttribute('row-id')),
        region: node.querySelector('[col-id="region"]')?.textContent ?? '',
      })),
    )
  )
    .filter((candidate) => candidate.index < 15)
    .sort((a, b) => a.index - b.index);
  const bulk = page.getByRole('toolbar', { name: 'Bulk actions' });
  const assignTo = bulk.getByRole('combobox', { name: 'Assign to' });
  const people = async () => (await assignTo.locator('option:not([disabled])').allTextContents()).sort();

  // By keyboard: the focused row's region decides (Ana, Daniel and Priya hold every region).
  await page.locator('body').press('j');
  await page.keyboard.press('x');
  await expect(bulk).toContainText('1 selected');
  const first = rows[0]!;
  expect(await people()).toEqual(expect.arrayContaining(['Ana Reyes', 'Daniel Okafor', 'Priya Nair']));
  if (first.region !== 'EU') expect(await people()).not.toContain('Jonas Weber');
  if (first.region !== 'SEA') expect(await people()).not.toContain('Putri Wulandari');
  await bulk.getByRole('button', { name: 'Clear selection' }).click();
  await expect(bulk).toHaveCount(0);

  // By mouse: a SEA item lists Putri (SEA only), not Jonas (EU only); add an EU item and neither can take both.
  const sea = rows.find((candidate) => candidate.region === 'SEA')!;
  const eu = rows.find((candidate) => candidate.region === 'EU')!;
  await row(page, sea.id).getByRole('checkbox').check();
  expect(await people()).toContain('Putri Wulandari');
  expect(await people()).not.toContain('Jonas Weber');
  await row(page, eu.id).getByRole('checkbox').check();
  expect(await people()).toEqual(['Ana Reyes', 'Daniel Okafor', 'Priya Nair']);
  await assignTo.selectOption({ label: 'Daniel Okafor' });
  await expect(page.getByRole('status').filter({ hasText: 'Updated 2 feedback' })).toBeVisible();
  await expect(row(page, sea.id)).toContainText('Daniel Okafor');
  await expect(row(page, eu.id)).toContainText('Daniel Okafor');
});

test('the detail pane reads in English for a MENA and a Colombian item: region time, local money', async ({ console: app }) => {
  const page = app.page;
  const db = new Database(app.dbPath, { readonly: true });
  const pick = (where: string) =>
    db
      .prepare(
        `SELECT f.id, f.created_at AS createdAt, r.time_zone AS timeZone, o.amount_local AS amount, o.currency
         FROM feedback f JOIN regions r ON r.code = f.region JOIN orders o ON o.id = f.order_id
         WHERE f.status <> 'resolved' AND f.duplicate_of IS NULL AND ${where} ORDER BY f.id LIMIT 1`,
      )
      .get() as { id: number; createdAt: number; timeZone: string; amount: number; currency: string };
  const items = [pick(`f.region = 'MENA' AND o.currency NOT IN ('USD')`), pick(`f.country = 'CO'`)];
  db.close();
  const detail = detailPane(page);
  const searchBox = page.getByRole('searchbox', { name: 'Search feedback' });
  for (const item of items) {
    // By keyboard: search its number, leave the box, j to it.
    await page.locator('body').press('/');
    await searchBox.fill(`#${item.id}`);
    await searchBox.press('Enter');
    await expect(row(page, item.id)).toBeVisible();
    await searchBox.press('Escape');
    await page.keyboard.press('j');
    await expect(detail.getByRole('heading', { level: 2 })).toContainText(`#${item.id}`);
    await expect(detail).toContainText('Order');
    const text = await detail.innerText();
    // English words and Western digits only, whatever the item's region writes.
    expect(text).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
    expect(text).not.toMatch(/\d de \p{L}+|\bde \d{4}\b|\$US|US\$/iu);
    // The time in the region's own zone, the money in the order's currency, as English writes them.
    const received = new Intl.DateTimeFormat('en-US', { timeZone: item.timeZone, dateStyle: 'medium', timeStyle: 'short' });
    await expect(detail.locator('.fact').filter({ hasText: 'Received' })).toContainText(received.format(item.createdAt));
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: item.currency });
    await expect(detail).toContainText(money.format(item.amount));
  }
});
