// What the console tells a person about its sync with the regional hub (the sync.* calls).
import type { RegionCode, Role } from './domain';
import type { FeedbackField, FieldValue } from './hub-protocol';
import type { RostersTableName } from './tables/rosters-tables';

export type SyncState = 'signed_out' | 'signing_in' | 'syncing' | 'online' | 'offline';

/** Why a sign-in was refused while edits wait: the hub holds another data set, or the token is another person's. */
export type SignInRefusal = 'other_data_set' | 'other_person';

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

/** Who the console acts for, in what role and for which regions: a sign-in or a change at the hub moves it. */
export interface ActingPerson {
  id: number;
  role: Role;
  /** Granted and present in the store, in code order. */
  regions: RegionCode[];
}

export interface SyncStatus {
  state: SyncState;
  /** Null before anyone is set; the window reads its session again whenever this changes. */
  person: ActingPerson | null;
  /** True while the hub answers. */
  online: boolean;
  hubUrl: string | null;
  /** The hub is reached over plain http on an address other machines share: token and rows cross the network unencrypted. */
  insecureHub: boolean;
  /** Why the last attempt failed, in plain words ("the hub refused your token", "no network"). */
  reason: string | null;
  /**
   * The last sign-in was refused because edits wait that it would discard: the hub holds another data set than the one
   * they were made on, or the token is another person's. Signing in again with `discardWaiting` confirms losing them.
   */
  signInRefused: SignInRefusal | null;
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

interface ConflictValues {
  id: number;
  /** The value before either edit, the value this console wanted, and the value the hub holds. */
  baseValue: FieldValue;
  localValue: FieldValue;
  hubValue: FieldValue;
  at: number;
}

export interface FeedbackConflict extends ConflictValues {
  table: 'feedback';
  feedbackId: number;
  field: FeedbackField;
}

/** A field of a roster row (a KOL's status, say), named by its table, the row's id and the column. */
export interface RosterConflict extends ConflictValues {
  table: RostersTableName;
  rowId: number;
  field: string;
}

export type SyncConflict = FeedbackConflict | RosterConflict;
