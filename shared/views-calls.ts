// The calls of saved views: a person's named filters, sort and columns of the queue.
import { z } from 'zod';
import { call, type CallSpec } from './contract-kit';
import { plainText } from './plain-text';
import { queueFilterSchema, queueSortSchema } from './queue';

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

export const viewsCalls = {
  'views.list': call<SavedView[]>()(z.object({}).strict()),
  'views.save': call<SavedView>({ writes: true })(
    z.object({ name: plainText().trim().min(1).max(60), state: savedViewStateSchema }).strict(),
  ),
  'views.delete': call<{ deleted: boolean }>({ writes: true })(z.object({ id: z.number().int().positive() }).strict()),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
