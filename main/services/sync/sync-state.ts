// The console's side of the sync: which hub (known by its data set), which console id, the cursor and the progress of a snapshot.
import { randomBytes } from 'node:crypto';
import type { SignInRefusal } from '../../../shared/sync';
import type { Db } from '../../db/open';
import { get, run } from '../../db/statement-cache';
import { HubFailure } from './hub-client';
import { unansweredCount } from './push-answers';

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
  /** The hub's data set (its epoch), once it has answered. */
  data_set: string | null;
}

export function readSyncState(db: Db): SyncStateRow | undefined {
  return get<SyncStateRow>(db, 'SELECT * FROM sync_state');
}

export function normalizeHubUrl(url: string): string {
  return url.trim().replace(/\/+$/, '');
}

/** Clears everything tied to one data set and person: a new console id, no cursor, no edits waiting. */
function startAfresh(db: Db, hubUrl: string): void {
  db.exec('DELETE FROM sync_state; DELETE FROM sync_outbox; DELETE FROM sync_outbox_items; DELETE FROM sync_shadow; DELETE FROM sync_conflicts; DELETE FROM sync_rejections');
  run(db, 'INSERT INTO sync_state (singleton, hub_url, client_id) VALUES (1, ?, ?)', [hubUrl, randomBytes(16).toString('base64url')]);
}

/**
 * Points the console at a hub's address. Nothing it holds goes yet: which data set the hub serves, and whose token
 * it is, are known only once the hub answers (confirmHub).
 */
export function beginSignIn(db: Db, hubUrl: string): void {
  const url = normalizeHubUrl(hubUrl);
  db.transaction(() => {
    if (readSyncState(db)) run(db, 'UPDATE sync_state SET hub_url = ?', [url]);
    else startAfresh(db, url);
  })();
}

/** Edits wait that signing in would discard, and the person has not confirmed discarding them. */
export class SignInRefused extends HubFailure {
  constructor(
    readonly refusal: SignInRefusal,
    plain: string,
  ) {
    super(plain);
    this.name = 'SignInRefused';
  }
}

function refusalWords(refusal: SignInRefusal, waiting: number, hubUrl: string): string {
  const edits = waiting === 1 ? '1 edit made here waits' : `${waiting} edits made here wait`;
  const them = waiting === 1 ? 'it' : 'them';
  if (refusal === 'other_data_set') {
    return `${edits} for the hub ${waiting === 1 ? 'it was' : 'they were'} made on, and ${hubUrl} holds another data set: signing in there would ` +
      `discard ${them}. Sign in to the hub ${waiting === 1 ? 'it was' : 'they were'} made on to send ${them}, or sign in again and confirm discarding ${them}.`;
  }
  return `${edits} in another person's name: signing in as someone else would discard ${them}. Sign in as that person to send ` +
    `${them}, or sign in again and confirm discarding ${them}.`;
}

/**
 * Takes the hub's answer to "who am I": the same data set and person keep the cursor and the edits waiting, whatever
 * address reached the hub. Another data set or person starts afresh (the first pull then replaces the rows held here),
 * but never over edits waiting unless the person confirmed discarding them: their predecessor's edits must not be
 * sent in another name or to another data set, nor dropped unasked.
 */
export function confirmHub(db: Db, hub: { personId: number; dataSet: string }, discardWaiting: boolean): void {
  db.transaction(() => {
    const state = readSyncState(db);
    if (!state) return;
    // A store from before data sets were recorded takes the first answer: it is the hub it synced with.
    const refusal: SignInRefusal | null =
      state.data_set !== null && state.data_set !== hub.dataSet ? 'other_data_set' : state.person_id !== null && state.person_id !== hub.personId ? 'other_person' : null;
    if (refusal) {
      const waiting = unansweredCount(db);
      if (waiting > 0 && !discardWaiting) throw new SignInRefused(refusal, refusalWords(refusal, waiting, state.hub_url));
      startAfresh(db, state.hub_url);
    }
    run(db, 'UPDATE sync_state SET person_id = ?, data_set = ?', [hub.personId, hub.dataSet]);
  })();
}

export function markSynced(db: Db, at: number): void {
  run(db, 'UPDATE sync_state SET last_synced_at = ?', [at]);
}
