// Where the hub token lives: never in the database or a log. Each shell provides its own vault: the
// browser host a file only the user can read, Electron its safeStorage (through the main process).
import { chmodSync, existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';

export interface TokenVault {
  /** True when the token is kept only until the console closes (no keyring to encrypt it on disk). */
  readonly sessionOnly: boolean;
  load(): string | null;
  save(token: string): void;
  clear(): void;
}

/** A file of mode 0600 (owner read/write only), written whole by rename so a crash leaves old or new. */
export function fileTokenVault(file: string): TokenVault {
  return {
    sessionOnly: false,
    load() {
      if (!existsSync(file)) return null;
      chmodSync(file, 0o600);
      const token = readFileSync(file, 'utf8').trim();
      return token.length > 0 ? token : null;
    },
    save(token) {
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, token, { mode: 0o600 });
      chmodSync(temporary, 0o600);
      renameSync(temporary, file);
    },
    clear() {
      rmSync(file, { force: true });
    },
  };
}

/** Keeps the token in memory and hands every change to `persist` (the shell's own store, which may keep it or not). */
export function relayTokenVault(initial: string | null, persist: (token: string | null) => void, sessionOnly = false): TokenVault {
  let token = initial;
  return {
    sessionOnly,
    load: () => token,
    save(next) {
      token = next;
      persist(next);
    },
    clear() {
      token = null;
      persist(null);
    },
  };
}
