// Every call between renderer and main, declared once. Main validates each input with these schemas;
// the renderer takes its types from here.
import { z } from 'zod';
import { call, type CallSpec, type Envelope } from './contract-kit';
import type { Person, Region } from './domain';
import type { FeedbackDetail } from './feedback-detail';
import {
  bulkChangeSchema,
  bulkTargetSchema,
  queueFilterSchema,
  queuePageInput,
  queueSortSchema,
  type QueuePage,
} from './queue';
import { reportsCalls } from './reports-calls';
import { syncCalls } from './sync-calls';

const id = z.number().int().positive();

export const savedViewStateSchema = z.object({
  filter: queueFilterSchema,
  sort: queueSortSchema,
  columns: z
    .array(z.object({ colId: z.string().max(40), hide: z.boolean().optional(), width: z.number().int().min(20).max(2000).optional() }))
    .max(40)
    .default([]),
});
export type SavedViewState = z.input<typeof savedViewStateSchema>;

export interface SavedView {
  id: number;
  name: string;
  state: z.output<typeof savedViewStateSchema>;
}

export interface Session {
  person: Person;
  /** Only the regions this person is granted. */
  regions: Region[];
  /** People this person can assign to: those sharing one of their regions. */
  people: Person[];
}

/** The calls of the triage queue and the session. Other domains declare theirs in their own file. */
export const triageCalls = {
  'session.get': call<Session>()(z.object({}).strict()),
  'feedback.page': call<QueuePage>()(queuePageInput),
  'feedback.detail': call<FeedbackDetail>()(z.object({ id }).strict()),
  'feedback.update': call<{ updated: number }>()(
    z.object({ target: bulkTargetSchema, change: bulkChangeSchema }).strict(),
  ),
  'feedback.merge': call<{ mergeId: number; merged: number }>()(
    z
      .object({ primaryId: id, duplicateIds: z.array(id).min(1).max(50) })
      .strict()
      .refine((merge) => !merge.duplicateIds.includes(merge.primaryId), {
        message: 'the item kept cannot also be merged into itself',
        path: ['duplicateIds'],
      }),
  ),
  'feedback.unmerge': call<{ restored: number }>()(z.object({ mergeId: id }).strict()),
  'views.list': call<SavedView[]>()(z.object({}).strict()),
  'views.save': call<SavedView>()(
    z.object({ name: z.string().trim().min(1).max(60), state: savedViewStateSchema }).strict(),
  ),
  'views.delete': call<{ deleted: boolean }>()(z.object({ id }).strict()),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;

export const contract = {
  ...triageCalls,
  ...syncCalls,
  ...reportsCalls,
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type ParsedInput<N extends CallName> = z.output<Contract[N]['input']>;
export type CallResult<N extends CallName> = NonNullable<Contract[N]['result']>;
export type CallEnvelope<N extends CallName> = Envelope<CallResult<N>>;

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
