// The KOL grid's saved views, as the queue has them: pick one to bring back its filters and sort, or save what the
// grid shows now under a name (the same name replaces that view).
import { useState } from 'react';
import type { KolSavedView, KolViewState } from '../../../shared/rosters-kols';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { SaveViewDialog } from '../queue/SaveViewDialog';
import { useToast } from '../ui/Toast';
import { useRosterCall } from './useRosterCall';

export function KolViews({ current, onApply }: { current(): KolViewState; onApply(view: KolSavedView): void }) {
  const { t } = useWords();
  const toast = useToast();
  const views = useRosterCall('rosters.views', {});
  const [saving, setSaving] = useState(false);
  const list = views.loaded.status === 'ready' ? views.loaded.value : [];
  return (
    <>
      <select
        aria-label={t('rosters.views.pick')}
        value=""
        onChange={(e) => {
          const view = list.find((v) => v.id === Number(e.target.value));
          if (view) onApply(view);
        }}
      >
        <option value="">{t('rosters.views.pick')}</option>
        {list.map((v) => <option key={v.id} value={v.id}>{v.name}</option>)}
      </select>
      <button type="button" className="button button-small" onClick={() => setSaving(true)}>{t('rosters.views.save')}</button>
      {saving && (
        <SaveViewDialog
          onSave={async (name) => {
            await api('rosters.saveView', { name, state: current() });
            views.reload();
            toast.info(t('rosters.views.saved', { name }));
          }}
          onClose={() => setSaving(false)}
        />
      )}
    </>
  );
}
