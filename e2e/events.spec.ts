// Two consoles on one hub, each a browser host on its own SQLite file with its own page: an edit on A shows on
// B's open queue, detail pane and Reports with no click or reload on B, pushed by events; nothing polls.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import pg from 'pg';
import { LOGISTICS_CATEGORIES } from '../shared/domain';
import { isoWeekMonday } from '../shared/iso-week';
import { screenshot } from './console-fixture';
import { clickAsSeen } from './layout-check';
import { startUntil, type Started } from './processes';
import { row } from './queue-helpers';
import { useTestHub } from './test-support/hub-process';

const hub = useTestHub('e2e_events');
let dir: string;
const hosts: Started[] = [];

test.beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'ops-e2e-events-'));
});

test.afterAll(async () => {
  for (const host of hosts) await host.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** A console of its own: a browser host on a fresh database, and a page in a browser context of its own. */
async function openConsole(browser: Browser, name: string): Promise<Page> {
  const host = await startUntil('dist/main/start.js', ['--browser', '--port', '0', '--db', path.join(dir, `${name}.sqlite`)], /^Ops console: (\S+)$/m, 120_000);
  hosts.push(host);
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 } });
  const page = await context.newPage();
  await page.goto(host.value);
  return page;
}

const DAY_MS = 86_400_000;

/**
 * A logistics complaint created in `week` in every region's time zone (UTC Monday noon to Sunday noon lies inside
 * each region's local week), so it counts in that week's complaints KPI of its region.
 */
async function complaintIn(week: string): Promise<{ id: number; region: string }> {
  const monday = Date.parse(`${isoWeekMonday(week)}T00:00:00Z`);
  const client = new pg.Client({ connectionString: hub.databaseUrl });
  await client.connect();
  try {
    const result = await client.query<{ id: number; region: string }>(
      'SELECT id, region FROM feedback WHERE category = ANY($1) AND created_at BETWEEN $2 AND $3 ORDER BY id LIMIT 1',
      [LOGISTICS_CATEGORIES, monday + DAY_MS / 2, monday + 6.5 * DAY_MS],
    );
    const found = result.rows[0];
    if (!found) throw new Error(`no logistics complaint in ${week} to edit`);
    return { id: Number(found.id), region: found.region };
  } finally {
    await client.end();
  }
}

/** An edit through console A's own API (the bulk bar has no category), with the page's token. */
async function setCategory(page: Page, id: number, category: string): Promise<void> {
  const status = await page.evaluate(
    async ({ id, category }) => {
      const response = await fetch('/api/feedback.update', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-ops-token': sessionStorage.getItem('token') ?? '' },
        body: JSON.stringify({ target: { ids: [id] }, change: { category } }),
      });
      return response.status;
    },
    { id, category },
  );
  expect(status).toBe(200);
}

const syncButton = (page: Page) => page.getByRole('button', { name: /^Sync:/ });

async function signIn(page: Page): Promise<void> {
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: not signed in/, { timeout: 60_000 });
  await syncButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Sign in to the regional hub' });
  await dialog.getByRole('textbox', { name: 'Hub address' }).fill(hub.url);
  await dialog.getByLabel('Access token').fill('demo-ana-1');
  await clickAsSeen(dialog.getByRole('button', { name: 'Sign in' }));
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: online/, { timeout: 120_000 });
  await page.keyboard.press('Escape');
}

/** Sets the priority of one item on console A through its bulk bar, as an operator would. */
async function setPriority(page: Page, id: number, priority: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: 'Search feedback' });
  await search.fill(`#${id}`);
  await search.press('Enter');
  const box = page.getByRole('checkbox', { name: `Select feedback #${id}`, exact: true });
  await box.check();
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('combobox', { name: 'Set priority' }).selectOption(priority);
  await expect(page.getByRole('status').filter({ hasText: 'Updated 1 feedback' }).last()).toBeVisible();
  await box.uncheck();
}

test('an edit on one console appears on another\'s queue, detail pane and Reports without a click, and nothing polls', async ({ browser }, testInfo) => {
  test.skip(testInfo.project.metadata.shell !== 'browser', 'two consoles side by side need two browser hosts');
  test.setTimeout(360_000);
  const [a, b] = await Promise.all([openConsole(browser, 'a'), openConsole(browser, 'b')]);
  await Promise.all([signIn(a), signIn(b)]);

  // B opens the first item of its queue; from here on nothing is clicked or reloaded on B.
  await b.locator('body').press('j');
  const detail = b.getByRole('complementary', { name: 'Feedback detail' });
  const heading = detail.getByRole('heading', { level: 2 });
  await expect(heading).toHaveText(/^#\d+ /);
  const id = Number(/^#(\d+)/.exec((await heading.textContent()) ?? '')?.[1]);
  const before = ((await detail.locator('.detail-badges .badge').first().textContent()) ?? '').trim();
  const target = before === 'P1' ? 'P2' : 'P1';
  const scrollTop = () => b.locator('.ag-body-viewport, .ag-grid-viewport').first().evaluate((element) => element.scrollTop);
  const scrolledBefore = await scrollTop();

  await setPriority(a, id, target);
  await expect(row(b, id)).toContainText(target, { timeout: 15_000 });
  await expect(detail.locator('.detail-badges .badge').first()).toHaveText(target);
  await expect(heading).toHaveText(new RegExp(`^#${id} `));
  expect(await scrollTop()).toBe(scrolledBefore);
  await screenshot(b, 'events-queue-followed');

  // Reports on B for one region: A turns one of that week's logistics complaints there into "other", and B's
  // complaints KPI moves.
  await b.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Reports' }).click();
  const weekPicked = b.getByRole('combobox', { name: 'Week' });
  await expect(weekPicked).toHaveValue(/^\d{4}-W\d{2}$/, { timeout: 30_000 });
  const week = await weekPicked.inputValue();
  const complaint = await complaintIn(week);
  const region = complaint.region;
  const picker = b.getByRole('group', { name: 'Regions' });
  await picker.getByRole('checkbox', { name: new RegExp(` ${region}$`) }).check();
  for (const box of await picker.getByRole('checkbox').all()) {
    const label = await box.evaluate((input) => input.closest('label')?.textContent?.trim() ?? '');
    if (!label.endsWith(` ${region}`)) await box.uncheck();
  }
  const headline = b.getByRole('region', { name: 'Headline KPIs', exact: true });
  const complaints = headline.getByRole('article', { name: 'Complaints per 1k orders', exact: true });
  await expect(complaints).toContainText(/\d/, { timeout: 30_000 });
  // The complaint counts in the week shown for its region.
  await expect(weekPicked).toHaveValue(week);
  const shown = (await complaints.textContent()) ?? '';
  const reread = b.waitForRequest((request) => request.url().includes('/api/reports.weekly'), { timeout: 15_000 });
  await setCategory(a, complaint.id, 'other');
  await reread;
  await expect(complaints).not.toHaveText(shown, { timeout: 15_000 });
  await screenshot(b, 'events-reports-followed');

  // Idle: the status comes by event, so no sync.status call goes out.
  const statusCalls: string[] = [];
  b.on('request', (request) => {
    if (request.url().includes('/api/sync.status')) statusCalls.push(request.url());
  });
  await b.waitForTimeout(5_000);
  expect(statusCalls).toEqual([]);
  await expect(syncButton(b)).toHaveAccessibleName(/^Sync: online/);
});
