// The person's saved views, kept in step with the core after each save or delete, here or in another window.
import { useCallback, useEffect, useState } from 'react';
import type { SavedView, SavedViewState } from '../../../shared/views-calls';
import { api } from '../api';
import { useOnRowsChanged } from '../app/data-changed';
import { useWords } from '../i18n/LocaleContext';
import { useToast } from '../ui/Toast';

export interface SavedViews {
  views: SavedView[];
  /** Rejects with the ApiError so the dialog asking for the name can show it. */
  save(name: string, state: SavedViewState): Promise<SavedView>;
  remove(view: SavedView): Promise<void>;
}

export function useSavedViews(): SavedViews {
  const toast = useToast();
  const { t } = useWords();
  const [views, setViews] = useState<SavedView[]>([]);

  const reload = useCallback(() => api('views.list', {}).then(setViews, toast.error), [toast]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useOnRowsChanged((change) => {
    if (change.tables.includes('saved_views')) void reload();
  });

  const save = useCallback(
    async (name: string, state: SavedViewState) => {
      const saved = await api('views.save', { name, state });
      toast.info(t('views.saved', { name: saved.name }));
      void reload();
      return saved;
    },
    [reload, toast, t],
  );

  const remove = useCallback(
    async (view: SavedView) => {
      try {
        await api('views.delete', { id: view.id });
        toast.info(t('views.deleted', { name: view.name }));
      } catch (failure) {
        toast.error(failure);
      }
      void reload();
    },
    [reload, toast, t],
  );

  return { views, save, remove };
}
