// Imports of a platform's export into this console: pick the source and the folder holding its files, follow each
// run's counts and, while it runs, where it is (with a way to cancel it), read and download the records it kept aside,
// fix them and run the folder again.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { ImportRun, ImportSource } from '../../../shared/imports';
import { api } from '../api';
import { localFormat } from '../format/region-format';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { LoadFailure } from '../ui/LoadFailure';
import { RunRejects } from './RunRejects';
import { ImportProgressBar } from './ImportProgressBar';
import { useImportProgress, useImportRuns } from './useImportRuns';

export function ImportsScreen() {
  const words = useWords();
  const { t } = words;
  const local = localFormat(words.locale);
  const headingId = useId();
  const { list, reload } = useImportRuns();
  const [sources, setSources] = useState<ImportSource[]>([]);
  const [source, setSource] = useState('');
  const [folder, setFolder] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [shownId, setShownId] = useState<number | null>(null);

  useEffect(() => {
    api('imports.sources', {}).then((found) => {
      setSources(found);
      setSource((current) => current || (found[0]?.name ?? ''));
    }, (failure: unknown) => setProblem(failureText(failure, words)));
  }, [words]);

  const start = (run: { source: string; folder: string }) => {
    setProblem(null);
    api('imports.start', run).then(({ runId }) => setShownId(runId), (failure: unknown) => setProblem(failureText(failure, words)));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    start({ source, folder: folder.trim() });
  };

  const runs = list.status === 'ready' ? list.runs : [];
  const runningRun = runs.find((run) => run.state === 'running');
  const busy = runningRun !== undefined;
  const progress = useImportProgress();
  const [cancelling, setCancelling] = useState(false);
  const startButton = useRef<HTMLButtonElement>(null);
  // The Cancel button goes with the run: focus moves to where the next import starts.
  useEffect(() => {
    if (runningRun || !cancelling) return;
    setCancelling(false);
    startButton.current?.focus();
  }, [runningRun, cancelling]);
  const cancel = (runId: number) => {
    setCancelling(true);
    api('imports.cancel', { runId }).then(
      ({ cancelled }) => {
        if (!cancelled) reload();
      },
      (failure: unknown) => {
        setCancelling(false);
        setProblem(failureText(failure, words));
      },
    );
  };
  const shown = runs.find((run) => run.id === shownId && run.rejected > 0);

  return (
    <main className="screen-page" aria-labelledby={headingId}>
      <div className="screen-head">
        <h2 id={headingId} tabIndex={-1} className="screen-title">
          {t('imports.title')}
        </h2>
        <p className="screen-text">{t('imports.text')}</p>
      </div>

      <form className="import-form" onSubmit={submit}>
        <label className="field">
          <span>{t('imports.source')}</span>
          <select value={source} onChange={(event) => setSource(event.target.value)}>
            {sources.map((s) => (
              <option key={s.name} value={s.name}>
                {t('imports.sourceOption', { name: s.name, region: s.region })}
              </option>
            ))}
          </select>
        </label>
        <label className="field import-folder">
          <span>{t('imports.folder')}</span>
          <input required value={folder} placeholder={t('imports.folderHint')} onChange={(event) => setFolder(event.target.value)} />
        </label>
        <button ref={startButton} type="submit" className="button button-primary" disabled={busy || source === '' || folder.trim() === ''}>
          {t('imports.start')}
        </button>
      </form>
      {runningRun && (
        <ImportProgressBar
          progress={progress?.runId === runningRun.id ? progress : null}
          cancelling={cancelling}
          onCancel={() => cancel(runningRun.id)}
        />
      )}
      {problem && (
        <p className="form-problem" role="alert">
          {problem}
        </p>
      )}

      {list.status === 'loading' && <p className="screen-message">{t('imports.loading')}</p>}
      {list.status === 'failed' && <LoadFailure failure={list.failure} onRetry={reload} />}
      {list.status === 'ready' && runs.length === 0 && <p className="screen-message">{t('imports.none')}</p>}
      {runs.length > 0 && (
        <table className="data-table" aria-label={t('imports.runs')}>
          <thead>
            <tr>
              <th scope="col">{t('imports.run')}</th>
              <th scope="col">{t('imports.started')}</th>
              <th scope="col">{t('imports.source')}</th>
              <th scope="col">{t('imports.state')}</th>
              <th scope="col">{t('imports.counts')}</th>
              <th scope="col">{t('imports.rejected')}</th>
              <th scope="col">{t('imports.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {runs.map((run: ImportRun) => (
              <tr key={run.id}>
                <td className="mono">{run.id}</td>
                <td>{local.dateTime(run.startedAt)}</td>
                <td title={run.folder}>{run.source}</td>
                <td>
                  {t('imports.stateValue', { state: run.state })}
                  {run.message && <div className="import-reason">{run.message}</div>}
                </td>
                <td>{t('imports.countsValue', { records: run.records, inserted: run.inserted, updated: run.updated, unchanged: run.unchanged })}</td>
                <td className="mono">{run.rejected}</td>
                <td className="conflict-actions">
                  {run.rejected > 0 && (
                    <button type="button" className="button button-small" aria-pressed={shownId === run.id} onClick={() => setShownId(run.id)}>
                      {t('imports.showRejects', { run: run.id })}
                    </button>
                  )}
                  <button type="button" className="button button-small" disabled={busy} onClick={() => start({ source: run.source, folder: run.folder })}>
                    {t('imports.rerun', { run: run.id })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {shown && <RunRejects run={shown} />}
    </main>
  );
}
