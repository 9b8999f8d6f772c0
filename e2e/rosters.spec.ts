// The Rosters screen by keyboard and mouse on a freshly seeded console: the KOLs grid pages from SQLite, a KOL is
// found by their handle however it is typed, their pane shows their results, a bulk change moves the pipeline, and
// the Campaigns and Communities tabs show a campaign's results and a community's retention.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { actAs, kolsIn, OPERATOR } from './act-as';
import { expect, screenshot, test } from './console-fixture';
import { detailPane, row } from './queue-helpers';

test('an operator finds a KOL, reads their results, changes them in bulk and reads campaigns and communities', async ({ console: app }) => {
  await expect(app.page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
  const page = await actAs(app, OPERATOR);
  await page.keyboard.press('Control+4');
  const tabs = page.getByRole('tablist', { name: 'Rosters' });
  await expect(tabs.getByRole('tab', { name: 'KOLs' })).toHaveAttribute('aria-selected', 'true');
  const grid = page.getByRole('region', { name: 'KOLs', exact: true });
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${kolsIn(app, OPERATOR.regions)} KOLs$`) })).toBeVisible({ timeout: 30_000 });
  const firstRow = grid.locator('.ag-row[row-index="0"]');
  await expect(firstRow).toBeVisible();

  // The biggest KOL comes first; find them again by their handle typed in capitals with an @.
  const handle = (await firstRow.locator('[col-id="handle"]').innerText()).trim();
  const name = (await firstRow.locator('[col-id="name"]').innerText()).trim();
  const search = page.getByRole('searchbox', { name: 'Search KOLs by name or handle' });
  await search.click();
  await page.keyboard.type(handle.toUpperCase());
  await expect(page.getByRole('status').filter({ hasText: /^1 KOL$/ })).toBeVisible();
  await expect(grid.locator('.ag-row')).toHaveCount(1);

  // Their pane: profile and attributed performance.
  await grid.locator('.ag-row[row-index="0"] [col-id="name"]').click();
  const pane = page.getByRole('complementary', { name: `KOL ${name}` });
  await expect(pane.getByRole('heading', { name })).toBeVisible();
  await expect(pane.getByText('Attributed performance')).toBeVisible();
  await expect(pane.getByRole('term').filter({ hasText: /^New customers$/ })).toBeVisible();
  await expect(pane.getByRole('figure', { name: /Weekly figures of/ }).locator('canvas').first()).toBeVisible();
  await screenshot(page, 'rosters-kol');

  // Choose them with x and pause them: the pipeline counts one more paused KOL, the pane follows.
  const pipeline = page.getByRole('navigation', { name: 'Pipeline' });
  const paused = pipeline.getByRole('button', { name: /^Paused/ });
  const before = Number((await paused.innerText()).replace(/\D/g, ''));
  await page.keyboard.press('x');
  await expect(page.getByText('1 KOL chosen')).toBeVisible();
  await page.getByRole('combobox', { name: 'Set status…' }).selectOption('paused');
  await expect(page.getByText('1 KOL changed')).toBeVisible();
  await expect(pane.locator('.badge')).toHaveText('Paused');
  await search.fill('');
  await expect(paused).toContainText(String(before + 1));
  await paused.click();
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${before + 1} KOLs?$`) })).toBeVisible();

  // Campaigns: a campaign's results over its life.
  await tabs.getByRole('tab', { name: 'KOLs' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Campaigns' })).toHaveAttribute('aria-selected', 'true');
  const campaigns = page.getByRole('table', { name: 'Campaigns' });
  await campaigns.getByRole('button').first().click();
  const results = page.getByRole('complementary', { name: 'Campaign results' });
  await expect(results.getByText('Over its life')).toBeVisible();
  await expect(results.getByRole('term').filter({ hasText: /^ROAS$/ })).toBeVisible();
  await screenshot(page, 'rosters-campaign');

  // Export what the Campaigns table shows: the campaigns of the operator's regions, newest first.
  const db = new Database(app.dbPath, { readonly: true });
  const shown = db.prepare("SELECT id, name FROM campaigns WHERE region IN ('SEA', 'EA') ORDER BY starts_on DESC, id DESC").all() as { id: number; name: string }[];
  db.close();
  const exports = page.getByRole('toolbar', { name: 'Export Campaigns' });
  await exports.getByRole('button', { name: 'Export CSV' }).click();
  const written = page.getByText(new RegExp(`^${shown.length} rows written to (\\S+)$`));
  await expect(written).toBeVisible();
  const file = /written to (\S+)$/.exec(await written.innerText())?.[1] ?? '';
  expect(path.dirname(path.dirname(file))).toBe(path.dirname(app.dbPath));
  const exported = readFileSync(file, 'utf8').trim().split('\r\n');
  expect(exported[0]).toBe('id,name,region,starts_on,ends_on,budget_usd,contracted_usd,kols,new_customers');
  expect(exported.slice(1).map((line) => Number(line.split(',')[0]))).toEqual(shown.map((c) => c.id));
  await exports.getByRole('button', { name: 'Export XLSX' }).click();
  await expect(page.getByText(/^Written: \S+campaigns-\S+\.xlsx$/)).toBeVisible();

  // Communities: members against non-members of the same signup weeks.
  await page.keyboard.press('ArrowRight');
  await tabs.getByRole('tab', { name: 'Communities' }).click();
  await page.getByRole('table', { name: 'Communities' }).getByRole('button').first().click();
  const community = page.getByRole('complementary', { name: 'Community results' });
  await expect(community.getByRole('rowheader', { name: 'Members', exact: true })).toBeVisible();
  await expect(community.getByRole('rowheader', { name: 'Non-members' })).toBeVisible();
  await screenshot(page, 'rosters-community');
});

