// Sign-in to the regional hub. The core checks the address and token and names the field at fault;
// the dialog shows those words as they are. Not signing in is a real choice: the console works offline.
import { useState } from 'react';
import type { CallError } from '../../../shared/contract-kit';
import { ApiError, api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { failureText } from '../ui/failure-text';
import { Dialog } from '../ui/Dialog';
import { useSyncStatus } from './SyncStatusContext';

type Problem = Pick<CallError, 'message' | 'field'>;

export function SignInDialog({ onClose }: { onClose(): void }) {
  const sync = useSyncStatus();
  const words = useWords();
  const { t } = words;
  // A hub used before is offered again; the token never is.
  const [hubUrl, setHubUrl] = useState(sync.status?.hubUrl ?? '');
  const [token, setToken] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem | null>(null);
  const reason = sync.status?.reason;

  return (
    <Dialog label={t('signIn.title')} onClose={onClose}>
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          setBusy(true);
          setProblem(null);
          // On success the state leaves signed_out and SyncDialog shows the details in place of this.
          sync.track(api('sync.signIn', { hubUrl, token })).then(
            () => setBusy(false),
            (failure: unknown) => {
              setBusy(false);
              // The field at fault marks its input; the words are failureText's, as everywhere.
              setProblem({ message: failureText(failure, words), field: failure instanceof ApiError ? failure.error.field : undefined });
            },
          );
        }}
      >
        <h2 className="dialog-title">{t('signIn.title')}</h2>
        <p className="dialog-text">{t('signIn.text')}</p>
        {reason && <p className="sync-reason">{t('signIn.lastAttempt', { reason })}</p>}
        <label className="field">
          <span>{t('signIn.hubAddress')}</span>
          <input
            autoFocus
            inputMode="url"
            autoComplete="url"
            spellCheck={false}
            placeholder="https://hub.example.com"
            aria-invalid={problem?.field === 'hubUrl' || undefined}
            value={hubUrl}
            onChange={(event) => setHubUrl(event.target.value)}
          />
        </label>
        <label className="field">
          <span>{t('signIn.token')}</span>
          <input
            type="password"
            autoComplete="off"
            spellCheck={false}
            aria-invalid={problem?.field === 'token' || undefined}
            value={token}
            onChange={(event) => setToken(event.target.value)}
          />
        </label>
        <p className="dialog-hint">{t('signIn.tokenHint')}</p>
        {problem && (
          <p className="form-problem" role="alert">
            {problem.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('signIn.workOffline')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('signIn.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
