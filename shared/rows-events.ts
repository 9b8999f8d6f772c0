// The event of the store: rows changed under the screens that show them, by an edit in any window of this
// console or by a page pulled from the hub. Screens fetch their rows again; nothing polls.
import { event, type EventSpec } from './contract-kit';
import type { RegionCode } from './domain';

/** The table names of the store (shared/sync-tables.ts lists the synced ones). */
export type TableName = string;

export interface RowsChanged {
  tables: TableName[];
  /**
   * For the tables of feedback items (feedback and what hangs off an item): only these items changed.
   * Absent when they are unknown or too many to list: then any item may have changed.
   */
  feedbackIds?: number[];
  /** Every changed row lies in these regions; absent when unknown (then any region may have changed). */
  regions?: RegionCode[];
  /** An edit made in this console (any of its windows), or rows pulled from the hub. */
  source: 'edit' | 'sync';
}

/** Beyond this many, ids are left out: a screen then refreshes whatever it shows. */
export const MAX_EVENT_IDS = 1_000;

export const rowsEvents = {
  'rows.changed': event<RowsChanged>(),
} satisfies Record<string, EventSpec<unknown>>;
