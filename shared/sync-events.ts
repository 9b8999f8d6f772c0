// The events of sync with the regional hub: the status the sync.status call answers, pushed when it changes.
import { event, type EventSpec } from './contract-kit';
import type { SyncStatus } from './sync';

export const syncEvents = {
  'sync.statusChanged': event<SyncStatus>(),
} satisfies Record<string, EventSpec<unknown>>;
