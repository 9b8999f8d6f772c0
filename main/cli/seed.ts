// npm run seed -- --scale small|large [--until YYYY-MM-DD] [--db PATH] [--seed N]
// Fills a new console database with the deterministic demo data set, then warms its reports' rollup.

import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { openDatabase } from '../db/open';
import { defaultDatabasePath } from '../paths';
import { DEFAULT_SEED, SCALES, type Scale } from '../seed/options';
import { DEMO_TABLES } from '../../shared/table-registry';
import { SeedRefusedError, seedDatabase } from '../seed/write-sqlite';
import { warmRollups } from '../services/metrics/warm-rollups';
import { parseFlags, UsageError } from './flags';

export interface CliArgs {
  scale: Scale;
  until: Date;
  db: string;
  seed: number;
}

export const USAGE = `Usage: npm run seed -- --scale small|large [--until YYYY-MM-DD] [--db PATH] [--seed N]

  --scale   small (5,000 customers, 20,000 orders, 4,000 feedback) or
            large (200,000 customers, 1,000,000 orders, 300,000 feedback); default small
  --until   the day the data ends (00:00 UTC), or an ISO 8601 time with a zone; default now
  --db      the database file to create; default $OPS_DB, else ${defaultDatabasePath()}
  --seed    a non-negative integer; default ${DEFAULT_SEED}. The same arguments always give the same data.`;

const SCALE_NAMES = Object.keys(SCALES) as Scale[];

function parseUntil(value: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const at = new Date(Date.UTC(year, month - 1, date));
    if (at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === date) return at;
  } else if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) {
    const at = new Date(value);
    if (!Number.isNaN(at.getTime())) return at;
  }
  throw new UsageError(`--until "${value}" is not a date (YYYY-MM-DD) or an ISO 8601 time with a zone`);
}

/** Reads the command line; returns null when help was asked for. */
export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): CliArgs | null {
  if (argv.includes('--help') || argv.includes('-h')) return null;
  const { values } = parseFlags(argv, { values: ['scale', 'until', 'db', 'seed'], switches: [] });

  const scaleText = values.scale ?? 'small';
  if (!(SCALE_NAMES as string[]).includes(scaleText)) {
    throw new UsageError(`--scale "${scaleText}" is not one of ${SCALE_NAMES.join(', ')}`);
  }
  const untilText = values.until;
  const until = untilText === undefined ? new Date(Math.floor(now.getTime() / 60_000) * 60_000) : parseUntil(untilText);
  const seedText = values.seed;
  let seed = DEFAULT_SEED;
  if (seedText !== undefined) {
    if (!/^\d{1,10}$/.test(seedText) || Number(seedText) > 0xffffffff) {
      throw new UsageError(`--seed "${seedText}" is not an integer from 0 to 4294967295`);
    }
    seed = Number(seedText);
  }
  const db = values.db ?? (env.OPS_DB || defaultDatabasePath());
  if (db.trim() === '') throw new UsageError('--db "" is not a file path');
  return { scale: scaleText as Scale, until, db, seed };
}

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
  console.log(`Seeding ${file}: ${args.scale} data set, seed ${args.seed}, until ${args.until.toISOString()}`);
  const db = openDatabase(file);
  try {
    const progress = process.stderr.isTTY
      ? (done: number, total: number) => process.stderr.write(`\r  ${done.toLocaleString('en-US')} / ${total.toLocaleString('en-US')} customers`)
      : undefined;
    const result = seedDatabase(db, { scale: args.scale, until: args.until, seed: args.seed, onProgress: progress });
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
