// Every dialog and screen of the console, opened the way a person opens them, at two common window
// sizes: whatever does not fit (a control out of its dialog or the window, a dialog scrolling sideways,
// clipped text) fails here, before a newcomer meets it.
import type { Page } from '@playwright/test';
import { actAs, OPERATOR } from './act-as';
import { expect, screenshot, test } from './console-fixture';
import { useTestHub } from './test-support/hub-process';
import { clickAsSeen, expectToFit } from './layout-check';

const hub = useTestHub('e2e_layout');

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 720 },
];

function dialog(page: Page, name: string) {
  return page.getByRole('dialog', { name });
}

for (const size of SIZES) {
  const at = `${size.width}x${size.height}`;

  test(`every dialog and screen fits at ${at}`, async ({ console: app }) => {
    test.setTimeout(180_000);
    const page = app.page;
    await page.setViewportSize(size);
    const whole = page.locator('.app');
    const boxes = page.getByRole('checkbox', { name: /^Select feedback #\d+$/ });
    await expect(boxes.first()).toBeVisible();
    await expectToFit(whole, 'the feedback queue');

    await page.locator('body').press('j');
    await expect(page.getByRole('complementary', { name: 'Feedback detail' })).toContainText('#');
    await expectToFit(whole, 'the queue with the detail pane');

    // The language picker, and the longer Spanish words in the header, toolbar and queue.
    await page.getByRole('group', { name: 'Language' }).getByRole('button', { name: 'Español', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Consola de Operaciones Regionales' })).toBeVisible();
    await expectToFit(whole, 'the queue in Spanish');
    await page.getByRole('button', { name: /^Sincronización:/ }).click();
    const spanishSignIn = dialog(page, 'Iniciar sesión en el hub regional');
    await expectToFit(spanishSignIn, 'the sign-in dialog in Spanish');
    await page.keyboard.press('Escape');
    await expect(spanishSignIn).toBeHidden();
    await page.getByRole('group', { name: 'Idioma' }).getByRole('button', { name: 'English', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Regional Ops Console' })).toBeVisible();

    await page.locator('body').press('?');
    await expectToFit(dialog(page, 'Keyboard shortcuts'), 'the keyboard shortcuts');
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Save view' }).click();
    await expectToFit(dialog(page, 'Save view'), 'the save-view dialog');
    await dialog(page, 'Save view').getByRole('button', { name: 'Cancel' }).click();

    await boxes.nth(0).check();
    await boxes.nth(1).check();
    await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Merge duplicates' }).click();
    await expectToFit(dialog(page, 'Merge duplicates'), 'the merge dialog');
    await dialog(page, 'Merge duplicates').getByRole('button', { name: 'Cancel' }).click();
    await expectToFit(whole, 'the queue with the bulk actions');
    await page.getByRole('toolbar', { name: 'Bulk actions' }).getByRole('button', { name: 'Clear selection' }).click();

    await page.getByRole('button', { name: 'Reports' }).click();
    await expect(page.getByRole('heading', { name: 'Reports' })).toBeVisible();
    await expect(page.getByText('Loading the weekly review…')).toBeHidden({ timeout: 30_000 });
    await expectToFit(whole, 'the Reports screen');
    await page.getByRole('button', { name: 'Export review pack' }).click();
    const written = page.getByRole('status').filter({ hasText: 'Review pack written to' });
    await expect(written).toBeVisible({ timeout: 60_000 });
    await expectToFit(whole, 'the Reports screen with the export written');

    await page.getByRole('button', { name: 'Conflicts' }).click();
    await expect(page.getByRole('heading', { name: 'Conflicts' })).toBeVisible();
    await expectToFit(whole, 'the Conflicts screen');

    await page.getByRole('button', { name: 'Rosters' }).click();
    const kols = page.getByRole('region', { name: 'KOLs', exact: true });
    await expect(kols.locator('.ag-row').first()).toBeVisible();
    await expect(page.getByRole('note').filter({ hasText: /^Read only \(Support lead\)/ })).toBeVisible();
    await expectToFit(whole, 'the Rosters screen read only');
    // Operators edit rosters: their controls and dialogs.
    await actAs(app, OPERATOR);
    await page.getByRole('button', { name: 'Rosters' }).click();
    await expect(kols.locator('.ag-row').first()).toBeVisible();
    await kols.locator('.ag-row[row-index="0"] [col-id="name"]').click();
    await expect(page.getByRole('complementary', { name: /^KOL / }).getByText('Attributed performance')).toBeVisible();
    await page.getByRole('complementary', { name: /^KOL / }).getByRole('button', { name: 'New contract' }).click();
    const contract = page.getByRole('dialog', { name: /^New contract for / });
    await contract.getByRole('button', { name: 'Add a platform' }).click();
    await contract.getByRole('button', { name: 'Save contract' }).click();
    await expect(contract.getByRole('alert')).toBeVisible();
    await expectToFit(contract, 'the contract form with a refusal');
    await contract.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Import CSV…' }).click();
    const importing = dialog(page, 'Import a roster');
    const hostile = 'region,name,platform,handle,followers,engagement_rate\nSEA,A very long name for a KOL that goes on,myspace,@a,-1,lots\n';
    await importing.getByLabel('CSV file').setInputFiles({ name: 'kols.csv', mimeType: 'text/csv', buffer: Buffer.from(hostile) });
    await importing.getByRole('button', { name: 'Check file' }).click();
    await expect(importing.getByRole('table', { name: 'Rows not imported' })).toBeVisible();
    await expectToFit(importing, 'the import dialog with rejected rows');
    await importing.getByRole('button', { name: 'Close' }).click();
    await kols.getByRole('checkbox').first().check();
    await expect(page.getByRole('toolbar', { name: 'Change the chosen KOLs' })).toBeVisible();
    await expectToFit(whole, 'the Rosters screen with a KOL and the bulk bar');
    await page.getByRole('tab', { name: 'Campaigns' }).click();
    await page.getByRole('table', { name: 'Campaigns' }).getByRole('button').first().click();
    await expect(page.getByRole('complementary', { name: 'Campaign results' }).getByText('Over its life')).toBeVisible();
    await expectToFit(whole, 'the Campaigns tab with a campaign');
    await page.getByRole('tab', { name: 'Communities' }).click();
    await page.getByRole('table', { name: 'Communities' }).getByRole('button').first().click();
    await expect(page.getByRole('complementary', { name: 'Community results' }).getByRole('rowheader', { name: 'Non-members' })).toBeVisible();
    await expectToFit(whole, 'the Communities tab with a community');
    await actAs(app, { id: 1, name: 'Ana Reyes' });
    await page.getByRole('button', { name: 'Imports' }).click();
    await page.getByRole('textbox', { name: 'Folder' }).fill('/a/folder/that/is/not/there/with/a/long/name/to/wrap/in/its/cell');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('table', { name: 'Import runs' })).toContainText('Refused, nothing changed');
    await expectToFit(whole, 'the Imports screen with a refused run');
    await page.getByRole('navigation', { name: 'Screens' }).getByRole('button', { name: 'Compliance' }).click();
    const grid = page.getByRole('table', { name: 'Share compliant by region and framework' });
    await expect(grid).toBeVisible();
    await expectToFit(whole, 'the Compliance grid');
    // An older quarter: signed off, so the lock, the signature and the reopen dialog show.
    await page.getByRole('combobox', { name: 'Quarter' }).selectOption({ index: 2 });
    await grid.getByRole('button', { name: /^GDPR and UK GDPR, Europe:/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Signed off and locked' })).toBeVisible();
    await expectToFit(whole, 'the Compliance checklist, locked');
    await page.getByRole('button', { name: 'Open Transfer assessment for personal data sent to China' }).click();
    await expectToFit(dialog(page, 'Transfer assessment for personal data sent to China'), 'a requirement of a locked assessment');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Reopen' }).click();
    await expectToFit(dialog(page, 'Reopen the assessment'), 'the reopen dialog');
    await dialog(page, 'Reopen the assessment').getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('tab', { name: 'Evidence' }).click();
    await expectToFit(whole, 'the evidence browser');
    await page.getByRole('tab', { name: 'Incidents' }).click();
    await page.getByRole('button', { name: 'Record incident' }).click();
    await expectToFit(dialog(page, 'Record incident'), 'the incident dialog');
    await dialog(page, 'Record incident').getByRole('button', { name: 'Cancel' }).click();
    await expectToFit(whole, 'the incidents with their clocks');

    const syncButton = page.getByRole('button', { name: /^Sync:/ });
    await syncButton.click();
    const signIn = dialog(page, 'Sign in to the regional hub');
    await expectToFit(signIn, 'the sign-in dialog');
    // Refused input is named under the form, which must still fit with it.
    await signIn.getByRole('textbox', { name: 'Hub address' }).fill('ftp://hub.example.com');
    await signIn.getByLabel('Access token').fill('demo-putri-3');
    await clickAsSeen(signIn.getByRole('button', { name: 'Sign in' }));
    await expect(signIn.getByRole('alert')).toContainText('hubUrl');
    await expectToFit(signIn, 'the sign-in dialog with a refused address');
    await signIn.getByRole('textbox', { name: 'Hub address' }).fill(hub.url);
    await signIn.getByLabel('Access token').fill('demo-putri-3');
    await clickAsSeen(signIn.getByRole('button', { name: 'Sign in' }));
    await expect(syncButton).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
    const details = dialog(page, 'Sync');
    await expectToFit(details, 'the sync details');
    await clickAsSeen(details.getByRole('button', { name: 'Sign out' }));
    await expect(details.getByRole('button', { name: 'Yes, sign out' })).toBeVisible();
    await expectToFit(details, 'the sign-out question');
    await screenshot(page, `layout-sign-out-${at}`);
    await clickAsSeen(details.getByRole('button', { name: 'Yes, sign out' }));
    await expect(syncButton).toHaveAccessibleName(/^Sync: not signed in/);
    await syncButton.click();
    await expect(signIn.getByRole('textbox', { name: 'Hub address' })).toHaveValue(hub.url);
    await expectToFit(signIn, 'the sign-in dialog after signing out');
    await clickAsSeen(signIn.getByRole('button', { name: 'Work offline' }));
    await expectToFit(whole, 'the queue after signing out');
  });
}
