// Pushes the sync status whenever it may have changed (the runner moved, a page landed, an edit was queued),
// and only when it did: the renderer hears sync.statusChanged instead of polling sync.status.
import type { Db } from '../../db/open';
import type { EventSink } from '../event-sink';
import { runnerFor } from './runner-registry';
import { syncStatus } from './sync-status';

export interface StatusFeed {
  /** The status may have changed: look once the current work is done, and tell if it did. */
  refresh(): void;
}

export function syncStatusFeed(db: Db, now: () => number, events: EventSink): StatusFeed {
  let sent = '';
  let queued = false;
  return {
    refresh() {
      if (queued) return;
      queued = true;
      // After the edit's transaction, and once for a burst of reasons.
      setImmediate(() => {
        queued = false;
        if (!db.open) return;
        const status = syncStatus(db, runnerFor(db)?.view(), now());
        const json = JSON.stringify(status);
        if (json === sent) return;
        sent = json;
        events.emit('sync.statusChanged', status);
      });
    },
  };
}
