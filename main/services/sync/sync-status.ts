// What sync.status answers: the runner's view (online, why not) with what the store holds.
import type { SyncProblem, SyncStatus } from '../../../shared/sync';
import type { Db } from '../../db/open';
import { all, value } from '../../db/statement-cache';
import { isInsecureHub } from './hub-address';
import { unansweredCount } from './push-answers';
import { readSyncState } from './sync-state';
import type { RunnerView } from './runner-registry';

const PROBLEMS_SHOWN = 20;

function progress(state: NonNullable<ReturnType<typeof readSyncState>>, now: number): SyncStatus['initialSync'] {
  const done = state.snapshot_rows_done;
  const total = state.snapshot_rows_total;
  if (done === null || total === null) return null;
  const percent = total === 0 ? 100 : Math.min(100, Math.round((done / total) * 1000) / 10);
  let secondsLeft: number | null = null;
  const since = state.snapshot_started_at;
  const doneThisRun = done - (state.snapshot_rows_at_start ?? 0);
  if (since !== null && doneThisRun > 0 && now > since) {
    secondsLeft = Math.round(((now - since) / doneThisRun) * Math.max(0, total - done) / 1000);
  }
  return { rowsDone: done, rowsTotal: total, percent, secondsLeft };
}

export function syncStatus(db: Db, runner: RunnerView | undefined, now: number): SyncStatus {
  const state = readSyncState(db);
  const problems = all<SyncProblem>(
    db,
    `SELECT kind, message, at FROM (
       SELECT 'rejected' AS kind, reason AS message, at, id FROM sync_rejections
       UNION ALL
       SELECT 'quarantined', 'A ' || tbl || ' row from the hub was set aside: ' || reason, at, id FROM sync_quarantine)
     ORDER BY at DESC, id DESC LIMIT ?`,
    [PROBLEMS_SHOWN],
  );
  const view = runner ?? { state: 'signed_out' as const, reason: null, nextAttemptAt: null, tokenSessionOnly: false };
  return {
    state: view.state,
    online: view.state === 'online' || view.state === 'syncing',
    hubUrl: state?.hub_url ?? null,
    insecureHub: state ? isInsecureHub(state.hub_url) : false,
    reason: view.reason,
    lastSyncedAt: state?.last_synced_at ?? null,
    nextAttemptAt: view.nextAttemptAt,
    editsWaiting: state ? unansweredCount(db) : 0,
    conflicts: value<number>(db, 'SELECT count(*) FROM sync_conflicts') ?? 0,
    checksum: state?.checksum ?? 'unknown',
    initialSync: state ? progress(state, now) : null,
    problems,
    tokenSessionOnly: view.tokenSessionOnly,
  };
}
