// The core's sync runner, found by the database it syncs: services and handlers reach it without the
// dispatcher's context having to know about sync.
import type { SyncState } from '../../../shared/sync';
import type { Db } from '../../db/open';

export interface RunnerView {
  state: SyncState;
  reason: string | null;
  nextAttemptAt: number | null;
  /** The hub token is kept only until the console closes. */
  tokenSessionOnly: boolean;
}

export interface SyncRunnerLink {
  /** Something changed that the runner should act on soon: an edit queued, "Sync now". */
  kick(): void;
  signIn(hubUrl: string, token: string): void;
  signOut(): void;
  view(): RunnerView;
}

const runners = new WeakMap<Db, SyncRunnerLink>();

export function registerRunner(db: Db, runner: SyncRunnerLink): void {
  runners.set(db, runner);
}

export function unregisterRunner(db: Db): void {
  runners.delete(db);
}

export function runnerFor(db: Db): SyncRunnerLink | undefined {
  return runners.get(db);
}

/** Called inside an edit's transaction: the runner looks once the transaction is done. */
export function notifyOutbox(db: Db): void {
  const runner = runners.get(db);
  if (runner) setImmediate(() => runner.kick());
}
