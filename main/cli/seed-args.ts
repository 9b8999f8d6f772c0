// The seed command's arguments: read apart from the command, which seeds as soon as it is loaded.
import { defaultDatabasePath } from '../paths';
import { DEFAULT_SEED, SCALES, type DataEnd, type Scale } from '../seed/options';
import { parseFlags, UsageError } from './flags';

export interface CliArgs {
  scale: Scale;
  until: DataEnd;
  db: string;
  seed: number;
}

export const USAGE = `Usage: npm run seed -- --scale small|large [--until YYYY-MM-DD] [--db PATH] [--seed N]

  --scale   small (5,000 customers, 20,000 orders, 4,000 feedback) or
            large (200,000 customers, 1,000,000 orders, 300,000 feedback); default small
  --until   the day the data ends (that whole day, in each region's time zone), or an ISO 8601 time
            with a zone (the same instant everywhere); default now
  --db      the database file to create; default $OPS_DB, else ${defaultDatabasePath()}
  --seed    a non-negative integer; default ${DEFAULT_SEED}. The same arguments always give the same data.`;

const SCALE_NAMES = Object.keys(SCALES) as Scale[];

/** A day ends at midnight after it in each region's zone ("the data ends on D" takes in all of D). */
export function parseUntil(value: string): DataEnd {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [year, month, date] = [Number(day[1]), Number(day[2]), Number(day[3])];
    const at = new Date(Date.UTC(year, month - 1, date));
    if (at.getUTCFullYear() === year && at.getUTCMonth() === month - 1 && at.getUTCDate() === date) return { day: value };
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
