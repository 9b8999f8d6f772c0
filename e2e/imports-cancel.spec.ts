// A large import from the Imports screen shows where it is, and a person cancels it: it stops at its next batch,
// the run says who cancelled it, and focus goes back to where the next import starts.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { writeOlistExport } from '../main/ingest/sources/olist-export';
import { expect, screenshot, test } from './console-fixture';

test('a running import shows its progress and is cancelled by keyboard', async ({ console: app }) => {
  const page = app.page;
  const temp = mkdtempSync(path.join(tmpdir(), 'ops-e2e-import-cancel-'));
  try {
    // 150,000 orders: some 790,000 records, far more than a few seconds' work.
    const folder = path.join(temp, 'export');
    await writeOlistExport(folder, 150_000);

    await page.getByRole('button', { name: 'Imports' }).click();
    const folderBox = page.getByRole('textbox', { name: 'Folder' });
    await folderBox.fill(folder);
    await folderBox.press('Enter');

    const bar = page.getByRole('progressbar', { name: 'Import progress' });
    await expect(bar).toBeVisible();
    await expect(bar).toHaveAttribute('aria-valuetext', /^(Reading|Writing) .+ \(step \d+ of 10\)$/);
    await expect(page.getByText(/^(Reading|Writing) .+ \(step \d+ of 10\)$/)).toBeVisible();
    await screenshot(page, 'imports-progress');

    const cancel = page.getByRole('button', { name: 'Cancel import' });
    await cancel.focus();
    await page.keyboard.press('Enter');

    const run = page.getByRole('table', { name: 'Import runs' }).getByRole('row').filter({ has: page.getByRole('cell', { name: '1', exact: true }) });
    await expect(run).toContainText('Failed');
    await expect(run).toContainText(/Cancelled by .+: the batches written before stay; run the folder again to complete it/);
    await expect(bar).toBeHidden();
    await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeFocused();
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
