// `npm run import -- --kind kols|kol-posts|communities|community-members --file F.csv [--db PATH] [--dry-run]`:
// the same import the Rosters screen makes, within the console's current person's regions, but run by the machine's
// user rather than a person: it is allowed whatever that person's role, and its audit events say "command line". A
// dry run lists what would be added and every bad row, writing nothing; otherwise the good rows go in one
// transaction and the rejected ones to imports/<file>.rejected.csv beside the database.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { IMPORT_KINDS, type ImportKind, type ImportReport } from '../../shared/rosters-import';
import { openDatabase } from '../db/open';
import { defaultDatabasePath } from '../paths';
import { ServiceError } from '../services/kit';
import { importRoster } from '../services/rosters/import/import-service';
import { currentPerson } from '../services/session/session-service';
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
  const db = openDatabase(args.db);
  try {
    const request = { kind: args.kind, fileName: path.basename(args.file), bytes: readFileSync(args.file), commit: !args.dryRun, via: 'command line' as const };
    const report = importRoster(db, request, currentPerson(db), Date.now());
    printReport(report);
    return report.rejected > 0 ? 3 : 0;
  } catch (error) {
    if (!(error instanceof ServiceError)) throw error;
    console.error(`import: ${error.message}`);
    return 1;
  } finally {
    db.close();
  }
}
