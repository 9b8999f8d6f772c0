// Exports as jobs: a call starts one and answers at once with its id; status and cancel calls find it here while
// it runs on the core's thread (it yields between steps, see write-pack.ts). Each step and the end are pushed as
// reports.exportProgress events, so the screen follows without polling.
import path from 'node:path';
import type { Person, RegionCode } from '../../../shared/domain';
import type { IsoWeek } from '../../../shared/iso-week';
import type { ExportStatus } from '../../../shared/report-types';
import type { Db } from '../../db/open';
import type { EventSink } from '../event-sink';
import { ServiceError } from '../kit';
import { checkGranted, checkWeekComplete } from '../metrics/report-weeks';
import { grantedExportFolder } from './export-folders';
import { ExportCancelled, writePack } from './write-pack';

interface Job {
  status: ExportStatus;
  cancelRequested: boolean;
}

/** Finished jobs kept for status calls; older ones are forgotten. */
const KEPT_FINISHED = 20;
const jobs = new Map<string, Job>();
let lastJob = 0;

/** Where a pack goes when no folder is named: review-packs/<week> beside the database file. */
function defaultPackDir(db: Db, week: IsoWeek): string {
  return path.join(path.dirname(path.resolve(db.name)), 'review-packs', week);
}

function forgetOldJobs(): void {
  const finished = [...jobs.values()].filter((job) => job.status.state !== 'running');
  for (const job of finished.slice(0, Math.max(0, finished.length - KEPT_FINISHED))) jobs.delete(job.status.jobId);
}

function snapshot(job: Job): ExportStatus {
  return { ...job.status, ...(job.status.files ? { files: [...job.status.files] } : {}) };
}

function update(job: Job, change: Partial<ExportStatus>, events: EventSink): void {
  Object.assign(job.status, change);
  events.emit('reports.exportProgress', snapshot(job));
}

export function startExport(
  db: Db,
  person: Person,
  input: { regions: RegionCode[]; week: IsoWeek; folder?: string | undefined },
  events: EventSink,
): { jobId: string } {
  checkGranted(person, input.regions);
  const regions = [...new Set(input.regions)];
  for (const region of regions) checkWeekComplete(db, region, input.week);
  const outDir = input.folder === undefined ? defaultPackDir(db, input.week) : grantedExportFolder(input.folder);
  const jobId = `export-${++lastJob}`;
  const job: Job = { status: { jobId, state: 'running', progress: 0, step: 'Starting', outDir }, cancelRequested: false };
  jobs.set(jobId, job);
  forgetOldJobs();
  writePack(
    db,
    { regions, week: input.week, outDir },
    ({ progress, step }) => update(job, { progress, step }, events),
    () => job.cancelRequested,
  ).then(
    (files) => update(job, { state: 'done', progress: 1, files }, events),
    (error: unknown) => {
      if (error instanceof ExportCancelled) update(job, { state: 'cancelled', step: 'Cancelled; no files were written' }, events);
      else update(job, { state: 'failed', error: error instanceof Error ? error.message : String(error) }, events);
    },
  );
  return { jobId };
}

function jobOf(jobId: string): Job {
  const job = jobs.get(jobId);
  if (!job) throw new ServiceError('not_found', `jobId: there is no export "${jobId}" (it may have finished long ago)`, 'jobId');
  return job;
}

export function exportStatus(jobId: string): ExportStatus {
  return snapshot(jobOf(jobId));
}

/** Asks a running export to stop at its next step; a finished one is left as it is. */
export function cancelExport(jobId: string, events: EventSink): ExportStatus {
  const job = jobOf(jobId);
  if (job.status.state === 'running') {
    job.cancelRequested = true;
    update(job, { step: 'Cancelling' }, events);
  }
  return snapshot(job);
}
