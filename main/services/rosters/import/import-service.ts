// A roster import: the file checked row by row (every bad row named by line, column, value and reason), nothing
// written on a preview; on a commit the good rows in one transaction with their outbox mutations, and the rejected
// rows saved as CSV (with a `problem` column) in `imports/` beside the database, and each imported KOL or post leaves
// an event in its KOL's audit trail naming the file. A row the store already holds with the same values is unchanged,
// so importing a file again changes nothing. From the screen only an operator imports; `npm run import` runs as the
// machine's user, not a person, and may always (its events name no one).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'csv-stringify/sync';
import type { Person } from '../../../../shared/domain';
import { MAX_IMPORT_BYTES, type ImportKind, type ImportProblem, type ImportReport } from '../../../../shared/rosters-import';
import { ROSTERS_TABLES } from '../../../../shared/tables/rosters-tables';
import type { Db } from '../../../db/open';
import { run, type SqlValue } from '../../../db/statement-cache';
import { ServiceError } from '../../kit';
import { recordImport } from '../roster-events';
import { newRowId } from '../roster-ids';
import { queueInsert } from '../roster-outbox';
import { requireRosterEditor } from '../roster-roles';
import { COMMUNITIES_IMPORT, COMMUNITY_MEMBERS_IMPORT } from './community-import-kinds';
import { readCsv } from './csv-bytes';
import type { ImportKindSpec } from './import-fields';
import { KOL_POSTS_IMPORT, KOLS_IMPORT } from './kol-import-kinds';

const KINDS: Record<ImportKind, ImportKindSpec> = {
  kols: KOLS_IMPORT,
  'kol-posts': KOL_POSTS_IMPORT,
  communities: COMMUNITIES_IMPORT,
  'community-members': COMMUNITY_MEMBERS_IMPORT,
};
const LISTED_PROBLEMS = 1_000;
const PREVIEW_ROWS = 20;

/** Values compared for "the store already holds this row": all but the id and the time of the last change. */
function sameRow(names: readonly string[], a: readonly SqlValue[], b: readonly SqlValue[]): boolean {
  return names.every((name, i) => name === 'id' || name === 'updated_at' || a[i] === b[i]);
}

export interface ImportRequest {
  kind: ImportKind;
  fileName: string;
  bytes: Uint8Array;
  commit: boolean;
  /** Who asks: a person on the Rosters screen, or `npm run import` on this machine. */
  via: 'screen' | 'command line';
}

export function importRoster(db: Db, request: ImportRequest, person: Person, now: number): ImportReport {
  if (request.via === 'screen') requireRosterEditor(person);
  if (request.bytes.length > MAX_IMPORT_BYTES) throw new ServiceError('invalid_input', `The file is over ${MAX_IMPORT_BYTES / 1_000_000} MB: split it and import the parts`, 'content');
  const spec = KINDS[request.kind];
  const table = ROSTERS_TABLES.find((t) => t.name === spec.table);
  if (!table) throw new Error(`${spec.table} is not a roster table`);
  const names = table.columns.map((c) => c.name);
  const { columns, records } = readCsv(request.bytes, spec.required, spec.optional);

  const write = () => {
    const problems: ImportProblem[] = [];
    const rejectedLines: { values: Record<string, string>; reasons: string[] }[] = [];
    const good: { line: number; row: SqlValue[] }[] = [];
    const seen = new Map<string, number>();
    let unchanged = 0;
    for (const record of records) {
      const reader = { db, person, now, values: record.values, problems: [] as ImportProblem[], line: record.line };
      const row = spec.read(reader, newRowId());
      if (row) {
        const key = spec.key(row);
        const earlier = seen.get(key);
        const existing = spec.existing(db, row);
        if (earlier !== undefined) {
          const column = spec.taken(row).column;
          reader.problems.push({ row: record.line, column, value: record.values[column] ?? '', reason: `repeats line ${earlier} of this file` });
        } else if (existing && sameRow(names, existing, row)) {
          seen.set(key, record.line);
          unchanged++;
          continue;
        } else if (existing) {
          const { column, reason } = spec.taken(existing);
          reader.problems.push({ row: record.line, column, value: record.values[column] ?? '', reason });
        } else {
          seen.set(key, record.line);
          good.push({ line: record.line, row });
          // Written at once in a commit, so later rows (a post of a KOL above) find it.
          if (request.commit) run(db, `INSERT INTO ${spec.table} (${names.map((n) => `"${n}"`).join(', ')}) VALUES (${names.map(() => '?').join(', ')})`, row);
          continue;
        }
      }
      problems.push(...reader.problems);
      rejectedLines.push({ values: record.values, reasons: reader.problems.map((p) => `${p.column}: ${p.reason}`) });
    }
    if (request.commit) {
      const rows = good.map((g) => g.row);
      queueInsert(db, spec.table, rows, now);
      recordImport(db, spec.table, names, rows, request.fileName, request.via === 'screen' ? person.id : null, now);
    }
    return { problems, rejectedLines, good, unchanged };
  };
  // A commit is one transaction; a preview runs the same checks and writes nothing.
  const outcome = request.commit ? db.transaction(write)() : write();

  let rejectedFile: string | null = null;
  if (request.commit && outcome.rejectedLines.length > 0) {
    const folder = path.join(path.dirname(db.name), 'imports');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    rejectedFile = path.join(folder, `${request.fileName.replace(/\.csv$/i, '')}.rejected.csv`);
    const header = [...columns, 'problem'];
    writeFileSync(rejectedFile, stringify([header, ...outcome.rejectedLines.map((l) => [...columns.map((c) => l.values[c] ?? ''), l.reasons.join('; ')])]), { mode: 0o600 });
  }
  return {
    kind: request.kind,
    fileName: request.fileName,
    rows: records.length,
    added: outcome.good.length,
    unchanged: outcome.unchanged,
    rejected: outcome.rejectedLines.length,
    problems: outcome.problems.slice(0, LISTED_PROBLEMS),
    preview: outcome.good.slice(0, PREVIEW_ROWS).map((g) => ({ row: g.line, values: Object.fromEntries(names.map((n, i) => [n, g.row[i] === null ? '' : String(g.row[i])])) })),
    committed: request.commit,
    rejectedFile,
  };
}
