// What services emit events through: the core makes the sink and carries the events to the renderer, so a
// service announces a change without knowing who listens or importing the core.
import type { EventName, EventPayload } from '../../shared/events';
import type { RowsChanged } from '../../shared/rows-events';

export interface EventSink {
  emit<N extends EventName>(name: N, payload: EventPayload<N>): void;
}

/** For a dispatcher with no one to tell (tests, the pack command). */
export const silentSink: EventSink = { emit: () => {} };

/** Announces the rows an edit changed, once it is saved (its result is computed first), and returns its result. */
export function announced<T>(events: EventSink, change: RowsChanged, result: T): T {
  events.emit('rows.changed', change);
  return result;
}
