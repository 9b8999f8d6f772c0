// The Rosters screen: KOLs, campaigns and communities, one tab each. Tabs follow the ARIA pattern: arrows move
// between them, and only the chosen one is in the Tab order. A person who only reads rosters is told so beside them.
import { useId, useState, type KeyboardEvent } from 'react';
import { useWords } from '../i18n/LocaleContext';
import { useSession } from '../session/SessionContext';
import { CampaignsTab } from './CampaignsTab';
import { CommunitiesTab } from './CommunitiesTab';
import { KolsTab } from './KolsTab';
import { useMayEditRosters } from './roster-editing';
import './rosters.css';

const TABS = ['kols', 'campaigns', 'communities'] as const;
type Tab = (typeof TABS)[number];

export function RostersScreen() {
  const { t, label } = useWords();
  const { session } = useSession();
  const mayEdit = useMayEditRosters();
  const [tab, setTab] = useState<Tab>('kols');
  const base = useId();

  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length] as Tab;
    setTab(next);
    document.getElementById(`${base}-${next}`)?.focus();
  };

  return (
    <main className="rosters" aria-label={t('screen.rosters')}>
      <div className="rosters-head">
      <div className="rosters-tabs" role="tablist" aria-label={t('rosters.tabs')}>
        {TABS.map((id) => (
          <button
            key={id}
            id={`${base}-${id}`}
            type="button"
            role="tab"
            className="rosters-tab"
            aria-selected={tab === id}
            aria-controls={`${base}-panel`}
            tabIndex={tab === id ? 0 : -1}
            onClick={() => setTab(id)}
            onKeyDown={onKeyDown}
          >
            {t(`rosters.tab.${id}`)}
          </button>
        ))}
      </div>
      {!mayEdit && <p className="rosters-read-only" role="note">{t('rosters.readOnly', { role: label('role', session.person.role) })}</p>}
      </div>
      <div id={`${base}-panel`} role="tabpanel" aria-labelledby={`${base}-${tab}`} className="rosters-panel">
        {tab === 'kols' && <KolsTab />}
        {tab === 'campaigns' && <CampaignsTab />}
        {tab === 'communities' && <CommunitiesTab />}
      </div>
    </main>
  );
}
