// The views an operator switches between in one click: built-in queues, their regions, saved views.
import type { ReactNode } from 'react';
import type { SavedView } from '../../../shared/views-calls';
import type { RegionCode } from '../../../shared/domain';
import { QUEUE_VIEWS, type QueueView } from '../../../shared/queue';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { sameView, type ActiveView } from './active-view';

interface SidebarProps {
  active: ActiveView;
  savedViews: readonly SavedView[];
  onPickView(view: QueueView): void;
  onPickRegion(code: RegionCode): void;
  onApplySaved(view: SavedView): void;
  onDeleteSaved(view: SavedView): void;
}

function NavButton({ pressed, onClick, children }: { pressed: boolean; onClick(): void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="nav-item"
      aria-pressed={pressed}
      aria-current={pressed ? 'true' : undefined}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

export function Sidebar({ active, savedViews, onPickView, onPickRegion, onApplySaved, onDeleteSaved }: SidebarProps) {
  const { session } = useSession();
  const { t, label } = useWords();
  return (
    <nav className="sidebar" aria-label={t('sidebar.label')}>
      <h2 className="nav-heading">{t('sidebar.queues')}</h2>
      <ul className="nav-list">
        {QUEUE_VIEWS.map((view) => (
          <li key={view}>
            <NavButton pressed={sameView(active, { kind: 'view', view })} onClick={() => onPickView(view)}>
              {label('queueView', view)}
            </NavButton>
          </li>
        ))}
      </ul>

      <h2 className="nav-heading">{t('sidebar.regions')}</h2>
      <ul className="nav-list">
        {session.regions.map((region) => (
          <li key={region.code}>
            <NavButton
              pressed={sameView(active, { kind: 'region', code: region.code })}
              onClick={() => onPickRegion(region.code)}
            >
              <span className="nav-label">{label('region', region.code)}</span> <span className="nav-code">{region.code}</span>
            </NavButton>
          </li>
        ))}
      </ul>

      <h2 className="nav-heading">{t('sidebar.saved')}</h2>
      {savedViews.length === 0 ? (
        <p className="nav-hint">{t('sidebar.savedHint')}</p>
      ) : (
        <ul className="nav-list">
          {savedViews.map((view) => (
            <li key={view.id} className="saved-view">
              <NavButton pressed={sameView(active, { kind: 'saved', id: view.id })} onClick={() => onApplySaved(view)}>
                {view.name}
              </NavButton>
              <button
                type="button"
                className="icon-button saved-view-delete"
                aria-label={t('sidebar.deleteView', { name: view.name })}
                title={t('sidebar.deleteView', { name: view.name })}
                onClick={() => onDeleteSaved(view)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </nav>
  );
}
