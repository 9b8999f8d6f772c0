// A regional team's quarter in the Compliance screen, by keyboard and mouse on the real console: open the EU GDPR
// checklist from the grid, set a result, attach evidence (a program dressed as a PDF is refused), hand it to review,
// see that a lead cannot sign off, sign off as the manager, see the lock, and reopen with a reason.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { actAs } from './act-as';
import { expect, screenshot, test } from './console-fixture';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);

test('a lead prepares the GDPR review, a manager signs it off, and it stays locked until reopened with a reason', async ({ console: app }) => {
  let page = app.page;
  const nav = page.getByRole('navigation', { name: 'Screens' });
  await expect(nav.getByRole('button', { name: 'Compliance' })).toBeVisible();
  const names = await nav.getByRole('button').allInnerTexts();
  const position = names.indexOf('Compliance') + 1;
  // Ctrl+N takes the screen's place in the header.
  await page.keyboard.press(`Control+Digit${position}`);
  await expect(page.getByRole('heading', { name: 'Compliance and ESG' })).toBeVisible();

  const grid = page.getByRole('table', { name: 'Share compliant by region and framework' });
  await grid.getByRole('button', { name: /^GDPR and UK GDPR, Europe: \d+% compliant$/ }).click();
  const checklist = page.getByRole('region', { name: /^GDPR and UK GDPR, Europe, 2026-Q4$/ });
  await expect(checklist).toBeVisible();
  await screenshot(page, 'compliance-grid');

  const item = checklist.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Open DPIA before high-risk processing' }) });
  const evidenceCount = async () => Number(/(\d+) evidence files?/.exec(await item.innerText())?.[1] ?? 0);
  const before = await evidenceCount();
  // j and k walk the requirements; Enter opens the one with the focus.
  const records = checklist.getByRole('button', { name: 'Open Records of processing activities kept current' });
  await records.focus();
  await page.keyboard.press('j');
  await expect(checklist.getByRole('button', { name: 'Open Contracts with every processor' })).toBeFocused();
  await page.keyboard.press('k');
  await expect(records).toBeFocused();
  await checklist.getByRole('button', { name: 'Open DPIA before high-risk processing' }).focus();
  await page.keyboard.press('Enter');
  let dialog = page.getByRole('dialog', { name: 'DPIA before high-risk processing' });
  await expect(dialog.getByText('Regulation (EU) 2016/679 (GDPR), Art. 35')).toBeVisible();
  await expect(dialog.getByRole('combobox', { name: 'Result' })).toBeFocused();
  await dialog.getByRole('combobox', { name: 'Result' }).selectOption({ label: 'Compliant' });
  await dialog.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Jonas Weber' });
  await dialog.getByRole('button', { name: 'Save result' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Result saved');

  await dialog.getByRole('textbox', { name: 'New finding' }).fill('No DPIA for the new fraud scoring');
  await dialog.getByRole('button', { name: 'Add finding' }).click();
  await expect(dialog.getByText('No DPIA for the new fraud scoring')).toBeVisible();
  await dialog.getByRole('textbox', { name: 'New remediation action' }).fill('Run the DPIA before go-live');
  await dialog.getByRole('button', { name: 'Add action' }).click();
  await expect(dialog.getByText(/Run the DPIA before go-live · Open/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close finding' }).click();
  await expect(dialog.getByRole('alert')).toContainText('is not done yet');
  await dialog.getByRole('button', { name: 'Done', exact: true }).click();
  await dialog.getByRole('button', { name: 'Close finding' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Finding closed');

  const file = dialog.getByLabel(/^File/);
  await file.setInputFiles({ name: 'report.pdf', mimeType: 'application/pdf', buffer: ELF });
  await dialog.getByRole('button', { name: 'Attach' }).click();
  await expect(dialog.getByRole('alert')).toContainText('executables are never kept as evidence');
  await file.setInputFiles({ name: 'dpia-fraud-scoring.pdf', mimeType: 'application/pdf', buffer: PDF });
  await dialog.getByRole('button', { name: 'Attach' }).click();
  await expect(dialog.getByRole('status')).toHaveText('dpia-fraud-scoring.pdf attached as revision 1');
  await expect(dialog.getByText(/dpia-fraud-scoring\.pdf · revision 1/)).toBeVisible();
  await screenshot(page, 'compliance-result-dialog');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(item).toContainText('Compliant');
  await expect.poll(evidenceCount).toBe(before + 1);

  await checklist.getByRole('button', { name: 'Send to review' }).click();
  await expect(checklist.getByText('In review', { exact: true }).first()).toBeVisible();
  const signOff = checklist.getByRole('button', { name: 'Sign off' });
  await expect(signOff).toBeDisabled();
  await expect(signOff).toHaveAttribute('title', 'Only a manager of the region can sign off');

  // The manager takes the console.
  page = await actAs(app, { id: 12, name: 'Daniel Okafor' });
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Compliance' }).click();
  await page.getByRole('table', { name: 'Share compliant by region and framework' }).getByRole('button', { name: /^GDPR and UK GDPR, Europe:/ }).click();
  const managed = page.getByRole('region', { name: /^GDPR and UK GDPR, Europe, 2026-Q4$/ });
  await managed.getByRole('button', { name: 'Sign off' }).click();
  const lock = managed.getByRole('status').filter({ hasText: 'Signed off and locked' });
  await expect(lock).toContainText('Signed by Daniel Okafor');
  await expect(managed.getByRole('button', { name: 'Send to review' })).toHaveCount(0);
  await screenshot(page, 'compliance-locked');

  // The auditor's pack of the locked assessment, with its evidence files.
  await managed.getByRole('button', { name: 'Export pack' }).click();
  const written = page.getByRole('status').filter({ hasText: 'Compliance pack written to' });
  await expect(written).toBeVisible({ timeout: 30_000 });
  const folder = /written to (\S+) \(/.exec(await written.innerText())?.[1] ?? '';
  expect(path.dirname(path.dirname(folder))).toBe(path.dirname(app.dbPath));
  const files = readdirSync(folder, { recursive: true }).map(String);
  expect(files).toEqual(expect.arrayContaining(['compliance-EU-gdpr-2026-Q4.pdf', 'compliance-EU-gdpr-2026-Q4.xlsx', 'evidence-manifest.csv', 'manifest.json']));
  expect(readFileSync(path.join(folder, 'evidence-manifest.csv'), 'utf8')).toContain('dpia-fraud-scoring.pdf');

  await managed.getByRole('button', { name: 'Open DPIA before high-risk processing' }).click();
  dialog = page.getByRole('dialog', { name: 'DPIA before high-risk processing' });
  await expect(dialog.getByRole('combobox', { name: 'Result' })).toBeDisabled();
  await expect(dialog.getByRole('button', { name: 'Save result' })).toBeDisabled();
  await dialog.getByRole('button', { name: 'Close' }).click();

  await managed.getByRole('button', { name: 'Reopen' }).click();
  const reopen = page.getByRole('dialog', { name: 'Reopen the assessment' });
  await expect(reopen.getByRole('textbox', { name: 'Reason' })).toBeFocused();
  await page.keyboard.type('Too short');
  await page.keyboard.press('Enter');
  await expect(reopen.getByRole('alert')).toContainText('reason');
  await expect(reopen.getByRole('textbox', { name: 'Reason' })).toHaveValue('Too short');
  await reopen.getByRole('textbox', { name: 'Reason' }).fill('The DPIA covers last year\u2019s fraud model only');
  await page.keyboard.press('Enter');
  await expect(reopen).toBeHidden();
  await expect(managed.getByText('Reopened: The DPIA covers last year\u2019s fraud model only')).toBeVisible();
  await expect(managed.getByRole('status').filter({ hasText: 'Signed off and locked' })).toHaveCount(0);
  await expect(managed.getByRole('button', { name: 'Send to review' })).toBeEnabled();
});

test('a quarter without an assessment is started from the grid; the evidence browser and incident clocks show the demo data', async ({ console: app }) => {
  const page = app.page;
  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Compliance' }).click();
  await page.getByRole('combobox', { name: 'Quarter' }).selectOption('2025-Q2');
  await page.getByRole('button', { name: 'Start the GDPR and UK GDPR assessment of Europe for 2025-Q2' }).click();
  const started = page.getByRole('region', { name: 'GDPR and UK GDPR, Europe, 2025-Q2' });
  await expect(started.getByText('Planned', { exact: true })).toBeVisible();
  // Due at the quarter's end, long past: all 25 requirements of GDPR 2026.1 for the EU are overdue.
  await expect(started.getByText('0% compliant, 25 overdue items')).toBeVisible();
  await expect(page.getByRole('button', { name: /^GDPR and UK GDPR, Europe: 0% compliant$/ })).toHaveAttribute('aria-pressed', 'true');

  await page.getByRole('tab', { name: 'Evidence' }).click();
  await page.getByRole('checkbox', { name: 'Expiring within 30 days' }).check();
  const table = page.getByRole('table', { name: 'Evidence' });
  await expect(table.getByRole('row').nth(1)).toBeVisible();
  await page.getByRole('tab', { name: 'Incidents' }).click();
  const latam = page.getByRole('article').filter({ hasText: 'Support mailbox forwarded to a wrong address' });
  await expect(latam).toContainText('ANPD (Brazil)');
  await expect(latam.getByText(/^(Due in|Overdue by) /)).toBeVisible();
  await latam.getByRole('button', { name: 'Mark notified' }).click();
  await expect(latam).toContainText(/Notified .* by Ana Reyes/);
  await screenshot(page, 'compliance-incidents');
});

test("the FTC review checks the quarter's KOL posts: each sponsored post without an ad disclosure is a finding leading to its KOL", async ({ console: app }) => {
  const page = app.page;
  // What the demo store holds, counted here apart from the service: NA's sponsored posts of 2026-Q4 without a disclosure.
  const db = new Database(app.dbPath, { readonly: true });
  const posts = db.prepare(
    `SELECT k.name FROM kol_posts p JOIN kols k ON k.id = p.kol_id
     WHERE p.region = 'NA' AND p.campaign_id IS NOT NULL AND p.disclosed = 0 AND p.posted_at >= ? AND p.posted_at < ? ORDER BY p.id`,
  ).pluck().all(Date.UTC(2026, 9, 1), Date.UTC(2027, 0, 1)) as string[];
  db.close();
  expect(posts.length).toBeGreaterThan(0);

  await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Compliance' }).click();
  await page.getByRole('table', { name: 'Share compliant by region and framework' })
    .getByRole('button', { name: /^US FTC: endorsements and mail order, North America: \d+% compliant$/ }).click();
  const checklist = page.getByRole('region', { name: 'US FTC: endorsements and mail order, North America, 2026-Q4' });
  await checklist.getByRole('button', { name: 'Open KOL and influencer posts disclose the material connection' }).click();
  const dialog = page.getByRole('dialog', { name: 'KOL and influencer posts disclose the material connection' });
  await dialog.getByRole('button', { name: 'Check KOL posts' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`KOL posts checked: ${posts.length} findings opened, 0 closed, ${posts.length} open`);
  const findings = dialog.getByRole('listitem').filter({ hasText: 'without an ad disclosure' });
  await expect(findings).toHaveCount(posts.length);
  // Checked again, nothing new: no duplicate finding.
  await dialog.getByRole('button', { name: 'Check KOL posts' }).click();
  await expect(dialog.getByRole('status')).toHaveText(`KOL posts checked: 0 findings opened, 0 closed, ${posts.length} open`);
  await expect(findings).toHaveCount(posts.length);
  await screenshot(page, 'compliance-kol-findings');

  await dialog.getByRole('button', { name: `Open ${posts[0]} in Rosters` }).first().click();
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Rosters' })).toHaveAttribute('aria-current', 'page');
  // The Rosters screen opens on that KOL: its pane shows beside the grid.
  await expect(page.getByRole('complementary', { name: `KOL ${posts[0]}` })).toBeVisible();
});
