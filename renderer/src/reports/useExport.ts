// Writing the review pack: start the job, poll its status every 300 ms until it ends, cancel on request.
// The job runs in the core whatever the screen does; its id outlives the screen so coming back to Reports
// picks the progress up again.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { RegionCode } from '../../../shared/domain';
import type { IsoWeek } from '../../../shared/iso-week';
import type { ExportStatus } from '../../../shared/report-types';
import { api, choosePackFolder } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';

const POLL_MS = 300;

export type ExportView =
  | { phase: 'idle' }
  | { phase: 'starting' }
  /** Running, done or cancelled, as the core last said. */
  | { phase: 'job'; status: ExportStatus; cancelling: boolean }
  | { phase: 'failed'; message: string };

let runningJob: string | null = null;

export function useExport() {
  const [view, setView] = useState<ExportView>({ phase: 'idle' });
  // Read when an answer arrives, so the language can change without restarting the chain of polls.
  const latestWords = useWords();
  const words = useRef(latestWords);
  useEffect(() => {
    words.current = latestWords;
  });
  const timer = useRef<number | undefined>(undefined);
  const mounted = useRef(false);
  const cancelling = useRef(false);
  // Each chain of polls has a number; an answer from an older chain (before a remount or a new export) stops
  // that chain instead of starting a second one beside the current.
  const chain = useRef(0);

  const poll = useCallback((jobId: string, own: number) => {
    api('reports.exportStatus', { jobId }).then(
      (status) => {
        if (!mounted.current || own !== chain.current) return;
        if (status.state === 'failed') {
          runningJob = null;
          setView({ phase: 'failed', message: status.error ?? words.current.t('export.failed', { step: status.step }) });
          return;
        }
        setView({ phase: 'job', status, cancelling: cancelling.current && status.state === 'running' });
        if (status.state === 'running') timer.current = window.setTimeout(() => poll(jobId, own), POLL_MS);
        else runningJob = null;
      },
      (failure: unknown) => {
        if (own !== chain.current) return;
        runningJob = null;
        if (mounted.current) setView({ phase: 'failed', message: failureText(failure, words.current) });
      },
    );
  }, []);

  useEffect(() => {
    mounted.current = true;
    if (runningJob !== null) poll(runningJob, ++chain.current);
    return () => {
      mounted.current = false;
      chain.current++;
      window.clearTimeout(timer.current);
    };
  }, [poll]);

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
            if (mounted.current) poll(started.jobId, ++chain.current);
          },
          (failure: unknown) => mounted.current && setView({ phase: 'failed', message: failureText(failure, words.current) }),
        );
    },
    [poll],
  );

  /** Asks the core to stop at its next step; polling goes on until the job says it has. */
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
