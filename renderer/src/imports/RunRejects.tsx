// A run's rejected records: where each was and why, and the whole list to download as CSV, fix and import again.
import { useEffect, useId, useState } from 'react';
import type { ImportReject, ImportRun } from '../../../shared/imports';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { useToast } from '../ui/Toast';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function RunRejects({ run }: { run: ImportRun }) {
  const words = useWords();
  const { t } = words;
  const toast = useToast();
  const headingId = useId();
  const [rejects, setRejects] = useState<ImportReject[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    setRejects(null);
    setProblem(null);
    api('imports.rejects', { runId: run.id }).then(setRejects, (failure: unknown) => setProblem(failureText(failure, words)));
  }, [run.id, words]);

  const save = () => {
    api('imports.rejectsCsv', { runId: run.id }).then(({ fileName, csv }) => download(fileName, csv), (failure: unknown) => toast.error(failure));
  };

  return (
    <section className="import-rejects" aria-labelledby={headingId}>
      <div className="import-rejects-head">
        <h3 id={headingId} className="screen-subtitle">
          {t('imports.rejectsTitle', { run: run.id, count: run.rejected })}
        </h3>
        <button type="button" className="button button-small" onClick={save}>
          {t('imports.download')}
        </button>
      </div>
      {problem && <p role="alert">{problem}</p>}
      {rejects && (
        <table className="data-table" aria-labelledby={headingId}>
          <thead>
            <tr>
              <th scope="col">{t('imports.file')}</th>
              <th scope="col">{t('imports.line')}</th>
              <th scope="col">{t('imports.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {rejects.map((r) => (
              <tr key={`${r.file}:${r.line}`}>
                <td className="mono">{r.file}</td>
                <td className="mono">{r.line}</td>
                <td className="import-reason">{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
