import { contract, isCallName, type Contract } from '../../shared/contract';
import type { Envelope } from '../../shared/contract-kit';
import { silentSink, type EventSink } from '../services/event-sink';
import { ServiceError, type HandlersFor, type ServiceContext } from '../services/kit';
import { describeInvalidInput } from './validation';

const WRITE_FAILED = 'Something went wrong in the console; the change was not saved';
const READ_FAILED = 'Something went wrong in the console while reading; nothing was changed, try again';

/** Every call's handler: the domains' tables spread into one in handlers.ts. */
export type Handlers = HandlersFor<Contract>;

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
        const handler = handlers[name] as (input: unknown, context: ServiceContext) => unknown;
        return { ok: true, value: handler(parsed.data, { ...context(), events }) };
      } catch (error) {
        if (error instanceof ServiceError) return { ok: false, error: error.toCallError() };
        // Only the call name and the error reach the log: inputs may hold personal data.
        log(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return { ok: false, error: { code: 'internal', message: contract[name].writes ? WRITE_FAILED : READ_FAILED } };
      }
    },
  };
}
