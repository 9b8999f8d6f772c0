// The hub token in the desktop app: encrypted by the OS keychain through safeStorage, in a file only the
// user can read. Where the OS offers no encryption, the token is kept for this session only.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { safeStorage } from 'electron';

export function loadToken(file: string): string | null {
  if (!existsSync(file) || !safeStorage.isEncryptionAvailable()) return null;
  try {
    return safeStorage.decryptString(readFileSync(file));
  } catch {
    // Encrypted under another OS account or keychain: the person signs in again.
    return null;
  }
}

export function persistToken(file: string, token: string | null): void {
  if (token === null || !safeStorage.isEncryptionAvailable()) {
    rmSync(file, { force: true });
    return;
  }
  writeFileSync(file, safeStorage.encryptString(token), { mode: 0o600 });
}
