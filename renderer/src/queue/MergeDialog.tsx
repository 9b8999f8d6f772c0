// Confirms a merge, naming the item kept, because which one survives is what operators get wrong.
import { useState } from 'react';
import { Dialog } from '../ui/Dialog';

interface MergeDialogProps {
  keptId: number;
  duplicateIds: readonly number[];
  /** A one-line description of an item, e.g. "#12 Maria Santos: Parcel still not here". */
  describe(id: number): string;
  onConfirm(): Promise<unknown>;
  onClose(): void;
}

export function MergeDialog({ keptId, duplicateIds, describe, onConfirm, onClose }: MergeDialogProps) {
  const [merging, setMerging] = useState(false);
  return (
    <Dialog label="Merge duplicates" onClose={onClose}>
      <div className="dialog-body">
        <h2 className="dialog-title">Merge duplicates</h2>
        <p className="dialog-text">
          Keep <strong>{describe(keptId)}</strong>
        </p>
        <p className="dialog-text">
          and merge {duplicateIds.length === 1 ? 'this item' : `these ${duplicateIds.length} items`} into it:
        </p>
        <ul className="merge-list">
          {duplicateIds.map((id) => (
            <li key={id} dir="auto">
              {describe(id)}
            </li>
          ))}
        </ul>
        <p className="dialog-hint">Their texts stay readable under the item kept, and the merge can be undone.</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={merging}
            autoFocus
            onClick={() => {
              setMerging(true);
              void onConfirm().finally(onClose);
            }}
          >
            Merge
          </button>
        </div>
      </div>
    </Dialog>
  );
}
