// `npm start`: the desktop window where Electron is installed, otherwise the browser host, saying why.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { startCoreWorker } from '../core/core-client';
import { defaultDatabasePath } from '../paths';
import { startBrowserHost } from '../shells/browser/browser-host';
import { electronAvailability } from '../shells/electron/electron-runtime';
import { seedEmptyDatabase } from '../startup/seed-empty';
import { parseFlags, parsePort } from './flags';

async function startBrowser(dbPath: string, port: number): Promise<void> {
  const log = (line: string) => console.log(line);
  seedEmptyDatabase(dbPath, { log });
  // The hub token sits beside the database in a file only this user can read (mode 0600).
  const core = await startCoreWorker({ dbPath, tokenStore: { kind: 'file', path: `${dbPath}.hub-token` } }, log);
  const host = await startBrowserHost(core, { port });
  console.log(`Database: ${dbPath}`);
  console.log(`Ops console: ${host.url}`);
  const stop = async () => {
    await host.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

async function main(argv: string[]): Promise<void> {
  const { values, switches } = parseFlags(argv, { values: ['port', 'db'], switches: ['browser'] });
  const dbPath = path.resolve(values.db ?? process.env.OPS_DB ?? defaultDatabasePath());
  const port = parsePort(values.port, 0);
  if (switches.browser) return startBrowser(dbPath, port);

  const electron = electronAvailability();
  if (!electron.available) {
    console.log(`Opening the browser host instead of the desktop window: ${electron.reason}.`);
    return startBrowser(dbPath, port);
  }
  const appRoot = path.join(__dirname, '..', '..');
  const child = spawn(electron.binary, [appRoot, `--db=${dbPath}`], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
