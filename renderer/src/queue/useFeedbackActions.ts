// Changes to feedback: each one calls the core, says what happened, then refreshes grid and detail.
import { useCallback, useState } from 'react';
import type { BulkChange, BulkTarget } from '../../../shared/queue';
import { api } from '../api';
import { useWords } from '../i18n/LocaleContext';
import { useToast } from '../ui/Toast';

export interface FeedbackActions {
  /** True while a change is on its way; the bulk bar waits rather than queueing a second one. */
  busy: boolean;
  /** True when the change was made. */
  update(target: BulkTarget, change: BulkChange): Promise<boolean>;
  merge(primaryId: number, duplicateIds: number[]): Promise<boolean>;
  unmerge(mergeId: number): Promise<void>;
}

export function useFeedbackActions(refresh: () => void): FeedbackActions {
  const toast = useToast();
  const { t } = useWords();
  const [busy, setBusy] = useState(false);

  const attempt = useCallback(
    async (work: () => Promise<void>): Promise<boolean> => {
      setBusy(true);
      try {
        await work();
        refresh();
        return true;
      } catch (failure) {
        toast.error(failure);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [refresh, toast],
  );

  const unmerge = useCallback(
    async (mergeId: number) => {
      await attempt(async () => {
        const { restored } = await api('feedback.unmerge', { mergeId });
        toast.info(t('actions.restored', { count: restored }));
      });
    },
    [attempt, toast, t],
  );

  const update = useCallback(
    (target: BulkTarget, change: BulkChange) =>
      attempt(async () => {
        const { updated } = await api('feedback.update', { target, change });
        toast.info(t('actions.updated', { count: updated }));
      }),
    [attempt, toast, t],
  );

  const merge = useCallback(
    (primaryId: number, duplicateIds: number[]) =>
      attempt(async () => {
        const { mergeId, merged } = await api('feedback.merge', { primaryId, duplicateIds });
        toast.info(t('actions.merged', { count: merged, id: primaryId }), {
          label: t('actions.undoMerge'),
          run: () => void unmerge(mergeId),
        });
      }),
    [attempt, toast, unmerge, t],
  );

  return { busy, update, merge, unmerge };
}
