import { Dialog } from '../ui/Dialog';
import { SHORTCUTS } from './shortcut-list';

export function ShortcutsDialog({ onClose }: { onClose(): void }) {
  return (
    <Dialog label="Keyboard shortcuts" onClose={onClose}>
      <div className="dialog-body">
        <h2 className="dialog-title">Keyboard shortcuts</h2>
        <p className="dialog-hint">They work whenever the cursor is not in a text box.</p>
        <table className="shortcut-table">
          <tbody>
            {SHORTCUTS.map((shortcut) => (
              <tr key={shortcut.does}>
                <td>
                  {shortcut.keys.map((key) => (
                    <kbd key={key}>{key}</kbd>
                  ))}
                </td>
                <td>{shortcut.does}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="dialog-actions">
          <button type="button" className="button button-primary" autoFocus onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </Dialog>
  );
}
