// npm run hub:import -- --source olist --dir DIR [--dry-run] [--database-url URL]
// Imports a platform's export into the hub, which consoles then sync. Without a URL it works on the embedded database
// of `npm run hub` (stop the hub first: one server per data folder).
import { parseFlags } from '../../main/cli/flags';
import { RATES_DIR } from '../../main/ingest/sources/rates-dir';
import { SOURCES, sourceNamed } from '../../main/ingest/sources/olist';
import { createPool } from '../db/pool';
import { migrateHub } from '../db/migrate';
import { hubDatabase } from '../local-database';
import { importFolderIntoHub } from './import-runs';

const USAGE = `Usage: npm run hub:import -- --source ${Object.keys(SOURCES).join('|')} --dir DIR [--dry-run] [--database-url URL]`;

async function main(argv: string[]): Promise<number> {
  const { values, switches } = parseFlags(argv, { values: ['source', 'dir', 'database-url'], switches: ['dry-run'] });
  const mapping = sourceNamed(values.source);
  if (!mapping || values.dir === undefined) {
    console.error(`hub:import: ${mapping ? '--dir is missing' : `--source ${values.source ?? 'is missing'}: use one of ${Object.keys(SOURCES).join(', ')}`}\n${USAGE}`);
    return 2;
  }
  const database = await hubDatabase(values['database-url'] ?? process.env.HUB_DATABASE_URL, (line) => console.log(line));
  const pool = createPool(database.url, 2);
  try {
    await migrateHub(pool);
    const { summary, written, transactions, runId } = await importFolderIntoHub(pool, mapping, {
      dir: values.dir,
      ratesDir: RATES_DIR,
      dryRun: switches['dry-run'],
      onProgress: (step) => console.log(`  ${step}`),
    });
    if (summary.state === 'refused') {
      console.error(`hub:import: refused, nothing changed: ${summary.message}`);
      return 1;
    }
    const what = runId === null ? 'Dry run, nothing written; would have read' : `Run ${runId} read`;
    console.log(`${what} ${summary.records} records, ${summary.rejected} rejected; wrote ${written.customers} customers, ${written.orders} orders, ${written.feedback} feedback items in ${transactions} changes`);
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
