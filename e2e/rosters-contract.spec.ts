// A contract made and edited from the KOL pane by keyboard and mouse: a bad term is refused naming the field and
// the value while the form keeps what was typed, the contract file's sha256 is worked out in the window, and a fee
// over the region's limit waits for a manager (the console's person is an operator, who cannot approve it).
import { createHash } from 'node:crypto';
import Database from 'better-sqlite3';
import { actAs, kolsIn, OPERATOR } from './act-as';
import { expect, screenshot, test } from './console-fixture';

test('an operator writes a KOL\'s contract, fixes what the console refuses, and edits it', async ({ console: app }) => {
  await expect(app.page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
  const page = await actAs(app, OPERATOR);
  await page.keyboard.press('Control+4');
  const grid = page.getByRole('region', { name: 'KOLs', exact: true });
  await expect(page.getByRole('status').filter({ hasText: new RegExp(`^${kolsIn(app, OPERATOR.regions)} KOLs$`) })).toBeVisible({ timeout: 30_000 });
  const name = (await grid.locator('.ag-row[row-index="0"] [col-id="name"]').innerText()).trim();
  await grid.locator('.ag-row[row-index="0"] [col-id="name"]').click();
  const pane = page.getByRole('complementary', { name: `KOL ${name}` });
  await pane.getByRole('button', { name: 'New contract' }).click();

  const form = page.getByRole('dialog', { name: `New contract for ${name}` });
  const campaign = form.getByRole('combobox', { name: 'Campaign' });
  await expect(campaign).toBeFocused();
  const campaignName = (await campaign.locator('option').nth(1).innerText()).replace(/ \(.*$/, '');
  await campaign.selectOption({ index: 1 });
  await page.keyboard.press('Tab');
  await page.keyboard.type('1300');
  await page.keyboard.press('Tab'); // the currency, already the region's
  await page.keyboard.press('Tab');
  await page.keyboard.type('12x');
  await form.getByLabel('Usage rights').fill('organic 90 days');
  await form.getByLabel(/^Posts on /).fill('0');
  const file = Buffer.from('%PDF-1.4 the signed contract\n');
  await form.getByLabel('Contract file').setInputFiles({ name: 'contract.pdf', mimeType: 'application/pdf', buffer: file });
  const sha256 = createHash('sha256').update(file).digest('hex');
  await expect(form.getByText(`contract.pdf · sha256 ${sha256}`)).toBeVisible();
  await form.getByLabel('Usage rights').press('Enter');

  // Refused, naming the field and the value; the form stays with what was typed.
  await expect(form.getByRole('alert')).toContainText('feeUsd');
  await expect(form.getByRole('alert')).toContainText('"12x"');
  await expect(form.getByLabel('Fee in USD')).toHaveValue('12x');
  await screenshot(page, 'rosters-contract-form');
  await form.getByLabel('Fee in USD').fill('999999');
  await form.getByRole('button', { name: 'Save contract' }).click();
  await expect(form.getByRole('alert')).toContainText('deliverables');
  await expect(form.getByRole('alert')).toContainText('(got 0)');
  await form.getByLabel(/^Posts on /).fill('3');
  await form.getByLabel('Signed on').fill('2026-05-28');
  await form.getByRole('button', { name: 'Save contract' }).click();
  await expect(page.getByText('Contract saved: its fee is over the region\'s limit, so it waits for a manager\'s approval')).toBeVisible();
  await expect(form).toBeHidden();
  const listed = pane.getByRole('listitem').filter({ hasText: campaignName }).filter({ hasText: 'awaiting approval' });
  await expect(listed).toContainText('signed 2026-05-28');
  await screenshot(page, 'rosters-contract');

  // Edit it: the form opens with its terms.
  await listed.getByRole('button', { name: `Edit the contract of ${campaignName}` }).click();
  const edit = page.getByRole('dialog', { name: `Edit the contract of ${campaignName}` });
  await expect(edit.getByLabel('Fee in USD')).toHaveValue('999999');
  await expect(edit.getByText(`contract.pdf · sha256 ${sha256}`)).toBeVisible();
  await edit.getByLabel('Usage rights').fill('organic and paid 30 days');
  await edit.getByRole('button', { name: 'Save contract' }).click();
  await expect(edit).toBeHidden();
  // The pane's changes say who changed what.
  const changes = pane.getByRole('list', { name: 'Changes' });
  await expect(changes.getByRole('listitem').first()).toContainText(OPERATOR.name);
  await expect(changes).toContainText('changed usage_rights of contract #');
  await expect(changes).toContainText(': organic 90 days → organic and paid 30 days');

  const db = new Database(app.dbPath, { readonly: true });
  const stored = db.prepare('SELECT fee_amount, fee_usd, deliverables, usage_rights, signed_on, file_name, file_sha256, status FROM kol_contracts WHERE file_sha256 = ?').get(sha256);
  db.close();
  expect(stored).toMatchObject({ fee_amount: 1300, fee_usd: 999999, usage_rights: 'organic and paid 30 days', signed_on: '2026-05-28', file_name: 'contract.pdf', status: 'awaiting_approval' });
  expect(Object.values(JSON.parse((stored as { deliverables: string }).deliverables) as Record<string, number>)).toEqual([3]);
});
