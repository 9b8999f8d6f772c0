// Who edits rosters, in the window: the demo's support lead sees the Rosters screen read only (a line says why; no
// checkboxes, no import, no contract buttons; x chooses nothing), and an operator of the region, on the same store,
// has them and changes a KOL by mouse.
import { actAs, OPERATOR } from './act-as';
import { expect, screenshot, test } from './console-fixture';

test('a support lead reads the rosters without edit controls; an operator edits', async ({ console: app }) => {
  let page = app.page;
  await expect(page.locator('.app-person')).toContainText('Support lead');
  await page.keyboard.press('Control+4');
  const grid = page.getByRole('region', { name: 'KOLs', exact: true });
  const firstName = grid.locator('.ag-row[row-index="0"] [col-id="name"]');
  await expect(firstName).toBeVisible({ timeout: 30_000 });
  const readOnly = page.getByRole('note').filter({ hasText: 'Read only (Support lead): only operators of the region edit the rosters.' });
  await expect(readOnly).toBeVisible();
  await expect(grid.getByRole('checkbox')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import CSV…' })).toHaveCount(0);
  // Reading stays whole: the pane and the exports.
  const name = (await firstName.innerText()).trim();
  await firstName.click();
  const pane = page.getByRole('complementary', { name: `KOL ${name}` });
  await expect(pane.getByText('Attributed performance')).toBeVisible();
  await expect(pane.getByRole('button', { name: 'New contract' })).toHaveCount(0);
  await expect(pane.getByRole('button', { name: /^Edit the contract of / })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Export CSV' })).toBeVisible();
  // x on the focused row chooses nothing: no bulk bar to meet a refusal from.
  await page.keyboard.press('x');
  await expect(page.getByRole('toolbar', { name: 'Change the chosen KOLs' })).toHaveCount(0);
  await screenshot(page, 'rosters-read-only');

  page = await actAs(app, OPERATOR);
  await page.keyboard.press('Control+4');
  await expect(grid.locator('.ag-row[row-index="0"]')).toBeVisible({ timeout: 30_000 });
  await expect(readOnly).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Import CSV…' })).toBeVisible();
  const kol = (await firstName.innerText()).trim();
  // A status the KOL does not have yet, so the change is one.
  const [status, shown] = (await grid.locator('.ag-row[row-index="0"] [col-id="status"]').innerText()).trim() === 'Paused' ? ['active', 'Active'] : ['paused', 'Paused'];
  await grid.getByRole('checkbox', { name: `Choose ${kol}` }).check();
  await expect(page.getByRole('toolbar', { name: 'Change the chosen KOLs' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Set status…' }).selectOption(status);
  await expect(page.getByText('1 KOL changed')).toBeVisible();
  await firstName.click();
  await expect(page.getByRole('complementary', { name: `KOL ${kol}` }).locator('.badge')).toHaveText(shown);
});
