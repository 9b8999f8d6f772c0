// The Reports view and the review pack on the large demo set: the view's data for one region-week (goal under
// 300 ms), one region's pack (goal under 5 s) and every region's (goal under 20 s). The seed warms the weekly rollup
// (warmRollups); the *_first figures are the first calls after it (the view's goal: under a second), the others are
// the same calls repeated, as the console makes them after.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExportStatus, ReportWeeks } from '../shared/report-types';
import { createDispatcher, type Dispatcher } from '../main/core/dispatcher';
import { handlers } from '../main/core/handlers';
import type { Db } from '../main/db/open';
import { grantExportFolder } from '../main/services/review-pack/export-folders';
import { currentPerson } from '../main/services/session/session-service';
import { percentile, type BenchResult } from './stats';

const round = (ms: number) => Math.round(ms * 10) / 10;

function call<T>(dispatcher: Dispatcher, name: string, input: unknown): T {
  const answer = dispatcher.dispatch(name, input);
  if (!answer.ok) throw new Error(`${name}: ${answer.error.message}`);
  return answer.value as T;
}

async function exportPack(dispatcher: Dispatcher, regions: string[], week: string, outDir: string): Promise<number> {
  const started = performance.now();
  const { jobId } = call<{ jobId: string }>(dispatcher, 'reports.startExport', { regions, week, folder: grantExportFolder(outDir) });
  for (;;) {
    const status = call<ExportStatus>(dispatcher, 'reports.exportStatus', { jobId });
    if (status.state === 'done') return performance.now() - started;
    if (status.state !== 'running') throw new Error(`The export ${status.state}: ${status.error ?? status.step}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

async function timed(name: string, runs: number, run: () => Promise<number> | number, extra: Record<string, number | string>): Promise<BenchResult> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await run());
  times.sort((a, b) => a - b);
  return { name, p50_ms: round(percentile(times, 50)), p95_ms: round(percentile(times, 95)), runs, ...extra };
}

export async function packBench(db: Db): Promise<BenchResult[]> {
  const dispatcher = createDispatcher(handlers, () => ({ db, person: currentPerson(db), now: Date.now }), (line) => console.error(line));
  const regions = currentPerson(db).regions;
  const one = 'SEA';
  const oneWeek = call<ReportWeeks>(dispatcher, 'reports.weeks', { regions: [one] }).latest as string;
  const allWeek = call<ReportWeeks>(dispatcher, 'reports.weeks', { regions }).latest as string;
  const out = mkdtempSync(path.join(tmpdir(), 'ops-pack-bench-'));
  const view = () => {
    const started = performance.now();
    call(dispatcher, 'reports.weekly', { regions: [one], week: oneWeek });
    return performance.now() - started;
  };
  try {
    const viewFirst = view();
    const results: BenchResult[] = [
      { name: 'reports_view_first', ms: round(viewFirst), region: one, week: oneWeek, goal_ms: 1000 },
      await timed('reports_view', 30, view, { region: one, week: oneWeek, goal_ms: 300 }),
    ];
    const allFirst = await exportPack(dispatcher, regions, allWeek, path.join(out, 'first'));
    results.push(
      { name: 'pack_all_regions_first', ms: round(allFirst), regions: regions.join(' '), week: allWeek },
      await timed('pack_one_region', 5, () => exportPack(dispatcher, [one], oneWeek, path.join(out, 'one')), { region: one, week: oneWeek, goal_ms: 5000 }),
      await timed('pack_all_regions', 3, () => exportPack(dispatcher, regions, allWeek, path.join(out, 'all')), {
        regions: regions.join(' '),
        week: allWeek,
        goal_ms: 20000,
      }),
    );
    return results;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
