// Which screens a rows.changed event concerns, and how a burst of them folds into one refresh.
import type { RegionCode } from '../../../shared/domain';
import type { RowsChanged } from '../../../shared/rows-events';
import { TABLE_NAMES } from '../../../shared/table-registry';

/** The tables of one feedback item: the item and what hangs off it. */
const ITEM_TABLES = new Set(['feedback', 'feedback_tags', 'feedback_events', 'feedback_sla_pauses', 'feedback_merges']);
/** What a queue row or the detail pane shows besides the item: its customer, order, assignee and SLA policy. */
const QUEUE_TABLES = new Set([...ITEM_TABLES, 'customers', 'orders', 'people', 'sla_policies']);

/** After a break in the event stream: anything may have changed. */
export const EVERYTHING: RowsChanged = { tables: [...TABLE_NAMES, 'saved_views'], source: 'sync' };

/** One change covering both: ids and regions stay known only while both know them. */
export function mergeRowsChanged(a: RowsChanged, b: RowsChanged): RowsChanged {
  const union = <T,>(x: T[] | undefined, y: T[] | undefined) => (x && y ? [...new Set([...x, ...y])] : undefined);
  const feedbackIds = union(a.feedbackIds, b.feedbackIds);
  const regions = union(a.regions, b.regions);
  return {
    tables: [...new Set([...a.tables, ...b.tables])],
    source: a.source === b.source ? a.source : 'sync',
    ...(feedbackIds ? { feedbackIds } : {}),
    ...(regions ? { regions } : {}),
  };
}

/** Whether the queue's rows may show something else now. */
export function touchesQueue(change: RowsChanged): boolean {
  return change.tables.some((table) => QUEUE_TABLES.has(table));
}

/** Whether the detail of feedback item `id` may show something else now. */
export function touchesItem(change: RowsChanged, id: number): boolean {
  return change.tables.some((table) =>
    ITEM_TABLES.has(table) ? change.feedbackIds === undefined || change.feedbackIds.includes(id) : QUEUE_TABLES.has(table),
  );
}

/** Whether rows of any of `regions` may have changed (the Reports screen's figures). */
export function touchesRegions(change: RowsChanged, regions: readonly RegionCode[]): boolean {
  return change.tables.length > 0 && (change.regions === undefined || change.regions.some((region) => regions.includes(region)));
}
