import type { Db } from '../../db/open';
import { column, run, value } from '../../db/statement-cache';

/**
 * Rows this console makes before the hub numbers them (audit events, merges) take ids rising from 2^52:
 * far above any id the hub hands out, so they never collide with the hub's, still sort in the order they
 * were made, and are known as local when the hub's own rows come to replace them.
 */
export const LOCAL_ID_FLOOR = 2 ** 52;

export function nextLocalId(db: Db, table: 'feedback_events' | 'feedback_merges'): number {
  const last = value<number>(db, `SELECT id FROM ${table} WHERE id >= ${LOCAL_ID_FLOOR} ORDER BY id DESC LIMIT 1`);
  return last === undefined ? LOCAL_ID_FLOOR : last + 1;
}

export function isLocalId(id: number): boolean {
  return id >= LOCAL_ID_FLOOR;
}

/** A local merge about to give way to the hub's row, with the items it folded. */
export interface LocalMerge {
  localId: number;
  members: number[];
}

/** The local merges of an item, read before they are deleted for the hub's version. */
export function localMergesOf(db: Db, primaryId: number): LocalMerge[] {
  const ids = column<number>(db, `SELECT id FROM feedback_merges WHERE primary_id = ? AND id >= ${LOCAL_ID_FLOOR}`, [primaryId]);
  return ids.map((localId) => ({ localId, members: column<number>(db, 'SELECT id FROM feedback WHERE merge_id = ?', [localId]) }));
}

/** Once the hub's rows apply, each local merge's items name the hub's merge: kept as the local id's alias. */
export function recordMergeAliases(db: Db, merges: readonly LocalMerge[]): void {
  for (const { localId, members } of merges) {
    const hubId = value<number>(
      db,
      `SELECT merge_id FROM feedback WHERE id IN (SELECT value FROM json_each(?)) AND merge_id < ${LOCAL_ID_FLOOR} LIMIT 1`,
      [JSON.stringify(members)],
    );
    if (hubId !== undefined) run(db, 'INSERT OR REPLACE INTO merge_aliases (local_id, hub_id) VALUES (?, ?)', [localId, hubId]);
  }
}

/** The hub's id of a merge made here under a local id, once the hub's row has replaced the local one. */
export function hubMergeId(db: Db, localId: number): number | undefined {
  return value<number>(db, 'SELECT hub_id FROM merge_aliases WHERE local_id = ?', [localId]);
}
