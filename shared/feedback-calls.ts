// The calls of the feedback triage queue: a page of a view, one item's detail, bulk changes, merges.
import { z } from 'zod';
import { call, type CallSpec } from './contract-kit';
import type { FeedbackDetail } from './feedback-detail';
import { bulkChangeSchema, bulkTargetSchema, queuePageInput, type QueuePage } from './queue';

const id = z.number().int().positive();

export const feedbackCalls = {
  'feedback.page': call<QueuePage>()(queuePageInput),
  'feedback.detail': call<FeedbackDetail>()(z.object({ id }).strict()),
  'feedback.update': call<{ updated: number }>({ writes: true })(
    z.object({ target: bulkTargetSchema, change: bulkChangeSchema }).strict(),
  ),
  'feedback.merge': call<{ mergeId: number; merged: number }>({ writes: true })(
    z
      .object({ primaryId: id, duplicateIds: z.array(id).min(1).max(50) })
      .strict()
      .refine((merge) => !merge.duplicateIds.includes(merge.primaryId), {
        message: 'the item kept cannot also be merged into itself',
        path: ['duplicateIds'],
      }),
  ),
  'feedback.unmerge': call<{ restored: number }>({ writes: true })(z.object({ mergeId: id }).strict()),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
