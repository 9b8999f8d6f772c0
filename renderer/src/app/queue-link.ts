// Opening the queue on a filter from another screen (the rosters' "their customers' feedback"): the filter waits
// here until the queue, mounted by the screen change, takes it as its first filter.
import type { QueueFilter } from '../../../shared/queue';

let pending: QueueFilter | null = null;

export function queueLinkTo(filter: QueueFilter): void {
  pending = filter;
}

/** The filter another screen asked for, once; null when none did. */
export function takeQueueLink(): QueueFilter | null {
  const filter = pending;
  pending = null;
  return filter;
}