test('an operator imports a hostile KOL file, fixes the rejected rows, imports them, and importing again changes nothing', async ({ console: app }) => {
  await expect(app.page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
  const page = await actAs(app, OPERATOR);
  const kols = kolsIn(app, OPERATOR.regions);
  await page.keyboard.press('Control+4');
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${kols} KOLs$`) })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Import CSV…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a roster' });
  const file = dialog.getByLabel('CSV file');
  const header = 'region,name,platform,handle,followers,engagement_rate,profile_url';
  const hostile = [header, 'SEA,Ploy Review,TikTok,@PloyReview,120000,3.5%,https://www.tiktok.com/@ployreview', 'SEA,Broken,tiktok,broken.one,-5,0.02,', 'SEA,Nowhere,myspace,nowhere,1000,0.02,htp:/x'].join('\n');

  // A UTF-16 file is refused by name.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(hostile, 'utf16le')]);
  await file.setInputFiles({ name: 'kols.csv', mimeType: 'text/csv', buffer: utf16 });
  await dialog.getByRole('button', { name: 'Check file' }).click();
  await expect(dialog.getByRole('alert')).toContainText('The file is UTF-16');

  await file.setInputFiles({ name: 'kols.csv', mimeType: 'text/csv', buffer: Buffer.from(hostile) });
  await dialog.getByRole('button', { name: 'Check file' }).click();
  await expect(dialog.getByRole('status')).toContainText('3 rows: 1 to add, 0 unchanged, 2 rejected. Nothing is written yet.');
  const problems = dialog.getByRole('table', { name: 'Rows not imported' });
  await expect(problems.getByRole('row', { name: '3 followers -5 is negative' })).toBeVisible();
  await expect(problems.getByRole('row', { name: /^4 platform myspace is not one of/ })).toBeVisible();
  await expect(problems.getByRole('row', { name: '4 profile_url htp:/x is not a web address (https://...)' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Import 1 row' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported: 1 added, 0 unchanged, 2 rejected of 3 rows.');
  await expect(dialog.getByRole('status')).toContainText('kols.rejected.csv');

  // The rejected rows, fixed, import.
  const fixed = [header, 'SEA,Broken,tiktok,broken.one,5,0.02,', 'SEA,Nowhere,instagram,nowhere,1000,0.02,https://www.instagram.com/nowhere'].join('\n');
  await file.setInputFiles({ name: 'kols.rejected.csv', mimeType: 'text/csv', buffer: Buffer.from(fixed) });
  await dialog.getByRole('button', { name: 'Check file' }).click();
  await dialog.getByRole('button', { name: 'Import 2 rows' }).click();
  await expect(dialog.getByRole('status')).toContainText('Imported: 2 added, 0 unchanged, 0 rejected of 2 rows.');

  // The first file again: nothing to add.
  await file.setInputFiles({ name: 'kols.csv', mimeType: 'text/csv', buffer: Buffer.from(hostile) });
  await dialog.getByRole('button', { name: 'Check file' }).click();
  await expect(dialog.getByRole('status')).toContainText('3 rows: 0 to add, 1 unchanged, 2 rejected.');
  await expect(dialog.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  await screenshot(page, 'rosters-import');
  await dialog.getByRole('button', { name: 'Close' }).click();

  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${kols + 3} KOLs$`) })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search KOLs by name or handle' }).fill('https://www.tiktok.com/@PLOYREVIEW');
  await expect(page.getByRole('status').filter({ hasText: /^1 KOL$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: 'KOLs', exact: true }).locator('.ag-row [col-id="name"]')).toHaveText('Ploy Review');
  // The KOL's audit trail says where they came from, and who brought the file in.
  await page.getByRole('region', { name: 'KOLs', exact: true }).locator('.ag-row [col-id="name"]').click();
  const trail = page.getByRole('complementary', { name: 'KOL Ploy Review' }).getByRole('list', { name: 'Changes' });
  await expect(trail.getByRole('listitem')).toHaveCount(1);
  await expect(trail.getByRole('listitem')).toContainText(`${OPERATOR.name} imported the KOL from kols.csv`);

  // Export what the grid shows.
  await page.getByRole('button', { name: 'Export CSV' }).click();
  const toast = page.getByText(/^1 KOL written to (\S+)$/);
  await expect(toast).toBeVisible();
  const exported = /written to (\S+)$/.exec(await toast.innerText())?.[1] ?? '';
  expect(path.dirname(path.dirname(exported))).toBe(path.dirname(app.dbPath));
  const lines = readFileSync(exported, 'utf8').trim().split('\r\n');
  expect(lines).toHaveLength(2);
  expect(lines[1]).toContain(',SEA,Ploy Review,tiktok,ployreview,https://www.tiktok.com/@ployreview,120000,mid,0.035000,prospect,');
  await page.getByRole('button', { name: 'Export XLSX' }).click();
  await expect(page.getByText(/^Written: \S+\.xlsx$/)).toBeVisible();
});

