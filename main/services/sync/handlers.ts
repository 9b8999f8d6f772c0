// The sync.* calls: each reads or changes the local store and wakes the runner; none waits on the hub.
import type { syncCalls } from '../../../shared/sync-calls';
import type { Db } from '../../db/open';
import { announceEdit } from '../feedback/edit-events';
import { ServiceError, type HandlersFor } from '../kit';
import { listConflicts, resolveConflict } from './conflicts';
import { runnerFor, type SyncRunnerLink } from './runner-registry';
import { syncStatus } from './sync-status';

function runner(db: Db): SyncRunnerLink {
  const link = runnerFor(db);
  if (!link) throw new ServiceError('internal', 'Sync is not running in this console; restart it');
  return link;
}

export const syncHandlers: HandlersFor<typeof syncCalls> = {
  'sync.status': (_input, { db, now }) => syncStatus(db, runnerFor(db)?.view(), now()),
  'sync.signIn': (input, { db, now }) => {
    const link = runner(db);
    link.signIn(input.hubUrl, input.token);
    return syncStatus(db, link.view(), now());
  },
  'sync.signOut': (_input, { db, now }) => {
    const link = runner(db);
    link.signOut();
    return syncStatus(db, link.view(), now());
  },
  'sync.now': (_input, { db, now }) => {
    const link = runner(db);
    link.kick();
    return syncStatus(db, link.view(), now());
  },
  'sync.conflicts': (_input, { db }) => listConflicts(db),
  'sync.resolveConflict': (input, { db, person, now, events }) => {
    const result = resolveConflict(db, input.id, input.keep, person, now());
    runnerFor(db)?.kick();
    return announceEdit(events, result);
  },
};
