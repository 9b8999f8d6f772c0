// Whether the desktop app may keep the hub token on disk. safeStorage encrypts with the OS keychain on macOS and
// Windows; on Linux it needs a secret service (libsecret, KWallet), and without one falls back to `basic_text`,
// which only obfuscates with a fixed key. Then the token is kept for this session only, and the sync status says so.

export interface TokenKeepingFacts {
  platform: string;
  encryptionAvailable: boolean;
  /** safeStorage.getSelectedStorageBackend() on Linux; undefined elsewhere. */
  linuxBackend: string | undefined;
}

/** Backends that encrypt with a key the user's session holds, not one written in Chromium's source. */
const LINUX_KEYRINGS = new Set(['gnome_libsecret', 'kwallet', 'kwallet5', 'kwallet6']);

export function tokenKeeping(facts: TokenKeepingFacts): 'disk' | 'session' {
  if (!facts.encryptionAvailable) return 'session';
  if (facts.platform !== 'linux') return 'disk';
  return facts.linuxBackend !== undefined && LINUX_KEYRINGS.has(facts.linuxBackend) ? 'disk' : 'session';
}
