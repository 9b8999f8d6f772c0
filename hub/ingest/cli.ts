// npm run hub:import -- --source olist --dir DIR [--dry-run] [--batch-rows N] [--database-url URL]
// npm run hub:import -- --runs [--source olist] [--limit N] [--database-url URL]
// Imports a platform's export into the hub, which consoles then sync, or lists the hub's recent imports (the CLI's and
// the ingest endpoint's). Without a URL it works on the embedded database of `npm run hub` (stop the hub first: one
// server per data folder).
import { parseFlags } from '../../main/cli/flags';
import { RATES_DIR } from '../../main/ingest/sources/rates-dir';
import { SOURCES, sourceNamed } from '../../main/ingest/sources/olist';
import { createPool, type Pool } from '../db/pool';
import { migrateHub } from '../db/migrate';
import { hubDatabase } from '../local-database';
import { describeRun, importFolderIntoHub, readHubRuns } from './import-runs';

const USAGE = `Usage: npm run hub:import -- --source ${Object.keys(SOURCES).join('|')} --dir DIR [--dry-run] [--batch-rows N] [--database-url URL]
       npm run hub:import -- --runs [--source ${Object.keys(SOURCES).join('|')}] [--limit N] [--database-url URL]`;
const MAX_LISTED = 1_000;
/** Most rows a write transaction may carry: each holds the hub's sequence row against console pushes while it writes. */
const MAX_BATCH_ROWS = 100_000;

function fail(message: string): number {
  console.error(`hub:import: ${message}\n${USAGE}`);
  return 2;
}

async function listRuns(pool: Pool, source: string | undefined, limit: number): Promise<number> {
  const runs = await readHubRuns(pool, { sources: source === undefined ? undefined : [source], limit });
  if (runs.length === 0) console.log(`No imports recorded${source === undefined ? '' : ` for ${source}`}.`);
  for (const run of runs) console.log(describeRun(run));
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const { values, switches } = parseFlags(argv, { values: ['source', 'dir', 'database-url', 'limit', 'batch-rows'], switches: ['dry-run', 'runs'] });
  const mapping = sourceNamed(values.source);
  if (values.source !== undefined && !mapping) return fail(`--source ${values.source}: use one of ${Object.keys(SOURCES).join(', ')}`);
  const limit = Number(values.limit ?? 20);
  if (!switches.runs) {
    if (!mapping) return fail('--source is missing');
    if (values.dir === undefined) return fail('--dir is missing');
    if (values.limit !== undefined) return fail('--limit goes with --runs');
    if (values['batch-rows'] !== undefined) {
      const rows = Number(values['batch-rows']);
      if (!Number.isInteger(rows) || rows < 1 || rows > MAX_BATCH_ROWS) return fail(`--batch-rows ${values['batch-rows']}: give a whole number from 1 to ${MAX_BATCH_ROWS.toLocaleString('en-US')}`);
    }
  } else {
    if (values.dir !== undefined || switches['dry-run'] || values['batch-rows'] !== undefined) {
      return fail('--runs lists the recorded imports: leave out --dir, --dry-run and --batch-rows');
    }
    if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LISTED) return fail(`--limit ${values.limit}: give a whole number from 1 to ${MAX_LISTED}`);
  }
  const database = await hubDatabase(values['database-url'] ?? process.env.HUB_DATABASE_URL, (line) => console.log(line));
  // The import lock's connection, and two batches at a time (hub-import.ts).
  const pool = createPool(database.url, 3);
  try {
    await migrateHub(pool);
    if (switches.runs) return await listRuns(pool, mapping?.source, limit);
    if (!mapping || values.dir === undefined) return 2;
    const { summary, written, transactions, runId } = await importFolderIntoHub(pool, mapping, {
      dir: values.dir,
      ratesDir: RATES_DIR,
      dryRun: switches['dry-run'],
      batchRows: values['batch-rows'] === undefined ? undefined : Number(values['batch-rows']),
      onProgress: (step) => console.log(`  ${step}`),
    });
    if (summary.state === 'refused') {
      console.error(`hub:import: refused, nothing changed: ${summary.message}`);
      return 1;
    }
    if (runId === null) {
      console.log(`Dry run, nothing written; would have read ${summary.records} records, ${summary.rejected} rejected; wrote ${written.customers} customers, ${written.orders} orders, ${written.feedback} feedback items in ${transactions} changes`);
    } else {
      for (const run of await readHubRuns(pool, { id: runId })) console.log(describeRun(run));
    }
    for (const r of summary.rejects) console.log(`  rejected ${r.file}:${r.line}: ${r.reason}`);
    return 0;
  } finally {
    await pool.end();
    await database.stop();
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`hub:import: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
