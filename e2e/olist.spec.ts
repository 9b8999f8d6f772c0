// The Olist sample (/work/shared/realdata) imported with `npm run import` into a new console database, then opened
// as a person does: the queue holds the real Portuguese complaints with their orders, and Reports reads LATAM's
// weeks of 2017 with the KPIs the data supports and "No data", with the reason, for the rest.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { REALDATA_MISSING, REALDATA_PRESENT, realdata } from '../main/test-support/realdata';
import { screenshot } from './console-fixture';
import { ROOT, startUntil } from './processes';

test('Olist data imported into a console: complaints in the queue, LATAM weeks in Reports', async ({ browser }, testInfo) => {
  test.skip(!REALDATA_PRESENT, REALDATA_MISSING);
  // It drives the browser host itself, not the project's shell: once is enough.
  test.skip(testInfo.project.metadata.shell !== 'browser', 'drives the browser host whatever the project: run in browser-host only');
  test.setTimeout(180_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-e2e-olist-'));
  const dbPath = path.join(dir, 'console.sqlite');
  try {
    const out = execFileSync(process.execPath, ['dist/main/import.js', '--source', 'olist', '--dir', realdata('olist_sample15k_dhipin1'), '--db', dbPath], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(out).toContain('orders          15000 new');
    const host = await startUntil('dist/main/start.js', ['--browser', '--port', '0', '--db', dbPath], /^Ops console: (\S+)$/m);
    const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'en-US' });
    try {
      const page = await context.newPage();
      await page.goto(host.value);

      const box = page.getByRole('searchbox', { name: 'Search feedback' });
      await box.fill('recebi só');
      await box.press('Enter');
      const item = page.getByRole('row').filter({ hasText: 'Comprei dois itens e recebi só um.' });
      await expect(item).toHaveCount(1);
      await expect(item).toContainText('Lost parcel');
      await item.click();
      await expect(page.getByRole('heading', { name: /^Order #\d+ Delivered$/ })).toBeVisible();
      await screenshot(page, 'olist-queue');

      await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Reports' }).click();
      await page.getByRole('checkbox', { name: 'Latin America LATAM' }).check();
      // Only LATAM holds data: the other regions are left out of the review.
      for (const box of await page.locator('.region-picker input[type=checkbox]').all()) {
        const name = await box.evaluate((input) => input.closest('label')?.textContent ?? '');
        if (!name.includes('LATAM') && (await box.isChecked())) await box.uncheck();
      }
      await page.getByRole('combobox', { name: 'Week' }).selectOption('2017-W47');
      const headline = page.getByRole('region', { name: 'Headline KPIs', exact: true });
      await expect(headline.getByRole('article', { name: 'Orders', exact: true })).toContainText('468');
      const spend = headline.getByRole('article', { name: 'Marketing spend', exact: true });
      await expect(spend).toContainText('No data');
      await expect(spend).toContainText('the data has no marketing spend');
      await expect(headline.getByRole('article', { name: 'D7 retention', exact: true })).toContainText('the data has no visits');
      await expect(headline.getByRole('article', { name: 'Late deliveries', exact: true })).toContainText('%');
      // Below the headline: what Olist has no inputs for says "no data" and why, where a 0 would pretend.
      await expect(page.getByRole('figure', { name: 'Funnel' }).first()).toContainText('No data: the data has no funnel visits.');
      await expect(page.getByRole('figure', { name: 'New customers and CAC by channel' }).first()).toContainText('New customers by channel: no data (the data names no signup channel).');
      await expect(page.getByRole('figure', { name: 'New customers and CAC by channel' }).first()).toContainText('Spend and CAC: no data (the data has no marketing spend).');
      await expect(page.getByRole('region', { name: 'Retention by signup cohort' })).toContainText('Retention: no data (the data has no visits (activity) of customers).');
      await expect(page.getByRole('figure', { name: 'SLA' }).first()).toContainText('Answered in time and the medians: no data (no feedback of the region has been answered or resolved).');
      await screenshot(page, 'olist-reports');
    } finally {
      await context.close();
      await host.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