test('a lead opens a complaint and sees the KOL who brought its customer', async ({ console: app }) => {
  const page = app.page;
  await expect(page.getByRole('heading', { name: 'Regional Ops Console' })).toBeVisible();
  // A complaint in the open queue whose customer a KOL brought, picked from the store the console shows.
  const db = new Database(app.dbPath, { readonly: true });
  const picked = db
    .prepare(
      `SELECT f.id, k.name, k.handle FROM feedback f JOIN customer_acquisitions a ON a.customer_id = f.customer_id JOIN kols k ON k.id = a.kol_id
       WHERE f.status <> 'resolved' AND f.duplicate_of IS NULL ORDER BY f.id LIMIT 1`,
    )
    .get() as { id: number; name: string; handle: string };
  db.close();
  // From the KOL's pane to the queue narrowed to the customers they brought.
  await page.keyboard.press('Control+4');
  await page.getByRole('searchbox', { name: 'Search KOLs by name or handle' }).fill(`@${picked.handle}`);
  await expect(page.getByRole('status').filter({ hasText: /^1 KOL$/ })).toBeVisible();
  await page.getByRole('region', { name: 'KOLs', exact: true }).locator('.ag-row [col-id="name"]').click();
  await page.getByRole('button', { name: 'Their customers’ feedback in the queue' }).click();
  await expect(page.getByRole('note').filter({ hasText: /^Feedback of customers brought by KOL #\d+/ })).toBeVisible();
  await expect(row(page, picked.id)).toBeVisible();
  await row(page, picked.id).getByRole('gridcell').nth(2).click();
  await expect(detailPane(page)).toContainText(`#${picked.id}`);
  await expect(detailPane(page).getByRole('definition').filter({ hasText: `KOL ${picked.name} (@${picked.handle}` })).toBeVisible();
  await screenshot(page, 'rosters-complaint-kol');
});

test('the Reports view has a KOL and community page with the region’s KOLs, campaigns and communities', async ({ console: app }) => {
  const page = app.page;
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Reports' }).click();
  const section = page.getByRole('region', { name: 'KOL and community' }).first();
  await section.scrollIntoViewIfNeeded();
  await expect(section.getByRole('table', { name: 'KOLs with the lowest CAC' }).getByRole('row')).not.toHaveCount(1, { timeout: 30_000 });
  await expect(section.getByRole('table', { name: 'Latest campaigns’ ROAS' }).getByRole('rowheader').first()).toContainText('KOL');
  await expect(section.getByRole('table', { name: 'Communities: members against non-members' }).getByRole('rowheader')).toHaveCount(3);
  await screenshot(page, 'rosters-report');
});
