// Changes to feedback: each one calls the core, says what happened, then refreshes grid and detail. A change to one
// item shows at once (the preview); the refresh after the core's answer confirms it, a refusal puts it back.
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

/** Shows a change to one item before the core answers; answers how to put back what was shown. */
export type PreviewChange = (id: number, change: BulkChange) => () => void;

export function useFeedbackActions(refresh: () => void, preview: PreviewChange): FeedbackActions {
  const toast = useToast();
  const { t } = useWords();
  const [busy, setBusy] = useState(false);

  const attempt = useCallback(
    async (work: () => Promise<void>, undoPreview?: () => void): Promise<boolean> => {
      setBusy(true);
      try {
        await work();
        refresh();
        return true;
      } catch (failure) {
        undoPreview?.();
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
    (target: BulkTarget, change: BulkChange) => {
      const one = 'ids' in target && target.ids.length === 1 ? target.ids[0] : undefined;
      const undoPreview = one === undefined ? undefined : preview(one, change);
      return attempt(async () => {
        const { updated } = await api('feedback.update', { target, change });
        toast.info(t('actions.updated', { count: updated }));
      }, undoPreview);
    },
    [attempt, preview, toast, t],
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
