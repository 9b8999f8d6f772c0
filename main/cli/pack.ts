// npm run pack -- --region SEA|all --week 2026-W47 --out DIR [--db PATH]
// Writes the weekly review pack without a window, through the same calls the Reports view makes.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { REGION_CODES, type RegionCode } from '../../shared/domain';
import type { Session } from '../../shared/session-calls';
import type { Envelope } from '../../shared/contract-kit';
import { ISO_WEEK_PATTERN, parseIsoWeek } from '../../shared/iso-week';
import type { ExportStatus, ReportWeeks } from '../../shared/report-types';
import { createCore, type Core } from '../core/core';
import { defaultDatabasePath } from '../paths';
import { grantExportFolder } from '../services/review-pack/export-folders';
import { parseFlags } from './flags';

const USAGE = `Usage: npm run pack -- --region SEA|all --out DIR [--week 2026-W47] [--db PATH]

  --region  a region code (${REGION_CODES.join(', ')}), several with commas, or all (every region you are granted)
  --week    an ISO week; default the last complete week in the data
  --out     the folder to write the pack to (created if missing)
  --db      the console database; default $OPS_DB, else ${defaultDatabasePath()}`;

class UsageError extends Error {}

interface PackArgs {
  regions: RegionCode[] | 'all';
  week: string | undefined;
  out: string;
  db: string;
}

function parseArgs(argv: readonly string[]): PackArgs | null {
  let parsed;
  try {
    parsed = parseFlags(argv, { values: ['region', 'week', 'out', 'db'], switches: ['help'] });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, switches } = parsed;
  if (switches.help) return null;
  if (values.region === undefined) throw new UsageError('--region is missing: name a region, several with commas, or all');
  if (values.out === undefined) throw new UsageError('--out is missing: name the folder to write the pack to');
  if (values.out.trim() === '') throw new UsageError('--out "" is not a folder');
  let regions: RegionCode[] | 'all' = 'all';
  if (values.region !== 'all') {
    regions = values.region.split(',').map((code) => {
      const region = code.trim().toUpperCase();
      if (!(REGION_CODES as readonly string[]).includes(region)) {
        throw new UsageError(`--region "${code}" is not a region: use one of ${REGION_CODES.join(', ')}, or all`);
      }
      return region as RegionCode;
    });
  }
  const week = values.week;
  if (week !== undefined && !parseIsoWeek(week)) {
    throw new UsageError(
      ISO_WEEK_PATTERN.test(week) ? `--week "${week}" does not exist: its year has no such week number` : `--week "${week}" is not an ISO week such as 2026-W47`,
    );
  }
  const db = path.resolve(values.db ?? (process.env.OPS_DB || defaultDatabasePath()));
  if (!existsSync(db)) throw new UsageError(`--db "${db}": there is no database file there (npm run seed makes one)`);
  return { regions, week, out: path.resolve(values.out), db };
}

class CallFailed extends Error {}

/** The flag behind each input field, so an error names what the person typed. */
const FLAG_OF: Record<string, string> = { week: '--week', regions: '--region', folder: '--out' };

function call<T>(core: Core, name: string, input: unknown): T {
  const envelope = core.dispatcher.dispatch(name, input) as Envelope<T>;
  if (envelope.ok) return envelope.value;
  const flag = FLAG_OF[envelope.error.field?.split(/[.[]/)[0] ?? ''];
  throw new CallFailed(flag ? `${flag}: ${envelope.error.message.replace(/^[\w.[\]]+: /, '')}` : envelope.error.message);
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function run(args: PackArgs): Promise<number> {
  const core = createCore({ dbPath: args.db, log: (line) => console.error(line) });
  let jobId: string | null = null;
  const interrupt = () => {
    if (jobId) call<ExportStatus>(core, 'reports.cancelExport', { jobId });
  };
  process.on('SIGINT', interrupt);
  try {
    const regions = args.regions === 'all' ? call<Session>(core, 'session.get', {}).regions.map((r) => r.code) : args.regions;
    let week = args.week;
    if (week === undefined) {
      const weeks = call<ReportWeeks>(core, 'reports.weeks', { regions });
      if (!weeks.latest) throw new CallFailed(`No complete week of data yet in ${regions.join(', ')}`);
      week = weeks.latest;
    }
    // Only the CLI names a folder: it grants it in this process, and the call names the grant.
    const folder = grantExportFolder(args.out);
    jobId = call<{ jobId: string }>(core, 'reports.startExport', { regions, week, folder }).jobId;
    console.log(`Writing the ${week} review pack of ${regions.join(', ')} to ${args.out}`);
    let lastStep = '';
    for (;;) {
      const status = call<ExportStatus>(core, 'reports.exportStatus', { jobId });
      if (status.step !== lastStep) {
        console.log(`  ${String(Math.round(status.progress * 100)).padStart(3)}%  ${status.step}`);
        lastStep = status.step;
      }
      if (status.state === 'done') {
        for (const file of status.files ?? []) console.log(`  ${file}`);
        return 0;
      }
      if (status.state === 'cancelled') return 130;
      if (status.state === 'failed') throw new CallFailed(status.error ?? 'the export failed');
      await pause(50);
    }
  } finally {
    process.off('SIGINT', interrupt);
    core.close();
  }
}

async function main(argv: readonly string[]): Promise<number> {
  let args: PackArgs | null;
  try {
    args = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`pack: ${error.message}\n\n${USAGE}`);
    return 2;
  }
  if (args === null) {
    console.log(USAGE);
    return 0;
  }
  try {
    return await run(args);
  } catch (error) {
    if (!(error instanceof CallFailed)) throw error;
    console.error(`pack: ${error.message}`);
    return 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
