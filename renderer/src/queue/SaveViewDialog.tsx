// Names the current filter, sort and columns and keeps them as a saved view.
import { useState } from 'react';
import { ApiError } from '../api';
import { Dialog } from '../ui/Dialog';

interface SaveViewDialogProps {
  onSave(name: string): Promise<void>;
  onClose(): void;
}

export function SaveViewDialog({ onSave, onClose }: SaveViewDialogProps) {
  const [name, setName] = useState('');
  const [saving, setSaving] = useState(false);
  // Shown here, not as a toast: the modal dialog covers the toasts.
  const [problem, setProblem] = useState<string | null>(null);

  return (
    <Dialog label="Save view" onClose={onClose}>
      <form
        className="dialog-body"
        onSubmit={(event) => {
          event.preventDefault();
          setSaving(true);
          onSave(name.trim()).then(onClose, (failure: unknown) => {
            setSaving(false);
            setProblem(failure instanceof ApiError ? failure.message : String(failure));
          });
        }}
      >
        <h2 className="dialog-title">Save view</h2>
        <p className="dialog-text">Keeps the current view, filters, search, sorting and columns under a name.</p>
        <label className="field">
          <span>View name</span>
          <input autoFocus required maxLength={60} value={name} onChange={(event) => setName(event.target.value)} />
        </label>
        {problem && (
          <p className="form-problem" role="alert">
            {problem}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={saving || name.trim() === ''}>
            Save
          </button>
        </div>
      </form>
    </Dialog>
  );
}
