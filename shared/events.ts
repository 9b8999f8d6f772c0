// Every event the core pushes to the renderer, declared once per domain like the calls. The core emits
// them typed; the renderer takes its types from here.
import type { EventSpec } from './contract-kit';
import { importsEvents } from './imports-events';
import { reportsEvents } from './reports-events';
import { rostersEvents } from './rosters-events';
import { rowsEvents } from './rows-events';
import { syncEvents } from './sync-events';

export const events = {
  ...rowsEvents,
  ...syncEvents,
  ...reportsEvents,
  ...rostersEvents,
  ...importsEvents,
} satisfies Record<string, EventSpec<unknown>>;

export type EventName = keyof typeof events;
export type EventPayload<N extends EventName> = NonNullable<(typeof events)[N]['payload']>;
/** One event as it travels from the core to the renderer. */
export type CoreEvent = { [N in EventName]: { name: N; payload: EventPayload<N> } }[EventName];

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name);
}
