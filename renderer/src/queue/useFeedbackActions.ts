// Changes to feedback: each one calls the core, says what happened, then refreshes grid and detail.
import { useCallback, useState } from 'react';
import type { BulkChange, BulkTarget } from '../../../shared/queue';
import { api } from '../api';
import { uiNumber } from '../format/region-format';
import { useToast } from '../ui/Toast';

export interface FeedbackActions {
  /** True while a change is on its way; the bulk bar waits rather than queueing a second one. */
  busy: boolean;
  update(target: BulkTarget, change: BulkChange): Promise<void>;
  merge(primaryId: number, duplicateIds: number[]): Promise<boolean>;
  unmerge(mergeId: number): Promise<void>;
}

export function useFeedbackActions(refresh: () => void): FeedbackActions {
  const toast = useToast();
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
        toast.info(`Restored ${uiNumber.format(restored)} feedback`);
      });
    },
    [attempt, toast],
  );

  const update = useCallback(
    async (target: BulkTarget, change: BulkChange) => {
      await attempt(async () => {
        const { updated } = await api('feedback.update', { target, change });
        toast.info(`Updated ${uiNumber.format(updated)} feedback`);
      });
    },
    [attempt, toast],
  );

  const merge = useCallback(
    (primaryId: number, duplicateIds: number[]) =>
      attempt(async () => {
        const { mergeId, merged } = await api('feedback.merge', { primaryId, duplicateIds });
        toast.info(`Merged ${uiNumber.format(merged)} into #${primaryId}`, {
          label: 'Undo merge',
          run: () => void unmerge(mergeId),
        });
      }),
    [attempt, toast, unmerge],
  );

  return { busy, update, merge, unmerge };
}
