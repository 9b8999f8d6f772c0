// What the console tells a person about its sync with the regional hub (the sync.* calls).
import type { FeedbackField, FieldValue } from './hub-protocol';

export type SyncState = 'signed_out' | 'signing_in' | 'syncing' | 'online' | 'offline';

export interface InitialSyncProgress {
  rowsDone: number;
  rowsTotal: number;
  /** 0 to 100. */
  percent: number;
  /** Estimated from the rate so far; null until there is one. */
  secondsLeft: number | null;
}

export interface SyncProblem {
  kind: 'rejected' | 'quarantined';
  /** A sentence a person can read, e.g. "Your edit to feedback #12 was refused: ...". */
  message: string;
  at: number;
}

export interface SyncStatus {
  state: SyncState;
  /** True while the hub answers. */
  online: boolean;
  hubUrl: string | null;
  /** The hub is reached over plain http on an address other machines share: token and rows cross the network unencrypted. */
  insecureHub: boolean;
  /** Why the last attempt failed, in plain words ("the hub refused your token", "no network"). */
  reason: string | null;
  lastSyncedAt: number | null;
  /** When the next attempt is due after a failure (backing off). */
  nextAttemptAt: number | null;
  /** Local edits the hub has not yet answered. */
  editsWaiting: number;
  /** Conflicts waiting for the person's choice. */
  conflicts: number;
  /** Whether the console's rows match the hub's (per-region count and hash), as of the last full sync. */
  checksum: 'match' | 'mismatch' | 'unknown';
  /** Set while a snapshot (the first sync, or a fresh start) is streaming in. */
  initialSync: InitialSyncProgress | null;
  /** Recent rejected edits and set-aside rows, newest first. */
  problems: SyncProblem[];
  /** The hub token is kept only until the console closes: this computer has no keyring to encrypt it on disk. */
  tokenSessionOnly: boolean;
}

export interface SyncConflict {
  id: number;
  feedbackId: number;
  field: FeedbackField;
  /** The value before either edit, the value this console wanted, and the value the hub holds. */
  baseValue: FieldValue;
  localValue: FieldValue;
  hubValue: FieldValue;
  at: number;
}
