// The conflicts waiting for a choice. Asked again whenever the sync status says they may have moved.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { SyncConflict } from '../../../shared/sync';
import { api } from '../api';
import { useSyncStatus } from './SyncStatusContext';

export type ConflictList =
  | { status: 'loading' }
  | { status: 'ready'; conflicts: SyncConflict[] }
  | { status: 'failed'; failure: unknown };

export function useConflicts(): { list: ConflictList; reload(): void } {
  const { status } = useSyncStatus();
  const [list, setList] = useState<ConflictList>({ status: 'loading' });
  // Only the latest request may draw: an earlier one can answer last.
  const latest = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    api('sync.conflicts', {}).then(
      (conflicts) => {
        if (ticket === latest.current) setList({ status: 'ready', conflicts });
      },
      (failure: unknown) => {
        if (ticket === latest.current) setList({ status: 'failed', failure });
      },
    );
  }, []);

  // Syncs bring conflicts and other consoles settle them: the count or a finished sync moving is the cue.
  const count = status?.conflicts;
  const syncedAt = status?.lastSyncedAt;
  useEffect(reload, [reload, count, syncedAt]);

  return { list, reload };
}
