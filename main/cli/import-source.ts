// npm run import -- --source olist --dir DIR [--db PATH] [--dry-run]
// Imports a platform's export into a console database through the source's mapping (main/ingest/sources/).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { RATES_DIR } from '../ingest/sources/rates-dir';
import { SOURCES, sourceNamed } from '../ingest/sources/olist';
import { defaultDatabasePath } from '../paths';
import { writeDirectoryIfEmpty } from '../seed/write-directory';
import { warmRollups } from '../services/metrics/warm-rollups';
import { importSource, type ImportSummary } from '../services/imports/run-import';
import { totals } from '../services/imports/tally';
import { parseFlags } from './flags';

const USAGE = `Usage: npm run import -- --source ${Object.keys(SOURCES).join('|')} --dir DIR [--db PATH] [--dry-run]

  --source   the source's mapping (main/ingest/sources/)
  --dir      the folder holding the source's files
  --db       the console database; default $OPS_DB, else ${defaultDatabasePath()}
  --dry-run  read and check everything, say what would change, change nothing`;

function printSummary(summary: ImportSummary, dryRun: boolean): void {
  if (summary.state === 'refused') {
    console.error(`import: refused, nothing changed: ${summary.message}`);
    return;
  }
  const sum = totals(summary.tallies);
  const what = dryRun ? 'Dry run, nothing written; would have' : `Run ${summary.runId}:`;
  console.log(`${what} read ${summary.records} records: ${sum.inserted} rows new, ${sum.updated} changed, ${sum.unchanged} unchanged, ${summary.rejected} rejected`);
  for (const [table, t] of Object.entries(summary.tallies)) console.log(`  ${table.padEnd(15)} ${t.inserted} new, ${t.updated} changed, ${t.unchanged} unchanged`);
  console.log(`  reviews that are not feedback (good score, no comment): ${summary.notFeedback}`);
  for (const r of summary.rejects) console.log(`  rejected ${r.file}:${r.line}: ${r.reason}`);
  if (summary.rejected > summary.rejects.length) console.log(`  ... and ${summary.rejected - summary.rejects.length} more (the Imports screen downloads them all as CSV)`);
}

export async function importSourceCommand(argv: readonly string[]): Promise<number> {
  let flags;
  try {
    flags = parseFlags(argv, { values: ['source', 'dir', 'db'], switches: ['dry-run', 'help'] });
  } catch (error) {
    console.error(`import: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (flags.switches.help) {
    console.log(USAGE);
    return 0;
  }
  const { source, dir } = flags.values;
  const mapping = sourceNamed(source);
  if (!mapping) {
    console.error(`import: --source ${source === undefined ? 'is missing' : `"${source}" is not a source`}: use one of ${Object.keys(SOURCES).join(', ')}\n\n${USAGE}`);
    return 2;
  }
  if (dir === undefined || !existsSync(dir)) {
    console.error(`import: --dir ${dir === undefined ? 'is missing' : `"${dir}": there is no such folder`}\n\n${USAGE}`);
    return 2;
  }
  const dryRun = flags.switches['dry-run'] === true;
  const dbPath = path.resolve(flags.values.db ?? (process.env.OPS_DB || defaultDatabasePath()));
  const db = openDatabase(dbPath);
  try {
    // A new database gets the regions, people and SLA policies (not the demo customers), so the console opens it.
    writeDirectoryIfEmpty(db);
    const summary = await importSource(db, mapping, { dir, ratesDir: RATES_DIR, dryRun, onProgress: (step) => console.log(`  ${step}`) });
    printSummary(summary, dryRun);
    if (summary.state === 'refused') return 1;
    if (!dryRun) warmRollups(db);
    return 0;
  } finally {
    db.close();
  }
}
