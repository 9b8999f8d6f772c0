import type { z } from 'zod';

/** One call between renderer and main: its input schema and, as a phantom, its result type. */
export interface CallSpec<Input extends z.ZodType, Result> {
  input: Input;
  /** Whether the call changes the store (or files): an unexpected failure is worded as a change not saved. */
  writes: boolean;
  /** Never read at run time: carries the result type to both sides. */
  result?: Result;
}

/** A call's input as its schema parses it: what the handler is given. */
export type InputOf<Call extends CallSpec<z.ZodType, unknown>> = z.output<Call['input']>;

/** A call's spec: `call<Result>()(schema)` for a read, `call<Result>({ writes: true })(schema)` for a change. */
export function call<Result>(options: { writes?: boolean } = {}) {
  return <Input extends z.ZodType>(input: Input): CallSpec<Input, Result> => ({ input, writes: options.writes ?? false });
}

export const ERROR_CODES = ['invalid_input', 'not_found', 'forbidden', 'conflict', 'unknown_call', 'internal'] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface CallError {
  code: ErrorCode;
  /** A sentence an operator can act on. */
  message: string;
  /** The input field at fault, as a path like `change.priority`, when there is one. */
  field?: string;
}

export type Envelope<Result> = { ok: true; value: Result } | { ok: false; error: CallError };

/** One event the core pushes to the renderer; its payload type rides as a phantom, like a call's result. */
export interface EventSpec<Payload> {
  /** Never read at run time: carries the payload type to both sides. */
  payload?: Payload;
}

export function event<Payload>(): EventSpec<Payload> {
  return {};
}
