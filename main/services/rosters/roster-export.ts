// The one way a roster grid or table becomes a file: CSV or XLSX in `exports/` beside the database, with the review
// pack's writers, readable by its user only. A CSV is written before the call answers; a workbook after, announced by
// rosters.exportDone.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Db } from '../../db/open';
import type { EventSink } from '../event-sink';
import { tableCsv } from '../review-pack/csv';
import type { PackTable } from '../review-pack/pack-tables';
import { workbookBuffer } from '../review-pack/xlsx';

export type ExportFormat = 'csv' | 'xlsx';

function stampOf(now: number): string {
  return new Date(now).toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
}

/** Writes `table` as `<table.file>-<UTC stamp>.<format>`; `written` is false for a workbook still being written. */
export function writeRosterExport(db: Db, table: PackTable, format: ExportFormat, now: number, events: EventSink): { file: string; rows: number; written: boolean } {
  const folder = path.join(path.dirname(path.resolve(db.name)), 'exports');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, `${table.file}-${stampOf(now)}.${format}`);
  if (format === 'csv') {
    writeFileSync(file, tableCsv([table]), { mode: 0o600 });
    return { file, rows: table.rows.length, written: true };
  }
  workbookBuffer([table], table.sheet, new Date(now)).then(
    (buffer) => {
      writeFileSync(file, buffer, { mode: 0o600 });
      events.emit('rosters.exportDone', { file, error: null });
    },
    (error: unknown) => events.emit('rosters.exportDone', { file, error: error instanceof Error ? error.message : String(error) }),
  );
  return { file, rows: table.rows.length, written: false };
}
