// Confirms a merge, naming the item kept, because which one survives is what operators get wrong.
import { useState } from 'react';
import { useWords } from '../i18n/LocaleContext';
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
  const { t, intl } = useWords();
  return (
    <Dialog label={t('merge.title')} onClose={onClose}>
      <div className="dialog-body">
        <h2 className="dialog-title">{t('merge.title')}</h2>
        <p className="dialog-text">
          {intl.formatMessage({ id: 'merge.keep' }, { item: describe(keptId), strong: (chunks) => <strong>{chunks}</strong> })}
        </p>
        <p className="dialog-text">{t('merge.into', { count: duplicateIds.length })}</p>
        <ul className="merge-list">
          {duplicateIds.map((id) => (
            <li key={id} dir="auto">
              {describe(id)}
            </li>
          ))}
        </ul>
        <p className="dialog-hint">{t('merge.hint')}</p>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="button button-primary"
            disabled={merging}
            data-autofocus
            onClick={() => {
              setMerging(true);
              void onConfirm().finally(onClose);
            }}
          >
            {t('merge.confirm')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
