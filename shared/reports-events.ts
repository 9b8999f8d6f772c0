// The events of the review-pack export: each step of a job, and its end, as reports.exportStatus answers them.
import { event, type EventSpec } from './contract-kit';
import type { ExportStatus } from './report-types';

export const reportsEvents = {
  'reports.exportProgress': event<ExportStatus>(),
} satisfies Record<string, EventSpec<unknown>>;
