import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where postinstall puts better-sqlite3 compiled for Electron, apart from the copy Node uses; found from
 * the installed package, so source and bundle agree.
 */
export const ELECTRON_NATIVE_BINDING = path.resolve(
  path.dirname(require.resolve('better-sqlite3/package.json')),
  '..', '..', '.electron-native', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node',
);

export type ElectronAvailability = { available: true; binary: string } | { available: false; reason: string };

/** Whether this machine can open the desktop window, and if not, why in one phrase. */
export function electronAvailability(): ElectronAvailability {
  let binary: unknown;
  try {
    // In plain Node the electron package exports the path of its binary, or throws when it has none.
    binary = require('electron');
  } catch {
    return { available: false, reason: 'the Electron binary is not installed (it could not be downloaded)' };
  }
  if (typeof binary !== 'string' || !existsSync(binary)) {
    return { available: false, reason: 'the Electron binary is not installed (it could not be downloaded)' };
  }
  if (!existsSync(ELECTRON_NATIVE_BINDING)) {
    return { available: false, reason: 'better-sqlite3 is not yet built for Electron (run npm install again with a network)' };
  }
  return { available: true, binary };
}
