// A console store for sync tests: a real SQLite file, a real token file, the real cycle against a hub.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openDatabase, type Db } from '../../../db/open';
import { currentPerson } from '../../session/session-service';
import { HubClient } from '../hub-client';
import { pullAll, pushAll } from '../sync-cycle';
import { beginSignIn, confirmHub } from '../sync-state';
import { fileTokenVault, type TokenVault } from '../token-vault';

export interface SyncConsole {
  db: Db;
  dir: string;
  file: string;
  vault: TokenVault;
  now: () => number;
  /** Sign in (store the hub and token) without syncing. */
  signIn(hubUrl: string, token: string): void;
  /** One full round, as the runner does it: who am I, push, pull with checksums. */
  sync(): Promise<void>;
  person(): ReturnType<typeof currentPerson>;
  close(): void;
}

export function syncConsole(options: { now?: () => number } = {}): SyncConsole {
  const dir = mkdtempSync(path.join(tmpdir(), 'ops-sync-'));
  const file = path.join(dir, 'console.sqlite');
  const db = openDatabase(file);
  const vault = fileTokenVault(path.join(dir, 'console.sqlite.hub-token'));
  const now = options.now ?? Date.now;
  let hubUrl = '';
  const log = () => {};
  return {
    db,
    dir,
    file,
    vault,
    now,
    signIn(url, token) {
      hubUrl = url;
      beginSignIn(db, url);
      vault.save(token);
    },
    async sync() {
      const token = vault.load();
      if (!token) throw new Error('not signed in');
      const client = new HubClient(hubUrl, token);
      const me = await client.me();
      confirmHub(db, { personId: me.id, dataSet: me.dataSet }, false);
      await pushAll(db, client, { now, log, pushBatch: 500 });
      await pullAll(db, client, { now, log, pushBatch: 500, checksums: true });
    },
    person: () => currentPerson(db),
    close() {
      if (db.open) db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
