import { useWords } from '../i18n/LocaleContext';
import { Dialog } from '../ui/Dialog';
import { SHORTCUTS } from './shortcut-list';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  const { t } = useWords();
  return (
    <Dialog label={t('shortcuts.title')} onClose={onClose}>
      <div className="dialog-body">
        <h2 className="dialog-title">{t('shortcuts.title')}</h2>
        <p className="dialog-hint">{t('shortcuts.hint')}</p>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.does}>
                <td>
                  {shortcut.keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </td>
                <td>{t(shortcut.does)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
            {t('common.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
