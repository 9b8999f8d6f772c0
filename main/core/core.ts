import type { CoreEvent } from '../../shared/events';
import { checkpointWhenIdle, openDatabase, type Db, type OpenOptions } from '../db/open';
import type { EventSink } from '../services/event-sink';
import { currentPerson } from '../services/session/session-service';
import { syncStatusFeed } from '../services/sync/status-feed';
import { SyncRunner } from '../services/sync/sync-runner';
import type { TokenVault } from '../services/sync/token-vault';
import { createDispatcher, type Dispatcher } from './dispatcher';
import { handlers } from './handlers';

/** Often enough that the WAL stays small, rarely enough to stay off the operator's way. */
const CHECKPOINT_INTERVAL_MS = 15_000;

export interface CoreOptions extends OpenOptions {
  dbPath: string;
  log: (line: string) => void;
  now?: () => number;
  /** Where the shell keeps the hub token; without one the console does not sync. */
  tokenVault?: TokenVault;
  /** Hears every event the core pushes (the shells carry them to the renderer). */
  onEvent?: (event: CoreEvent) => void;
}

export interface Core {
  db: Db;
  dispatcher: Dispatcher;
  close(): void;
}

/**
 * The console's one core: the store and the dispatcher, the same under every shell. It serves the store as it finds
 * it; seeding a newcomer's empty one is the start-up's job (main/startup), before the core opens.
 */
export function createCore(options: CoreOptions): Core {
  const db = openDatabase(options.dbPath, { ...options, checkpoints: 'idle' });
  const checkpoints = setInterval(() => checkpointWhenIdle(db), CHECKPOINT_INTERVAL_MS);
  checkpoints.unref();
  const now = options.now ?? Date.now;
  const sink: EventSink = {
    emit: (name, payload) => {
      options.onEvent?.({ name, payload } as CoreEvent);
      // Changed rows may be edits now waiting for the hub, or conflicts settled.
      if (name === 'rows.changed') status.refresh();
    },
  };
  const status = syncStatusFeed(db, now, sink);
  const dispatcher = createDispatcher(handlers, () => ({ db, person: currentPerson(db), now }), options.log, sink);
  const sync = options.tokenVault
    ? new SyncRunner({ db, vault: options.tokenVault, now, log: options.log, events: sink, onChange: () => status.refresh() })
    : null;
  sync?.start();
  return {
    db,
    dispatcher,
    close: () => {
      void sync?.stop();
      clearInterval(checkpoints);
      // SQLite's advice for a connection about to close: statistics for what this session's queries used, so the
      // planner chooses well next time (a migrated file's new indexes have none until then). Cheap when nothing changed.
      db.pragma('optimize');
      checkpointWhenIdle(db);
      db.close();
    },
  };
}
