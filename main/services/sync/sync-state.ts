// The console's side of the sync: which hub, which console id, the cursor and the progress of a snapshot.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/open';
import { get, run } from '../../db/statement-cache';

export interface SyncStateRow {
  hub_url: string;
  client_id: string;
  person_id: number | null;
  cursor: string | null;
  last_synced_at: number | null;
  snapshot_rows_done: number | null;
  snapshot_rows_total: number | null;
  snapshot_started_at: number | null;
  snapshot_rows_at_start: number | null;
  checksum: 'match' | 'mismatch' | 'unknown';
  resnapshot_used: number;
}

export function readSyncState(db: Db): SyncStateRow | undefined {
  return get<SyncStateRow>(db, 'SELECT * FROM sync_state');
}

export function normalizeHubUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** Clears everything tied to one hub and person: a new console id, no cursor, no edits waiting. */
function startAfresh(db: Db, hubUrl: string): void {
  db.exec('DELETE FROM sync_state; DELETE FROM sync_outbox; DELETE FROM sync_outbox_items; DELETE FROM sync_shadow; DELETE FROM sync_conflicts; DELETE FROM sync_rejections');
  run(db, 'INSERT INTO sync_state (singleton, hub_url, client_id) VALUES (1, ?, ?)', [hubUrl, randomBytes(16).toString('base64url')]);
}

/**
 * Points the console at a hub. Signing in again to the same hub keeps the cursor and the edits waiting;
 * another hub starts afresh (the first pull then replaces the rows this console holds).
 */
export function beginSignIn(db: Db, hubUrl: string): void {
  const url = normalizeHubUrl(hubUrl);
  db.transaction(() => {
    const state = readSyncState(db);
    if (!state || state.hub_url !== url) startAfresh(db, url);
  })();
}

/**
 * Records who the hub says the token belongs to. Another person than before gets a new console id and a
 * fresh start: their predecessor's waiting edits must not be sent in their name.
 */
export function confirmPerson(db: Db, personId: number): void {
  db.transaction(() => {
    const state = readSyncState(db);
    if (!state) return;
    if (state.person_id !== null && state.person_id !== personId) startAfresh(db, state.hub_url);
    run(db, 'UPDATE sync_state SET person_id = ?', [personId]);
  })();
}

export function markSynced(db: Db, at: number): void {
  run(db, 'UPDATE sync_state SET last_synced_at = ?', [at]);
}
