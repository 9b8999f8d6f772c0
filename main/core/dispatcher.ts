import { contract, isCallName, type CallName, type CallResult, type ParsedInput } from '../../shared/contract';
import type { Envelope } from '../../shared/contract-kit';
import type { Person } from '../../shared/domain';
import type { Db } from '../db/open';
import { silentSink, type EventSink } from '../services/event-sink';
import { ServiceError } from './service-error';
import { describeInvalidInput } from './validation';

export interface ServiceContext {
  db: Db;
  /** The person this console acts for; every query keeps to their regions. */
  person: Person;
  now: () => number;
  /** Where an edit announces the rows it changed. */
  events: EventSink;
}

export type Handler<N extends CallName> = (input: ParsedInput<N>, context: ServiceContext) => CallResult<N>;
export type Handlers = { [N in CallName]: Handler<N> };
/** The handlers of one domain's calls, merged into the one table in handlers.ts. */
export type HandlersFor<Calls> = { [N in keyof Calls & CallName]: Handler<N> };

export interface Dispatcher {
  dispatch(name: string, input: unknown): Envelope<unknown>;
}

/**
 * The one entry point both shells use: looks the call up in the contract, validates its input,
 * runs the service and turns every failure into a typed error.
 */
export function createDispatcher(
  handlers: Handlers,
  context: () => Omit<ServiceContext, 'events'>,
  log: (line: string) => void,
  events: EventSink = silentSink,
): Dispatcher {
  return {
    dispatch(name, input) {
      if (!isCallName(name)) {
        return { ok: false, error: { code: 'unknown_call', message: `There is no call named "${name.slice(0, 60)}"` } };
      }
      const parsed = contract[name].input.safeParse(input ?? {});
      if (!parsed.success) return { ok: false, error: describeInvalidInput(parsed.error, input) };
      try {
        const handler = handlers[name] as Handler<CallName>;
        return { ok: true, value: handler(parsed.data as ParsedInput<CallName>, { ...context(), events }) };
      } catch (error) {
        if (error instanceof ServiceError) return { ok: false, error: error.toCallError() };
        // Only the call name and the error reach the log: inputs may hold personal data.
        log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return { ok: false, error: { code: 'internal', message: 'Something went wrong in the console; the change was not saved' } };
      }
    },
  };
}
