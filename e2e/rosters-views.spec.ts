// The KOL grid's saved views by keyboard and mouse: a filter and a sort saved under a name come back whole after the
// grid was changed, the filter's own fields showing them again.
import Database from 'better-sqlite3';
import { expect, test } from './console-fixture';

test('a lead saves a KOL view and brings it back', async ({ console: app }) => {
  const page = app.page;
  await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
  const db = new Database(app.dbPath, { readonly: true });
  const tiktok = (db.prepare("SELECT count(*) AS n FROM kols WHERE platform = 'tiktok'").get() as { n: number }).n;
  db.close();
  const counted = (n: number) => page.getByRole('status').filter({ hasText: new RegExp(`^${n} KOLs?$`) });
  await page.keyboard.press('Control+4');
  await expect(counted(300)).toBeVisible({ timeout: 30_000 });

  const platform = page.getByRole('combobox', { name: 'Platform' });
  await platform.selectOption('tiktok');
  await expect(counted(tiktok)).toBeVisible();
  const name = page.getByRole('columnheader', { name: 'Name' });
  await name.click();
  await expect(name).toHaveAttribute('aria-sort', 'ascending');

  await page.getByRole('button', { name: 'Save view…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save view' });
  await expect(dialog.getByLabel('View name')).toBeFocused();
  await page.keyboard.type('TikTok by name');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(page.getByText('View “TikTok by name” saved')).toBeVisible();

  // Change the grid, then bring the view back.
  await platform.selectOption('');
  await expect(counted(300)).toBeVisible();
  await name.click();
  await expect(name).not.toHaveAttribute('aria-sort', 'ascending');
  await page.getByRole('combobox', { name: 'Saved views' }).selectOption({ label: 'TikTok by name' });
  await expect(counted(tiktok)).toBeVisible();
  await expect(platform).toHaveValue('tiktok');
  await expect(name).toHaveAttribute('aria-sort', 'ascending');
});
