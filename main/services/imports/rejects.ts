// Records kept aside during a run: gathered in a temporary table while the files are read, then stored with the run.
import type { Db } from '../../db/open';
import { all, run, value } from '../../db/statement-cache';
import type { Reject } from '../../ingest/read-entity';

export function createRejects(db: Db): (r: Reject) => void {
  db.exec('DROP TABLE IF EXISTS temp.stage_rejects');
  db.exec('CREATE TEMP TABLE stage_rejects (file TEXT, line INTEGER, column_name TEXT, value TEXT, reason TEXT, record TEXT, PRIMARY KEY (file, line))');
  return (r) => {
    run(db, 'INSERT OR IGNORE INTO temp.stage_rejects VALUES (?, ?, ?, ?, ?, ?)', [r.file, r.line, r.column, r.value, r.reason, JSON.stringify(r.record)]);
  };
}

export function rejectCount(db: Db): number {
  return value<number>(db, 'SELECT count(*) FROM temp.stage_rejects') ?? 0;
}

export function firstRejects(db: Db, limit: number): Omit<Reject, 'record'>[] {
  return all<Omit<Reject, 'record'>>(db, 'SELECT file, line, column_name AS "column", value, reason FROM temp.stage_rejects ORDER BY file, line LIMIT ?', [limit]);
}

/** Copies the run's rejects into import_rejects; runs inside the transaction that closes the run. */
export function storeRejects(db: Db, runId: number): void {
  run(db, 'INSERT INTO import_rejects (run_id, file, line, column_name, value, reason, record) SELECT ?, file, line, column_name, value, reason, record FROM temp.stage_rejects', [runId]);
}
