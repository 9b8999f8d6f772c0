// `npm run bench`: seeds the large demo set into a fresh file, then measures the triage queue.
// Results go to bench/results/<suite>.json in one shape: { machine, results: [{ name, p50_ms, p95_ms, ... }] }.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFlags } from '../main/cli/flags';
import { openDatabase } from '../main/db/open';
import { seedDatabase } from '../main/seed/write-sqlite';
import { warmRollups } from '../main/services/metrics/warm-rollups';
import { importBench } from './import-bench';
import { packBench } from './pack-bench';
import { machine, type BenchResult } from './stats';
import { browserBench } from './browser-bench';
import { syncBench } from './sync-bench';
import { triageBench } from './triage-bench';

const RESULTS_DIR = path.resolve(__dirname, '..', '..', 'bench', 'results');

function writeResults(suite: string, results: BenchResult[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${suite}.json`);
  writeFileSync(file, `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  for (const result of results) console.log(`  ${JSON.stringify(result)}`);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseFlags(argv, { values: ['scale', 'db', 'part'], switches: [] });
  // `--part import` runs that part alone.
  if (values.part !== undefined && values.part !== 'import') throw new Error(`--part "${values.part}" is not one of import`);
  if (values.part === 'import') {
    writeResults('import', await importBench());
    return;
  }
  const scale = values.scale ?? 'large';
  if (scale !== 'small' && scale !== 'large') throw new Error(`--scale "${scale}" is not one of small, large`);
  const dbPath = path.resolve(values.db ?? path.join(RESULTS_DIR, `bench-${scale}.sqlite`));
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });

  const until = new Date(Date.UTC(2026, 10, 23));
  // The same checkpoint policy as the console's core.
  const db = openDatabase(dbPath, { checkpoints: 'idle' });
  console.log(`Seeding the ${scale} set into ${dbPath} ...`);
  const seeded = seedDatabase(db, { scale, until });
  // As `npm run seed` does: the seed is done when the Reports view can open at once.
  const warming = performance.now();
  warmRollups(db);
  const warmMs = performance.now() - warming;
  db.pragma('optimize');
  const seedResult: BenchResult = {
    name: `seed_${scale}`,
    ms: Math.round(seeded.ms + warmMs),
    rows_ms: Math.round(seeded.ms),
    warm_rollups_ms: Math.round(warmMs),
    goal_ms: 90_000,
  };
  writeResults('triage', [...triageBench(db, until.getTime()), seedResult]);
  writeResults('pack', await packBench(db));
  db.close();
  const sync = await syncBench(scale, until, path.join(RESULTS_DIR, `bench-sync-${scale}.sqlite`));
  writeResults('sync', [...sync, ...(await browserBench(until))]);
  writeResults('import', await importBench());
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
