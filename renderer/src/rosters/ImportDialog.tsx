// Importing a roster CSV from the screen: pick what the file holds and the file, check it (nothing is written),
// read every bad row by line, column, value and reason, then import the good rows; the rejected ones are saved
// beside the database to fix and import again.
import { useState } from 'react';
import { IMPORT_KINDS, type ImportKind, type ImportReport } from '../../../shared/rosters-import';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { Dialog } from '../ui/Dialog';
import { failureText } from '../ui/failure-text';

const LISTED = 50;

function base64(bytes: ArrayBuffer): string {
  let text = '';
  const view = new Uint8Array(bytes);
  for (let i = 0; i < view.length; i += 0x8000) text += String.fromCharCode(...view.subarray(i, i + 0x8000));
  return btoa(text);
}

export function ImportDialog({ onClose }: { onClose(): void }) {
  const words = useWords();
  const { t } = words;
  const [kind, setKind] = useState<ImportKind>('kols');
  const [file, setFile] = useState<{ name: string; content: string } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  const send = async (commit: boolean) => {
    if (!file) return;
    setBusy(true);
    setFailure(null);
    try {
      setReport(await api('rosters.import', { kind, fileName: file.name, content: file.content, commit }));
    } catch (error) {
      setReport(null);
      setFailure(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog label={t('rosters.import.title')} onClose={onClose} className="rosters-import">
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          void send(false);
        }}
      >
        <h2 className="dialog-title">{t('rosters.import.title')}</h2>
        <p className="dialog-text">{t('rosters.import.text')}</p>
        <label className="field">
          <span>{t('rosters.import.kind')}</span>
          <select value={kind} onChange={(e) => { setKind(e.target.value as ImportKind); setReport(null); }}>
            {IMPORT_KINDS.map((k) => (
              <option key={k} value={k}>{t(`rosters.import.kind.${k}`)}</option>
            ))}
          </select>
        </label>
        <label className="field">
          <span>{t('rosters.import.file')}</span>
          <input
            type="file"
            accept=".csv,text/csv"
            data-autofocus
            onChange={async (e) => {
              const picked = e.target.files?.[0];
              setReport(null);
              setFile(picked ? { name: picked.name, content: base64(await picked.arrayBuffer()) } : null);
            }}
          />
        </label>
        {failure !== null && <p className="form-problem" role="alert">{failureText(failure, words)}</p>}
        {report && (
          <div className="rosters-import-report" role="status">
            <p>
              {t(report.committed ? 'rosters.import.done' : 'rosters.import.checked', { rows: report.rows, added: report.added, unchanged: report.unchanged, rejected: report.rejected })}
            </p>
            {report.rejectedFile && <p>{t('rosters.import.rejectedFile', { file: report.rejectedFile })}</p>}
            {report.problems.length > 0 && (
              <div className="rosters-problems">
                <table className="data-table" aria-label={t('rosters.import.problems')}>
                  <thead>
                    <tr>
                      <th scope="col">{t('rosters.import.line')}</th>
                      <th scope="col">{t('rosters.import.column')}</th>
                      <th scope="col">{t('rosters.import.value')}</th>
                      <th scope="col">{t('rosters.import.reason')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {report.problems.slice(0, LISTED).map((p, i) => (
                      <tr key={`${p.row}-${p.column}-${i}`}>
                        <td>{p.row}</td>
                        <td className="mono">{p.column}</td>
                        <td className="mono">{p.value}</td>
                        <td>{p.reason}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </div>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>{t('common.close')}</button>
          <button type="submit" className="button" disabled={!file || busy}>{t('rosters.import.check')}</button>
          <button type="button" className="button button-primary" disabled={!file || busy || report === null || report.committed || report.added === 0} onClick={() => void send(true)}>
            {t('rosters.import.commit', { count: report && !report.committed ? report.added : 0 })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
