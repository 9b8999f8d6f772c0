// Names the current filter, sort and columns and keeps them as a saved view.
import { useState } from 'react';
import { useWords } from '../i18n/LocaleContext';
import { Dialog } from '../ui/Dialog';
import { failureText } from '../ui/failure-text';

interface SaveViewDialogProps {
  onSave(name: string): Promise<void>;
  onClose(): void;
}

export function SaveViewDialog({ onSave, onClose }: SaveViewDialogProps) {
  const words = useWords();
  const { t } = words;
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  // Shown here, not as a toast: the modal dialog covers the toasts.
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <Dialog label={t('saveView.title')} onClose={onClose}>
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          setSaving(true);
          onSave(name.trim()).then(onClose, (failure: unknown) => {
            setSaving(false);
            setProblem(failureText(failure, words));
          });
        }}
      >
        <h2 className="dialog-title">{t('saveView.title')}</h2>
        <p className="dialog-text">{t('saveView.text')}</p>
        <label className="field">
          <span>{t('saveView.name')}</span>
          <input data-autofocus required maxLength={60} value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={saving || name.trim() === ''}>
            {t('common.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
