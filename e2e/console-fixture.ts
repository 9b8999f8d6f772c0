// Opens the real console on a real database, in whichever shell the project names: the browser host
// (built main process over HTTP, Debian's Chromium) or Electron where its binary is installed.
import { test as base, expect, _electron, type Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { electronAvailability } from '../main/shells/electron/electron-runtime';
import { ROOT, startUntil } from './processes';

export const ARTIFACTS = path.join(ROOT, 'e2e', 'artifacts');

export interface ConsoleHandle {
  page: Page;
  dbPath: string;
  /** Stops the shell (the process ends) and opens it again on the same database. */
  restart(): Promise<Page>;
}

interface RunningShell {
  page: Page;
  stop(): Promise<void>;
}

async function startBrowserShell(browser: import('@playwright/test').Browser, dbPath: string): Promise<RunningShell> {
  const host = await startUntil('dist/main/start.js', ['--browser', '--port', '0', '--db', dbPath], /^Ops console: (\S+)$/m);
  const url = host.value;
  // English is the tests' language whatever the machine's: the console follows the browser's language.
  const context = await browser.newContext({ viewport: { width: 1600, height: 900 }, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(url);
  return {
    page,
    async stop() {
      await context.close();
      await host.stop();
    },
  };
}

async function startElectronShell(dbPath: string): Promise<RunningShell> {
  const app = await _electron.launch({ args: [ROOT, `--db=${dbPath}`], cwd: ROOT });
  const page = await app.firstWindow();
  return { page, stop: () => app.close() };
}

export const test = base.extend<{ console: ConsoleHandle }>({
  console: async ({ browser }, use, testInfo) => {
    const shell = testInfo.project.metadata.shell as 'browser' | 'electron';
    if (shell === 'electron') {
      const electron = electronAvailability();
      test.skip(!electron.available, `Electron shell skipped: ${electron.available ? '' : electron.reason}`);
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'ops-e2e-'));
    const dbPath = path.join(dir, 'console.sqlite');
    const start = () => (shell === 'electron' ? startElectronShell(dbPath) : startBrowserShell(browser, dbPath));
    let running = await start();
    await use({
      get page() {
        return running.page;
      },
      dbPath,
      async restart() {
        await running.stop();
        running = await start();
        return running.page;
      },
    });
    await running.stop();
    rmSync(dir, { recursive: true, force: true });
  },
});

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

export { expect };
