// What the console keeps only for a while: the record of edits the hub refused and of rows set aside. The status
// shows the newest; older ones would only grow the file. The sync runner prunes at each cycle.
import type { Db } from '../../db/open';
import { run } from '../../db/statement-cache';

export const SYNC_RECORD_RETENTION_MS = 30 * 24 * 3_600_000;

export function pruneSyncRecords(db: Db, now: number, retentionMs = SYNC_RECORD_RETENTION_MS): { rejections: number; quarantined: number } {
  const before = now - retentionMs;
  return db.transaction(() => ({
    rejections: run(db, 'DELETE FROM sync_rejections WHERE at < ?', [before]).changes,
    quarantined: run(db, 'DELETE FROM sync_quarantine WHERE at < ?', [before]).changes,
  }))();
}
