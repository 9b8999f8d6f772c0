// The runs the Imports screen lists: read at first, and again whenever a run starts or ends; and where a run is.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ImportProgress, ImportRun } from '../../../shared/imports';
import { api, listen, onEventsResumed } from '../api';

export type RunList = { status: 'loading' } | { status: 'ready'; runs: ImportRun[] } | { status: 'failed'; failure: unknown };

export function useImportRuns(): { list: RunList; reload(): void } {
  const [list, setList] = useState<RunList>({ status: 'loading' });
  // Only the latest request may draw: an earlier one can answer last.
  const latest = useRef(0);

  const reload = useCallback(() => {
    const ticket = ++latest.current;
    api('imports.runs', {}).then(
      (runs) => {
        if (ticket === latest.current) setList({ status: 'ready', runs });
      },
      (failure: unknown) => {
        if (ticket === latest.current) setList({ status: 'failed', failure });
      },
    );
  }, []);

  useEffect(() => {
    reload();
    const stops = [listen('imports.runChanged', reload), onEventsResumed(reload)];
    return () => stops.forEach((stop) => stop());
  }, [reload]);

  return { list, reload };
}

/** Where the running import is, from its imports.progress events (the latest one). */
export function useImportProgress(): ImportProgress | null {
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => listen('imports.progress', setProgress), []);
  return progress;
}
