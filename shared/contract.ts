// Every call between renderer and main: each domain declares its calls in `shared/<domain>-calls.ts`, and this
// table only gathers them. Main validates each input with their schemas; the renderer takes its types from here.
import { complianceCalls } from './compliance-calls';
import type { z } from 'zod';
import type { CallSpec, Envelope } from './contract-kit';
import { feedbackCalls } from './feedback-calls';
import { importsCalls } from './imports-calls';
import { reportsCalls } from './reports-calls';
import { rostersCalls } from './rosters-calls';
import { sessionCalls } from './session-calls';
import { syncCalls } from './sync-calls';
import { viewsCalls } from './views-calls';

export const contract = {
  ...sessionCalls,
  ...feedbackCalls,
  ...viewsCalls,
  ...syncCalls,
  ...reportsCalls,
  ...rostersCalls,
  ...complianceCalls,
  ...importsCalls,
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export type CallInput<N extends CallName> = z.input<Contract[N]['input']>;
export type CallResult<N extends CallName> = NonNullable<Contract[N]['result']>;
export type CallEnvelope<N extends CallName> = Envelope<CallResult<N>>;

export function isCallName(name: string): name is CallName {
  return Object.hasOwn(contract, name);
}
