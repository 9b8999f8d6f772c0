// The hub token in the desktop app: encrypted by the OS keychain through safeStorage, in a file only the
// user can read. Where safeStorage cannot truly encrypt (token-keeping.ts), the token is kept for this session only.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';
import { tokenKeeping } from './token-keeping';

/** Asked once the app is ready (safeStorage's backend is chosen then). */
export function tokenKeptOnDisk(): boolean {
  return (
    tokenKeeping({
      platform: process.platform,
      encryptionAvailable: safeStorage.isEncryptionAvailable(),
      linuxBackend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
    }) === 'disk'
  );
}

export function loadToken(file: string): string | null {
  if (!existsSync(file)) return null;
  if (!tokenKeptOnDisk()) {
    // Written when a keyring was there, or merely obfuscated by an older console: not kept without one.
    rmSync(file, { force: true });
    return null;
  }
  try {
    return safeStorage.decryptString(readFileSync(file));
  } catch {
    // Encrypted under another OS account or keychain: the person signs in again.
    return null;
  }
}

export function persistToken(file: string, token: string | null): void {
  if (token === null || !tokenKeptOnDisk()) {
    rmSync(file, { force: true });
    return;
  }
  writeFileSync(file, safeStorage.encryptString(token), { mode: 0o600 });
}
