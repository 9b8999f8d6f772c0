// The export's progress while it runs, and what came of it: the files and folder, a cancellation, or the
// core's own words for a failure.
import type { ExportView } from './useExport';
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
  const running = view.phase === 'starting' || (view.phase === 'job' && view.status.state === 'running');
  const percent = view.phase === 'job' ? Math.round(view.status.progress * 100) : 0;
  const step = view.phase === 'job' ? view.status.step : 'Starting the export…';
  const result = outcome(view);

  return (
    <>
      {running && (
        <div className="export-progress">
          <div
            className="export-bar"
            role="progressbar"
            aria-label="Export progress"
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={percent}
            aria-valuetext={`${percent}%, ${step}`}
          >
            <div className="export-bar-fill" style={{ width: `${percent}%` }} />
          </div>
          <span className="export-step">
            {percent}% · {step}
          </span>
          <button
            type="button"
            className="button button-small"
            disabled={view.phase !== 'job' || view.cancelling}
            onClick={onCancel}
          >
            {view.phase === 'job' && view.cancelling ? 'Cancelling…' : 'Cancel export'}
          </button>
        </div>
      )}
      {/* Always present, so screen readers hear the outcome when it is written into it. */}
      <div role="status" className={result ? 'export-result' : undefined}>
        {result === 'cancelled' && <p>Export cancelled; nothing was written.</p>}
        {result && result !== 'cancelled' && (
          <>
            <p>
              Review pack written to <span className="mono">{result.folder}</span>
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
            Dismiss
          </button>
        )}
      </div>
      {view.phase === 'failed' && (
        <div className="export-failed">
          <p role="alert">{view.message}</p>
          <button type="button" className="link-button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
    </>
  );
}
