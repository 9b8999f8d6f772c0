// Where the console keeps its files on each operating system.

import os from 'node:os';
import path from 'node:path';

export const APP_DIR_NAME = 'regional-ops-console';
export const DATABASE_FILE_NAME = 'console.sqlite';

/**
 * The per-user application data folder: %APPDATA%\regional-ops-console on Windows,
 * ~/Library/Application Support/regional-ops-console on macOS, and
 * $XDG_DATA_HOME/regional-ops-console (else ~/.local/share/regional-ops-console) elsewhere.
 */
export function appDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = os.homedir(),
): string {
  if (platform === 'win32') {
    const appData = env.APPDATA || path.win32.join(home, 'AppData', 'Roaming');
    return path.win32.join(appData, APP_DIR_NAME);
  }
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', APP_DIR_NAME);
  const dataHome = env.XDG_DATA_HOME && path.posix.isAbsolute(env.XDG_DATA_HOME) ? env.XDG_DATA_HOME : path.posix.join(home, '.local', 'share');
  return path.posix.join(dataHome, APP_DIR_NAME);
}

/** The console database's default location: console.sqlite in the application data folder. */
export function defaultDatabasePath(): string {
  const dir = appDataDir();
  return process.platform === 'win32' ? path.win32.join(dir, DATABASE_FILE_NAME) : path.posix.join(dir, DATABASE_FILE_NAME);
}
