// The calls of sync with the regional hub. None waits on the network: they read and change the local
// store and wake the sync runner, which reports through sync.status and the sync.statusChanged event.
import { z } from 'zod';
import { call, type CallSpec } from './contract-kit';
import type { SyncConflict, SyncStatus } from './sync';

const hubUrl = z
  .string()
  .trim()
  .max(500)
  .refine((text) => /^https?:\/\/[^\s/]+/i.test(text), { message: 'the hub address starts with http:// or https://' });

export const syncCalls = {
  'sync.status': call<SyncStatus>()(z.object({}).strict()),
  'sync.signIn': call<SyncStatus>({ writes: true })(
    z.object({ hubUrl, token: z.string().trim().min(8, 'a token is at least 8 characters').max(512) }).strict(),
  ),
  'sync.signOut': call<SyncStatus>({ writes: true })(z.object({}).strict()),
  'sync.now': call<SyncStatus>()(z.object({}).strict()),
  'sync.conflicts': call<SyncConflict[]>()(z.object({}).strict()),
  'sync.resolveConflict': call<{ remaining: number }>({ writes: true })(
    z.object({ id: z.number().int().positive(), keep: z.enum(['local', 'hub']) }).strict(),
  ),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
