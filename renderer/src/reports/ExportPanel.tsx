// The export's progress while it runs, and what came of it: the files and folder, a cancellation, or the
// core's own words for a failure.
import type { ExportView } from './useExport';
import { useWords } from '../i18n/LocaleContext';
import { fileName } from './report-words';

interface ExportPanelProps {
  view: ExportView;
  onCancel(): void;
  onDismiss(): void;
}

function outcome(view: ExportView): { folder: string; files: string[] } | 'cancelled' | null {
  if (view.phase !== 'job') return null;
  if (view.status.state === 'done') return { folder: view.status.outDir, files: view.status.files ?? [] };
  return view.status.state === 'cancelled' ? 'cancelled' : null;
}

export function ExportPanel({ view, onCancel, onDismiss }: ExportPanelProps) {
  const { t, intl } = useWords();
  const running = view.phase === 'starting' || (view.phase === 'job' && view.status.state === 'running');
  const percent = view.phase === 'job' ? Math.round(view.status.progress * 100) : 0;
  const step = view.phase === 'job' ? view.status.step : t('export.starting');
  const result = outcome(view);

  return (
    <>
      {running && (
        <div className="export-progress">
          <div
            className="export-bar"
            role="progressbar"
            aria-label={t('export.progress')}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={t('export.percentText', { percent, step })}
          >
            <div className="export-bar-fill" style={{ width: `${percent}%` }} />
          </div>
          <span className="export-step">
            {t('export.percent', { percent, step })}
          </span>
          <button
            type="button"
            className="button button-small"
            disabled={view.phase !== 'job' || view.cancelling}
            onClick={onCancel}
          >
            {t(view.phase === 'job' && view.cancelling ? 'export.cancelling' : 'export.cancel')}
          </button>
        </div>
      )}
      {/* Always present, so screen readers hear the outcome when it is written into it. */}
      <div role="status" className={result ? 'export-result' : undefined}>
        {result === 'cancelled' && <p>{t('export.cancelled')}</p>}
        {result && result !== 'cancelled' && (
          <>
            <p>
              {intl.formatMessage(
                { id: 'export.written' },
                { path: result.folder, folder: (chunks) => <span className="mono">{chunks}</span> },
              )}
            </p>
            <ul className="export-files">
              {result.files.map((file) => (
                <li key={file} className="mono" title={file}>
                  {fileName(file)}
                </li>
              ))}
            </ul>
          </>
        )}
        {result && (
          <button type="button" className="link-button" onClick={onDismiss}>
            {t('export.dismiss')}
          </button>
        )}
      </div>
      {view.phase === 'failed' && (
        <div className="export-failed">
          <p role="alert">{view.message}</p>
          <button type="button" className="link-button" onClick={onDismiss}>
            {t('export.dismiss')}
          </button>
        </div>
      )}
    </>
  );
}
