import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, screenshot, test } from './console-fixture';

test('a manager opens the weekly review, sees its charts and exports the pack', async ({ console: app }) => {
  const page = app.page;
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Reports' }).click();
  await expect(page.getByRole('heading', { name: 'Reports', exact: true })).toBeVisible();

  const week = page.getByRole('combobox', { name: 'Week' });
  const weeks = await week.locator('option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(weeks.length).toBeGreaterThan(4);
  const picked = weeks[1]!;
  await week.selectOption(picked);

  const headline = page.getByRole('region', { name: 'Headline KPIs', exact: true });
  await expect(headline.getByRole('article', { name: 'New customers', exact: true })).toBeVisible();
  await expect(headline.getByRole('article', { name: 'CAC', exact: true })).toContainText(/\d/);
  await expect(headline.getByRole('article', { name: 'SLA attainment', exact: true })).toContainText('%');
  for (const chart of ['New customers and CAC by channel', 'Retention', 'Funnel', 'Complaints by category', 'Carriers ranked by lateness']) {
    const figure = page.getByRole('figure', { name: chart, exact: true });
    await figure.scrollIntoViewIfNeeded();
    await expect(figure.locator('canvas').first()).toBeVisible();
  }
  await screenshot(page, 'reports');

  await page.getByRole('checkbox', { name: 'Europe EU' }).check();
  await expect(page.getByRole('region', { name: 'Headline KPIs by region' })).toBeVisible();

  await page.getByRole('button', { name: 'Export review pack' }).click();
  const outcome = page.getByRole('status').filter({ hasText: 'Review pack written to' });
  await expect(outcome).toBeVisible({ timeout: 30_000 });
  const folder = /Review pack written to (\S+)/.exec(await outcome.innerText())?.[1] ?? '';
  expect(path.dirname(folder)).toContain(path.dirname(app.dbPath));
  const files = readdirSync(folder);
  expect(files).toEqual(expect.arrayContaining(['kpis.csv', 'manifest.json']));
  expect(files.some((file) => file.endsWith(`${picked}.pdf`))).toBe(true);
  expect(files.some((file) => file.endsWith(`${picked}.xlsx`))).toBe(true);
  const csv = readFileSync(path.join(folder, 'kpis.csv'), 'utf8').split(/\r?\n/);
  expect(csv[0]).toBe('region,week,kpi,value');
  expect(csv.some((line) => line.startsWith(`EU,${picked},new_customers,`))).toBe(true);
  expect(existsSync(path.join(folder, 'manifest.json'))).toBe(true);
  await screenshot(page, 'reports-exported');
});
