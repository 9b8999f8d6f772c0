// Records kept aside during a run: gathered in a temporary table while the files are read, then stored with the run.
import path from 'node:path';
import type { Db } from '../../db/open';
import { all, run, value } from '../../db/statement-cache';
import { openCsv } from '../../ingest/csv-file';
import { clip, type Reject } from '../../ingest/read-entity';

export function createRejects(db: Db): (r: Reject) => void {
  db.exec('DROP TABLE IF EXISTS temp.stage_rejects');
  db.exec('CREATE TEMP TABLE stage_rejects (file TEXT, line INTEGER, column_name TEXT, value TEXT, reason TEXT, record TEXT, PRIMARY KEY (file, line))');
  return (r) => {
    run(db, 'INSERT OR IGNORE INTO temp.stage_rejects VALUES (?, ?, ?, ?, ?, ?)', [r.file, r.line, r.column, r.value, r.reason, r.record && JSON.stringify(r.record)]);
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

/**
 * Fills in the records of rejects found once staged (an unknown reference, no rate): staging keeps no copy of every
 * record's text for the few that need it, so each file holding such rejects is read again, once, for their lines.
 */
export async function readBackRecords(db: Db, dir: string): Promise<void> {
  const files = all<{ file: string }>(db, 'SELECT DISTINCT file FROM temp.stage_rejects WHERE record IS NULL ORDER BY file');
  for (const { file } of files) {
    const wanted = new Set(all<{ line: number }>(db, 'SELECT line FROM temp.stage_rejects WHERE file = ? AND record IS NULL', [file]).map((r) => r.line));
    const csv = await openCsv(path.join(dir, file));
    for await (const chunk of csv.items) {
      for (const item of chunk) {
        if ('values' in item && wanted.has(item.line)) {
          run(db, 'UPDATE temp.stage_rejects SET record = ? WHERE file = ? AND line = ?', [JSON.stringify(item.values.map(clip)), file, item.line]);
        }
      }
    }
  }
  // A file changed since it was staged: its rejects still say where and why.
  run(db, "UPDATE temp.stage_rejects SET record = '[]' WHERE record IS NULL");
}
