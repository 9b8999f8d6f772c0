// Opening the queue on a filter from another screen (the rosters' "their customers' feedback"): the filter waits
// here until the queue, mounted by the screen change, takes it as its first filter.
import type { QueueFilter } from '../../../shared/queue';

let pending: QueueFilter | null = null;
// Set by the ScreenProvider: this module may not import the screens (they import it), so the provider lends its way.
let showQueue: () => void = () => {};

export function setQueueOpener(open: () => void): void {
  showQueue = open;
}

/** Shows the queue on this filter. */
export function openQueueWith(filter: QueueFilter): void {
  pending = filter;
  showQueue();
}

/** The filter another screen asked for, once; null when none did. */
export function takeQueueLink(): QueueFilter | null {
  const filter = pending;
  pending = null;
  return filter;
}
