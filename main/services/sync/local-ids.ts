import type { Db } from '../../db/open';
import { value } from '../../db/statement-cache';

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
