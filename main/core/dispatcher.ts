import { contract, isCallName, type CallName, type Contract } from '../../shared/contract';
import type { Envelope } from '../../shared/contract-kit';
import { silentSink, type EventSink } from '../services/event-sink';
import { ServiceError, type HandlersFor, type ServiceContext } from '../services/kit';
import { describeInvalidInput } from './validation';

const WRITE_FAILED = 'Something went wrong in the console; the change was not saved';
const READ_FAILED = 'Something went wrong in the console while reading; nothing was changed, try again';

/** Every call's handler: the domains' tables spread into one in handlers.ts. */
export type Handlers = HandlersFor<Contract>;

export interface Dispatcher {
  /** For calls that answer at once: a call whose handler must wait (sniffing an upload) is refused here. */
  dispatch(name: string, input: unknown): Envelope<unknown>;
  /** Every call, waiting for those whose handler must: what the worker uses. */
  dispatchAsync(name: string, input: unknown): Promise<Envelope<unknown>>;
}

const isPromise = (value: unknown): value is Promise<unknown> => value instanceof Promise;

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
  const failure = (name: CallName, error: unknown): Envelope<unknown> => {
    if (error instanceof ServiceError) return { ok: false, error: error.toCallError() };
    // Only the call name and the error reach the log: inputs may hold personal data.
    log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return { ok: false, error: { code: 'internal', message: contract[name].writes ? WRITE_FAILED : READ_FAILED } };
  };
  /** The handler's answer (maybe still to come), or the envelope that ends the call before it runs. */
  const start = (name: string, input: unknown): { call: CallName; answer: unknown } | Envelope<unknown> => {
    if (!isCallName(name)) {
      return { ok: false, error: { code: 'unknown_call', message: `There is no call named "${name.slice(0, 60)}"` } };
    }
    const parsed = contract[name].input.safeParse(input ?? {});
    if (!parsed.success) return { ok: false, error: describeInvalidInput(parsed.error, input) };
    try {
      const handler = handlers[name] as (input: unknown, context: ServiceContext) => unknown;
      return { call: name, answer: handler(parsed.data, { ...context(), events }) };
    } catch (error) {
      return failure(name, error);
    }
  };
  return {
    dispatch(name, input) {
      const started = start(name, input);
      if (!('call' in started)) return started;
      if (isPromise(started.answer)) {
        started.answer.catch(() => undefined);
        return failure(started.call, new Error(`${started.call} answers later: it goes through dispatchAsync`));
      }
      return { ok: true, value: started.answer };
    },
    async dispatchAsync(name, input) {
      const started = start(name, input);
      if (!('call' in started)) return started;
      try {
        return { ok: true, value: await started.answer };
      } catch (error) {
        return failure(started.call, error);
      }
    },
  };
}
