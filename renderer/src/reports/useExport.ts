// Writing the review pack: start the job, follow its reports.exportProgress events until it ends, cancel on
// request. The job runs in the core whatever the screen does; its id outlives the screen so coming back to Reports
// picks the progress up again (one exportStatus read, then events).
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegionCode } from '../../../shared/domain';
import type { IsoWeek } from '../../../shared/iso-week';
import type { ExportStatus } from '../../../shared/report-types';
import { api, choosePackFolder, listen, onEventsResumed } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';

export type ExportView =
  | { phase: 'idle' }
  | { phase: 'starting' }
  /** Running, done or cancelled, as the core last said. */
  | { phase: 'job'; status: ExportStatus; cancelling: boolean }
  | { phase: 'failed'; message: string };

let runningJob: string | null = null;

export function useExport() {
  const [view, setView] = useState<ExportView>({ phase: 'idle' });
  // Read when an answer or event arrives, so the language can change while a job runs.
  const latestWords = useWords();
  const words = useRef(latestWords);
  useEffect(() => {
    words.current = latestWords;
  });
  const mounted = useRef(false);
  const cancelling = useRef(false);

  /** Shows what the core said of the running job; an ended job is no longer running. */
  const show = useCallback((status: ExportStatus) => {
    if (status.jobId !== runningJob || !mounted.current) return;
    if (status.state !== 'running') runningJob = null;
    if (status.state === 'failed') {
      setView({ phase: 'failed', message: status.error ?? words.current.t('export.failed', { step: status.step }) });
      return;
    }
    setView({ phase: 'job', status, cancelling: cancelling.current && status.state === 'running' });
  }, []);

  /** Reads the job once: on coming back to the screen, after a start, and after a break in the event stream. */
  const catchUp = useCallback(() => {
    const jobId = runningJob;
    if (jobId === null) return;
    api('reports.exportStatus', { jobId }).then(show, (failure: unknown) => {
      if (jobId !== runningJob) return;
      runningJob = null;
      if (mounted.current) setView({ phase: 'failed', message: failureText(failure, words.current) });
    });
  }, [show]);

  useEffect(() => {
    mounted.current = true;
    const stopProgress = listen('reports.exportProgress', show);
    const stopResumed = onEventsResumed(catchUp);
    catchUp();
    return () => {
      mounted.current = false;
      stopProgress();
      stopResumed();
    };
  }, [show, catchUp]);

  const start = useCallback(
    (regions: readonly RegionCode[], week: IsoWeek) => {
      cancelling.current = false;
      setView({ phase: 'starting' });
      // Electron asks where to write (null: the person cancelled); the browser host writes to review-packs/ beside
      // the database.
      const chosen = choosePackFolder ? choosePackFolder() : Promise.resolve(undefined);
      chosen
        .then((folder) =>
          folder === null ? null : api('reports.startExport', { regions: [...regions], week, ...(folder ? { folder } : {}) }),
        )
        .then(
          (started) => {
            if (started === null) {
              if (mounted.current) setView({ phase: 'idle' });
              return;
            }
            runningJob = started.jobId;
            // Steps may have been pushed before the id arrived.
            catchUp();
          },
          (failure: unknown) => mounted.current && setView({ phase: 'failed', message: failureText(failure, words.current) }),
        );
    },
    [catchUp],
  );

  /** Asks the core to stop at its next step; the job's events say when it has. */
  const cancel = useCallback(() => {
    if (runningJob === null) return;
    cancelling.current = true;
    setView((current) => (current.phase === 'job' ? { ...current, cancelling: true } : current));
    api('reports.cancelExport', { jobId: runningJob }).catch(
      (failure: unknown) => mounted.current && setView({ phase: 'failed', message: failureText(failure, words.current) }),
    );
  }, []);

  const dismiss = useCallback(() => setView({ phase: 'idle' }), []);

  return { view, start, cancel, dismiss };
}
