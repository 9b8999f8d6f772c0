// What a console does before its core starts, in both shells: a newcomer's empty database gets the small demo set,
// so they see a working console at once. The core itself never seeds; it serves whatever store it is given.
import { openDatabase, type OpenOptions } from '../db/open';
import { value } from '../db/statement-cache';
import { seedDatabase } from '../seed/write-sqlite';
import { writeEvidenceFiles } from '../services/compliance/evidence-files';
import { warmRollups } from '../services/metrics/warm-rollups';
import { readSyncState } from '../services/sync/sync-state';

/**
 * Seeds the small demo set (and warms its reports' rollup, so Reports opens at once too) into a database holding no
 * customers, unless it was ever signed in to a hub: such a console takes its rows from there only, even before the
 * first snapshot lands. Returns whether it seeded.
 */
export function seedEmptyDatabase(dbPath: string, options: OpenOptions & { log: (line: string) => void; until?: Date }): boolean {
  const db = openDatabase(dbPath, options);
  try {
    const customers = value<number>(db, 'SELECT count(*) FROM customers') ?? 0;
    if (customers > 0 || readSyncState(db) !== undefined) return false;
    const started = performance.now();
    writeEvidenceFiles(db, seedDatabase(db, { scale: 'small', until: options.until ?? new Date() }).evidenceFiles);
    warmRollups(db);
    options.log(`Empty database: seeded the small demo set and its reports in ${Math.round(performance.now() - started)} ms`);
    return true;
  } finally {
    db.close();
  }
}
