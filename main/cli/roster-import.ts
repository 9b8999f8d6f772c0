// `npm run import -- --kind kols|kol-posts|communities|community-members --file F.csv [--db PATH] [--dry-run]`:
// the same rosters.import call the Rosters screen makes, as the console's current person. A dry run lists what
// would be added and every bad row, writing nothing; otherwise the good rows go in one transaction and the rejected
// ones to imports/<file>.rejected.csv beside the database.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Envelope } from '../../shared/contract-kit';
import { IMPORT_KINDS, type ImportKind, type ImportReport } from '../../shared/rosters-import';
import { createCore } from '../core/core';
import { defaultDatabasePath } from '../paths';
import { parseFlags, UsageError } from './flags';

const USAGE = `Usage: npm run import -- --kind ${IMPORT_KINDS.join('|')} --file F.csv [--db PATH] [--dry-run]

  --kind     what the file holds
  --file     the CSV file (UTF-8, first line the column names)
  --db       the console database; default $OPS_DB, else ${defaultDatabasePath()}
  --dry-run  check the file and say what would change, writing nothing`;

interface ImportArgs {
  kind: ImportKind;
  file: string;
  db: string;
  dryRun: boolean;
}

function parseArgs(argv: readonly string[]): ImportArgs {
  const { values, switches } = parseFlags(argv, { values: ['kind', 'file', 'db'], switches: ['dry-run'] });
  if (!values.kind || !(IMPORT_KINDS as readonly string[]).includes(values.kind)) {
    throw new UsageError(`--kind "${values.kind ?? ''}" is not one of ${IMPORT_KINDS.join(', ')}`);
  }
  if (!values.file) throw new UsageError('--file is missing: name the CSV file to import');
  const file = path.resolve(values.file);
  if (!existsSync(file)) throw new UsageError(`--file "${values.file}": there is no file there`);
  const db = path.resolve(values.db ?? (process.env.OPS_DB || defaultDatabasePath()));
  if (!existsSync(db)) throw new UsageError(`--db "${db}": there is no database file there (npm run seed makes one)`);
  return { kind: values.kind as ImportKind, file, db, dryRun: switches['dry-run'] };
}

function printReport(report: ImportReport): void {
  const verb = report.committed ? 'added' : 'would add';
  console.log(`${report.fileName}: ${report.rows} rows; ${verb} ${report.added}, ${report.unchanged} unchanged, ${report.rejected} rejected`);
  for (const p of report.problems) console.log(`  line ${p.row}, ${p.column} "${p.value}": ${p.reason}`);
  if (report.rejectedFile) console.log(`Rejected rows, to fix and import again: ${report.rejectedFile}`);
}

export async function runRosterImport(argv: readonly string[]): Promise<number> {
  let args: ImportArgs;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`import: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  const core = createCore({ dbPath: args.db, log: (line) => console.error(line) });
  try {
    const content = readFileSync(args.file).toString('base64');
    const answer = core.dispatcher.dispatch('rosters.import', { kind: args.kind, fileName: path.basename(args.file), content, commit: !args.dryRun }) as Envelope<ImportReport>;
    if (!answer.ok) {
      console.error(`import: ${answer.error.message}`);
      return 1;
    }
    printReport(answer.value);
    return answer.value.rejected > 0 ? 3 : 0;
  } finally {
    core.close();
  }
}
