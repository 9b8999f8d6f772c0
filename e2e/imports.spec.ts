// A person imports a platform's export from the Imports screen, sees the record it kept aside and why, downloads the
// rejected rows, fixes the file, runs the folder again, and finds the imported complaint in the queue.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { goodFiles, writeOlistFolder } from '../main/services/imports/test-support/olist-folder';
import { expect, screenshot, test } from './console-fixture';

const UNIQUE = 'Chegou atrasado e a caixa veio amassada, pedido e2e';

test('an import with a bad record, its rejected row downloaded, fixed and run again', async ({ console: app }) => {
  const page = app.page;
  const temp = mkdtempSync(path.join(tmpdir(), 'ops-e2e-import-'));
  try {
    const files = goodFiles();
    files['olist_order_reviews_dataset.csv'][0] = `r1,o1,1,,"${UNIQUE}",2017-06-21 00:00:00,2017-06-22 10:00:00`;
    // Line 5 of the orders file: a purchase date that is not a date.
    files['olist_orders_dataset.csv'].push('o4,c3,delivered,32/13/2017,,,,2017-07-01 00:00:00');
    const folder = writeOlistFolder(path.join(temp, 'export'), files);

    await expect(page.getByRole('heading', { name: 'Regional Ops Console' })).toBeVisible();
    await page.getByRole('button', { name: 'Imports' }).click();
    await expect(page.getByRole('heading', { name: 'Imports' })).toBeVisible();
    await expect(page.getByText('No imports yet.')).toBeVisible();
    await page.getByRole('textbox', { name: 'Folder' }).fill(folder);
    await page.getByRole('button', { name: 'Import', exact: true }).click();

    const runs = page.getByRole('table', { name: 'Import runs' });
    const first = runs.getByRole('row').filter({ has: page.getByRole('cell', { name: '1', exact: true }) });
    await expect(first).toContainText('Done');
    // 29 monthly rates, 2 customers, 3 orders and 2 feedback items.
    await expect(first).toContainText('36 new');
    await expect(first.getByRole('cell').nth(5)).toHaveText('1');

    // The run's rejects open under the runs: the file, the line and the reason.
    const rejects = page.getByRole('table', { name: /^Run 1: 1 rejected record$/ });
    await expect(rejects).toContainText('olist_orders_dataset.csv');
    await expect(rejects.getByRole('row').nth(1)).toContainText('5');
    await expect(rejects).toContainText('order_purchase_timestamp "32/13/2017" is not a date');
    await screenshot(page, 'imports-rejected');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download as CSV' }).click()]);
    expect(download.suggestedFilename()).toBe('rejected-olist-run-1.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv.split('\r\n')[1]).toBe('olist_orders_dataset.csv,5,order_purchase_timestamp,32/13/2017,"order_purchase_timestamp ""32/13/2017"" is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)",o4,c3,delivered,32/13/2017,,,,2017-07-01 00:00:00');

    // Fixed in the file, the folder runs again: only the fixed order is new, nothing else changes.
    files['olist_orders_dataset.csv'][3] = 'o4,c3,delivered,2017-06-13 09:00:00,,,,2017-07-01 00:00:00';
    writeOlistFolder(folder, files);
    await first.getByRole('button', { name: 'Run again (run 1)' }).click();
    const second = runs.getByRole('row').filter({ has: page.getByRole('cell', { name: '2', exact: true }) });
    await expect(second).toContainText('Done');
    await expect(second).toContainText('1 new');
    await expect(second.getByRole('cell').nth(5)).toHaveText('0');
    await expect(runs.getByRole('row')).toHaveCount(3);

    // The Portuguese complaint is in the queue, with its order.
    await page.getByRole('button', { name: 'Feedback queue' }).click();
    const box = page.getByRole('searchbox', { name: 'Search feedback' });
    await box.fill('pedido e2e');
    await box.press('Enter');
    const item = page.getByRole('row').filter({ hasText: UNIQUE });
    await expect(item).toHaveCount(1);
    await item.click();
    const order = page.locator('.detail-section').filter({ has: page.getByRole('heading', { name: /^Order #\d+ Delivered$/ }) });
    // o1's two lines and freight, in reais and in dollars at June 2017's rate.
    await expect(order).toContainText('R$170.50');
    await expect(order).toContainText('$51.71');
    await screenshot(page, 'imports-complaint-in-queue');
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
});
