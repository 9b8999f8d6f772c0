// A newcomer follows the README: clicks "Sync: not signed in", types the hub's address and a token and
// presses "Sign in", by mouse and then by keyboard alone. The whole window becomes the hub's person at
// once: header, sidebar, status bar, assignees and Reports' regions, with no reload.
import type { Locator, Page } from '@playwright/test';
import { expect, screenshot, test } from './console-fixture';
import { useTestHub } from './test-support/hub-process';
import { clickAsSeen } from './layout-check';

const hub = useTestHub('e2e_sign_in');

function syncButton(page: Page) {
  return page.getByRole('button', { name: /^Sync:/ });
}

function signInDialog(page: Page) {
  return page.getByRole('dialog', { name: 'Sign in to the regional hub' });
}

/** Tabs through the page as a keyboard user does until `target` has the focus. */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 40; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  await expect(target).toBeFocused();
}

/** What the window says about who it is for, everywhere it says it. */
async function expectWindowFor(
  page: Page,
  person: { name: string; role: string; regions: string[]; itemsOf: string; assignees: string[]; strangers: string[] },
) {
  const header = page.getByRole('banner');
  await expect(header).toContainText(person.name);
  await expect(header).toContainText(person.role);
  const views = page.getByRole('navigation', { name: 'Views' });
  await expect(views.locator('.nav-code')).toHaveText(person.regions);
  await expect(page.locator('.status-bar')).toContainText(`Regions: ${person.regions.join(', ')}`);

  // The people one may assign an item to are those granted its region.
  await views.getByRole('button', { name: new RegExp(` ${person.itemsOf}$`) }).click();
  await page.getByRole('checkbox', { name: /^Select feedback #\d+$/ }).first().check();
  const assignTo = page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('combobox', { name: 'Assign to' });
  for (const name of person.assignees) await expect(assignTo.getByRole('option', { name })).toHaveCount(1);
  for (const name of person.strangers) await expect(assignTo.getByRole('option', { name })).toHaveCount(0);
  await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Clear selection' }).click();

  await page.getByRole('button', { name: 'Reports', exact: true }).click();
  const picker = page.getByRole('group', { name: 'Regions' });
  await expect(picker.getByRole('checkbox')).toHaveCount(person.regions.length);
  await expect(picker.getByRole('checkbox').first()).toBeChecked();
  await page.getByRole('button', { name: 'Feedback queue', exact: true }).click();
}

test('a newcomer signs in by mouse, then as someone else by keyboard, and the whole window follows each time', async ({ console: app }) => {
  test.setTimeout(180_000);
  const page = app.page;
  await expectWindowFor(page, {
    name: 'Ana Reyes',
    role: 'Support lead',
    regions: ['EA', 'EU', 'LATAM', 'MENA', 'NA', 'SEA'],
    itemsOf: 'EU',
    assignees: ['Jonas Weber', 'Claire Dubois'],
    strangers: ['Putri Wulandari'],
  });

  // By mouse.
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: not signed in/);
  await syncButton(page).click();
  const signIn = signInDialog(page);
  await signIn.getByRole('textbox', { name: 'Hub address' }).fill(hub.url);
  await signIn.getByLabel('Access token').fill('demo-putri-3');
  await clickAsSeen(signIn.getByRole('button', { name: 'Sign in' }));
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
  await page.keyboard.press('Escape');
  await expectWindowFor(page, {
    name: 'Putri Wulandari',
    role: 'Operator',
    regions: ['SEA'],
    itemsOf: 'SEA',
    assignees: ['Putri Wulandari', 'Wei Ling Tan'],
    strangers: ['Jonas Weber', 'Omar Haddad'],
  });
  await screenshot(page, 'signed-in-putri');

  // Sign out and in again as Jonas, by keyboard alone.
  await syncButton(page).click();
  const details = page.getByRole('dialog', { name: 'Sync' });
  await clickAsSeen(details.getByRole('button', { name: 'Sign out' }));
  await clickAsSeen(details.getByRole('button', { name: 'Yes, sign out' }));
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: not signed in/);

  await tabTo(page, syncButton(page));
  await page.keyboard.press('Enter');
  await expect(signIn.getByRole('textbox', { name: 'Hub address' })).toBeFocused();
  await expect(signIn.getByRole('textbox', { name: 'Hub address' })).toHaveValue(hub.url);
  await page.keyboard.press('Tab');
  await expect(signIn.getByLabel('Access token')).toBeFocused();
  await page.keyboard.type('demo-jonas-6');
  const submit = signIn.getByRole('button', { name: 'Sign in' });
  await tabTo(page, submit);
  await expect(submit).toBeInViewport({ ratio: 1 });
  await page.keyboard.press('Enter');
  await expect(syncButton(page)).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
  await page.keyboard.press('Escape');
  await expectWindowFor(page, {
    name: 'Jonas Weber',
    role: 'Operator',
    regions: ['EU'],
    itemsOf: 'EU',
    assignees: ['Jonas Weber', 'Claire Dubois'],
    strangers: ['Putri Wulandari'],
  });
  await screenshot(page, 'signed-in-jonas');
});
