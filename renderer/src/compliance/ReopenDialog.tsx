// Reopening a signed-off assessment asks why: the reason stays with it, and every change is possible again.
import { useState } from 'react';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { Dialog } from '../ui/Dialog';
import { failureText } from '../ui/failure-text';
import { useToast } from '../ui/Toast';

export function ReopenDialog({ assessmentId, onClose }: { assessmentId: string; onClose(): void }) {
  const words = useWords();
  const { t } = words;
  const toast = useToast();
  const [reason, setReason] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async () => {
    setBusy(true);
    try {
      await api('compliance.reopen', { assessmentId, reason });
      toast.info(t('compliance.reopened'));
      onClose();
    } catch (error) {
      setFailure(failureText(error, words));
      setBusy(false);
    }
  };
  return (
    <Dialog label={t('compliance.reopenTitle')} onClose={onClose}>
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <h2 className="dialog-title">{t('compliance.reopenTitle')}</h2>
        <p className="dialog-text">{t('compliance.reopenText')}</p>
        <label className="field">
          <span>{t('compliance.reason')}</span>
          <input data-autofocus value={reason} onChange={(event) => setReason(event.target.value)} />
        </label>
        {failure && <p role="alert" className="form-problem">{failure}</p>}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('compliance.reopen')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
