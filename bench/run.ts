// `npm run bench`: seeds the large demo set into a fresh file and measures the triage queue, the review pack and sync
// (part "store"), then how many consoles the hub keeps current (part "hub_load"), then imports of a platform's export
// into a console and a hub (part "import"). `--part hub_load` runs one alone; `--part triage` or `--part rosters` runs
// that part of the store alone, on a store of its own.
// Results go to bench/results/<suite>.json in one shape: { machine, results: [{ name, p50_ms, p95_ms, ... }] }.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseFlags } from '../main/cli/flags';
import { openDatabase, type Db } from '../main/db/open';
import { seedDatabase } from '../main/seed/write-sqlite';
import { warmRollups } from '../main/services/metrics/warm-rollups';
import { writeEvidenceFiles } from '../main/services/compliance/evidence-files';
import { complianceBench } from './compliance-bench';
import { importBench } from './import-bench';
import { packBench } from './pack-bench';
import { rostersBench } from './rosters-bench';
import { machine, type BenchResult } from './stats';
import { browserBench } from './browser-bench';
import { syncBench } from './sync-bench';
import { triageBench } from './triage-bench';
import { DEFAULT_HUB_LOAD, hubLoadBench } from './hub-load-bench';

const RESULTS_DIR = path.resolve(__dirname, '..', '..', 'bench', 'results');

function writeResults(suite: string, results: BenchResult[]): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${suite}.json`);
  writeFileSync(file, `${JSON.stringify({ machine: machine(), results }, null, 2)}\n`);
  console.log(`Wrote ${path.relative(process.cwd(), file)}`);
  for (const result of results) console.log(`  ${JSON.stringify(result)}`);
}

/** The parts `--part` may pick; all of them by default. triage, pack and sync share one seeded store, so they run together. */
const PARTS = ['store', 'hub_load', 'import'];
/** Parts of the store that `--part` may also pick alone (the store's run includes them): each seeds its own store. */
const ALONE = ['rosters', 'triage'];

function positive(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n) || n <= 0) throw new Error(`"${text}" is not a positive whole number`);
  return n;
}

/** `--part rosters`: the rosters alone, on a store of their own (bench/results/rosters.json). */
function rostersAlone(dbOption: string | undefined, scale: 'small' | 'large', until: Date): void {
  const dbPath = path.resolve(dbOption ?? path.join(RESULTS_DIR, `bench-${scale}.sqlite`));
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = openDatabase(dbPath, { checkpoints: 'idle' });
  console.log(`Seeding the ${scale} set into ${dbPath} ...`);
  seedDatabase(db, { scale, until });
  db.pragma('optimize');
  writeResults('rosters', rostersBench(db));
  db.close();
}

/** The large (or small) store the triage, pack and sync parts read, seeded fresh, with how long the seed took. */
function seededStore(dbOption: string | undefined, scale: 'small' | 'large', until: Date): { db: Db; seedResult: BenchResult } {
  const dbPath = path.resolve(dbOption ?? path.join(RESULTS_DIR, `bench-${scale}.sqlite`));
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });

  // The same checkpoint policy as the console's core.
  const db = openDatabase(dbPath, { checkpoints: 'idle' });
  console.log(`Seeding the ${scale} set into ${dbPath} ...`);
  const seeded = seedDatabase(db, { scale, until });
  writeEvidenceFiles(db, seeded.evidenceFiles);
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
  return { db, seedResult };
}

/** `--part triage`: the queue's figures alone (bench/results/triage.json), without the pack, sync and browser parts. */
function triageAlone(dbOption: string | undefined, scale: 'small' | 'large', until: Date): void {
  const { db, seedResult } = seededStore(dbOption, scale, until);
  writeResults('triage', [...triageBench(db, until.getTime()), seedResult]);
  db.close();
}

/** triage, pack and sync: one seeded store of the scale asked. */
async function storeParts(dbOption: string | undefined, scale: 'small' | 'large', until: Date): Promise<void> {
  const { db, seedResult } = seededStore(dbOption, scale, until);
  writeResults('triage', [...triageBench(db, until.getTime()), seedResult]);
  writeResults('pack', await packBench(db));
  writeResults('compliance', await complianceBench(db, until.getTime()));
  writeResults('rosters', rostersBench(db));
  db.close();
  const sync = await syncBench(scale, until, path.join(RESULTS_DIR, `bench-sync-${scale}.sqlite`));
  writeResults('sync', [...sync, ...(await browserBench(until))]);
}

async function main(argv: string[]): Promise<void> {
  const { values } = parseFlags(argv, { values: ['scale', 'db', 'part', 'consoles', 'two-hubs', 'seconds'], switches: [] });
  const scale = values.scale ?? 'large';
  if (scale !== 'small' && scale !== 'large') throw new Error(`--scale "${scale}" is not one of small, large`);
  const until = new Date(Date.UTC(2026, 10, 23));
  const parts = values.part ? values.part.split(',') : PARTS;
  const unknown = parts.filter((part) => !PARTS.includes(part) && !ALONE.includes(part));
  if (unknown.length > 0) throw new Error(`--part "${unknown.join(',')}" is not among ${[...PARTS, ...ALONE].join(', ')}`);
  if (parts.includes('store')) await storeParts(values.db, scale, until);
  else {
    if (parts.includes('triage')) triageAlone(values.db, scale, until);
    if (parts.includes('rosters')) rostersAlone(values.db, scale, until);
  }
  if (parts.includes('hub_load')) {
    // Its own set (the small one, a few thousand customers): what it measures is fan-out, not data volume.
    const counts = (text: string | undefined, fallback: number[]) => (text === undefined ? fallback : text.split(',').filter(Boolean).map(positive));
    const options = {
      ...DEFAULT_HUB_LOAD,
      consoles: counts(values.consoles, DEFAULT_HUB_LOAD.consoles),
      twoHubs: counts(values['two-hubs'], DEFAULT_HUB_LOAD.twoHubs),
      seconds: values.seconds === undefined ? DEFAULT_HUB_LOAD.seconds : positive(values.seconds),
    };
    writeResults('hub_load', await hubLoadBench('small', until, options));
  }
  if (parts.includes('import')) writeResults('import', await importBench());
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
