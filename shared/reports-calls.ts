// The calls of the Reports view and the review-pack export.
import { z } from 'zod';
import { call, type CallSpec } from './contract-kit';
import { REGION_CODES } from './domain';
import { parseIsoWeek, weeksInIsoYear } from './iso-week';
import type { ExportStatus, ReportWeeks, WeeklyReport } from './report-types';

export const isoWeekSchema = z.string().superRefine((week, context) => {
  if (parseIsoWeek(week)) return;
  const match = /^(\d{4})-W(\d{2})$/.exec(week);
  context.addIssue({
    code: 'custom',
    message: match
      ? `${week} is not a week of ${match[1]}, which has weeks W01 to W${weeksInIsoYear(Number(match[1]))}`
      : 'use an ISO week such as 2026-W47',
  });
});

/** Regions asked for; the service refuses any the person is not granted. */
const regionsSchema = z.array(z.enum(REGION_CODES)).min(1).max(REGION_CODES.length);

export const reportsCalls = {
  /** Complete weeks with data (newest first) and the latest one; regions default to every granted region. */
  'reports.weeks': call<ReportWeeks>()(z.object({ regions: regionsSchema.optional() }).strict()),
  /** The weekly review of each region asked for. */
  'reports.weekly': call<WeeklyReport>()(z.object({ regions: regionsSchema, week: isoWeekSchema }).strict()),
  /**
   * Starts writing the review pack; its steps come as reports.exportProgress events. It goes to review-packs/<week>
   * beside the database, or to a folder the console granted (the CLI's --out, Electron's folder dialog), named by the
   * grant's id: the renderer never names a path, and a call that tries (`outDir`) is refused.
   */
  'reports.startExport': call<{ jobId: string }>({ writes: true })(
    z
      .object({
        regions: regionsSchema,
        week: isoWeekSchema,
        folder: z.string().regex(/^[A-Za-z0-9_-]{16,64}$/, 'use the id the folder dialog gave').optional(),
      })
      .strict(),
  ),
  'reports.exportStatus': call<ExportStatus>()(z.object({ jobId: z.string().min(1).max(40) }).strict()),
  /** Stops an export at its next step; nothing is left in the folder. Answers with the job's status. */
  'reports.cancelExport': call<ExportStatus>({ writes: true })(z.object({ jobId: z.string().min(1).max(40) }).strict()),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
