// What every service and every domain's handler table needs, kept below them so that no service imports the core.
import type { z } from 'zod';
import type { CallError, CallSpec, ErrorCode, InputOf } from '../../shared/contract-kit';
import type { Person } from '../../shared/domain';
import type { Db } from '../db/connection';
import type { EventSink } from './event-sink';

/** An error a service raises on purpose; its message is shown to the operator as it stands. */
export class ServiceError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ServiceError';
  }

  toCallError(): CallError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}

/** What the dispatcher hands every handler. */
export interface ServiceContext {
  db: Db;
  /** The person this console acts for; every query keeps to their regions. */
  person: Person;
  now: () => number;
  /** Where an edit announces the rows it changed. */
  events: EventSink;
}

type AnyCall = CallSpec<z.ZodType, unknown>;

/**
 * One call's handler: the input its schema parsed, and the result its declaration promises. A handler that must wait
 * (an upload sniffed by file-type, which only answers asynchronously) returns it as a promise.
 */
export type Handler<Call extends AnyCall> = (
  input: InputOf<Call>,
  context: ServiceContext,
) => NonNullable<Call['result']> | Promise<NonNullable<Call['result']>>;

/** A domain's handler table (its `handlers.ts`): one handler for each call in its `shared/<domain>-calls.ts`. */
export type HandlersFor<Calls extends Record<string, AnyCall>> = { [Name in keyof Calls]: Handler<Calls[Name]> };
