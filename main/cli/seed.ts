// npm run seed -- --scale small|large [--until YYYY-MM-DD] [--db PATH] [--seed N]
// Fills a new console database with the deterministic demo data set, then warms its reports' rollup.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { DEMO_TABLES } from '../../shared/table-registry';
import { SeedRefusedError, seedDatabase } from '../seed/write-sqlite';
import { writeEvidenceFiles } from '../services/compliance/evidence-files';
import { warmRollups } from '../services/metrics/warm-rollups';
import { UsageError } from './flags';
import { parseArgs, USAGE, type CliArgs } from './seed-args';

function fileSize(file: string): number {
  let size = 0;
  for (const part of [file, `${file}-wal`]) if (existsSync(part)) size += statSync(part).size;
  return size;
}

/** Runs the seeder; returns the process exit code. */
export function main(argv: readonly string[]): number {
  let args: CliArgs | null;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`seed: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === null) {
    console.log(USAGE);
    return 0;
  }

  const file = path.resolve(args.db);
  const until = args.until instanceof Date ? args.until.toISOString() : `the end of ${args.until.day} in each region`;
  console.log(`Seeding ${file}: ${args.scale} data set, seed ${args.seed}, until ${until}`);
  const db = openDatabase(file);
  try {
    const progress = process.stderr.isTTY
      ? (done: number, total: number) => process.stderr.write(`\r  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} customers`)
      : undefined;
    const result = seedDatabase(db, { scale: args.scale, until: args.until, seed: args.seed, onProgress: progress });
    writeEvidenceFiles(db, result.evidenceFiles);
    if (progress) process.stderr.write('\n');
    const width = Math.max(...DEMO_TABLES.map((t) => t.name.length));
    for (const { name } of DEMO_TABLES) console.log(`  ${name.padEnd(width)}  ${result.counts[name].toLocaleString('en-US').padStart(11)}`);
    // So that the first Reports view of each region opens at once instead of computing two years of weeks.
    const warming = performance.now();
    const warmed = warmRollups(db);
    const warmMs = performance.now() - warming;
    db.close();
    console.log(`Reports' rollup warmed for ${warmed.join(', ') || 'no region'} in ${(warmMs / 1000).toFixed(1)} s.`);
    const mib = fileSize(file) / 1024 / 1024;
    console.log(`Done in ${((result.ms + warmMs) / 1000).toFixed(1)} s; ${file} is ${mib.toFixed(1)} MiB.`);
    return 0;
  } catch (error) {
    if (db.open) db.close();
    if (error instanceof SeedRefusedError) {
      console.error(`seed: ${error.message} (${file})`);
      return 1;
    }
    throw error;
  }
}

process.exitCode = main(process.argv.slice(2));
