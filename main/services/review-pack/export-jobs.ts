// Exports as jobs: a call starts one and answers at once with its id; status and cancel calls find it here while
// it runs on the core's thread (it yields between steps, see write-pack.ts).
import path from 'node:path';
import type { Person, RegionCode } from '../../../shared/domain';
import type { IsoWeek } from '../../../shared/iso-week';
import type { ExportStatus } from '../../../shared/report-types';
import type { Db } from '../../db/open';
import { ServiceError } from '../kit';
import { checkGranted, checkWeekComplete } from '../metrics/report-weeks';
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

export function startExport(db: Db, person: Person, input: { regions: RegionCode[]; week: IsoWeek; outDir?: string | undefined }): { jobId: string } {
  checkGranted(person, input.regions);
  const regions = [...new Set(input.regions)];
  for (const region of regions) checkWeekComplete(db, region, input.week);
  const jobId = `export-${++lastJob}`;
  const outDir = path.resolve(input.outDir ?? defaultPackDir(db, input.week));
  const job: Job = { status: { jobId, state: 'running', progress: 0, step: 'Starting', outDir }, cancelRequested: false };
  jobs.set(jobId, job);
  forgetOldJobs();
  writePack(
    db,
    { regions, week: input.week, outDir },
    ({ progress, step }) => Object.assign(job.status, { progress, step }),
    () => job.cancelRequested,
  ).then(
    (files) => Object.assign(job.status, { state: 'done', progress: 1, files }),
    (error: unknown) => {
      if (error instanceof ExportCancelled) Object.assign(job.status, { state: 'cancelled', step: 'Cancelled; no files were written' });
      else Object.assign(job.status, { state: 'failed', error: error instanceof Error ? error.message : String(error) });
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
export function cancelExport(jobId: string): ExportStatus {
  const job = jobOf(jobId);
  if (job.status.state === 'running') {
    job.cancelRequested = true;
    job.status.step = 'Cancelling';
  }
  return snapshot(job);
}
