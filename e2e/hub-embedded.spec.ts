// `npm run hub` on a machine without PostgreSQL: with no database URL the hub starts its own embedded server
// (data in its app-data folder), seeds the demo on first start, and a console signs in to it. The server stops
// with the hub and the hub starts again on the same data.
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, screenshot, test } from './console-fixture';
import { startUntil, type Started } from './processes';

let dataHome = '';
let hub: Started | undefined;

test.beforeAll(() => {
  dataHome = mkdtempSync(path.join(tmpdir(), 'ops-e2e-hub-home-'));
  // Run as root, the server runs as the user postgres, who must be able to enter the folder.
  chmodSync(dataHome, 0o755);
});

test.afterAll(async () => {
  await hub?.stop();
  rmSync(dataHome, { recursive: true, force: true });
});

async function startHub(port: string): Promise<Started> {
  return startUntil('dist/main/hub.js', ['--port', port], /^Regional hub: (\S+)$/m, 180_000, { XDG_DATA_HOME: dataHome });
}

function postmasterPid(dataDir: string): number {
  return Number(readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

test('the hub with no database URL serves the demo from its own PostgreSQL, and a console signs in', async ({ console: app }) => {
  test.setTimeout(300_000);
  const dataDir = path.join(dataHome, 'regional-ops-hub', 'postgres');
  hub = await startHub('0');
  const hubUrl = hub.value;
  const pid = postmasterPid(dataDir);
  expect(running(pid)).toBe(true);

  const page = app.page;
  const syncButton = page.getByRole('button', { name: /^Sync:/ });
  await syncButton.click();
  const signIn = page.getByRole('dialog', { name: 'Sign in to the regional hub' });
  await signIn.getByRole('textbox', { name: 'Hub address' }).fill(hubUrl);
  await signIn.getByLabel('Access token').fill('demo-ana-1');
  await signIn.getByRole('button', { name: 'Sign in' }).click();
  await expect(syncButton).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
  await page.keyboard.press('Escape');
  await screenshot(page, 'hub-embedded-online');

  // SIGTERM: the hub closes, then stops its server cleanly (no lock file left) before it exits.
  await hub.stop();
  expect(running(pid)).toBe(false);
  expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
  await expect(syncButton).toHaveAccessibleName(/^Sync: offline/, { timeout: 30_000 });

  hub = await startHub(new URL(hubUrl).port);
  await syncButton.click();
  await page.getByRole('dialog', { name: 'Sync' }).getByRole('button', { name: 'Sync now' }).click();
  await expect(syncButton).toHaveAccessibleName(/^Sync: online/, { timeout: 60_000 });
});
