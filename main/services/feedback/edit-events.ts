// An edit of feedback items tells every window of this console, so another window's queue and detail pane follow.
import { MAX_EVENT_IDS } from '../../../shared/rows-events';
import { announced, type EventSink } from '../event-sink';

/** The tables an edit of feedback items may write. */
const ITEM_TABLES = ['feedback', 'feedback_events', 'feedback_tags', 'feedback_sla_pauses', 'feedback_merges'];

/** Announces an edit once it is saved and returns its result; ids are the items edited, when the caller knows them. */
export function announceEdit<T>(events: EventSink, result: T, feedbackIds?: readonly number[]): T {
  const ids = feedbackIds && feedbackIds.length <= MAX_EVENT_IDS ? { feedbackIds: [...new Set(feedbackIds)] } : {};
  return announced(events, { tables: [...ITEM_TABLES], source: 'edit', ...ids }, result);
}
