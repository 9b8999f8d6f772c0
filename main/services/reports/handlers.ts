// The Reports view's and the pack export's calls, bound to their services: the weekly figures come from metrics/,
// the files from review-pack/.
import type { reportsCalls } from '../../../shared/reports-calls';
import type { HandlersFor } from '../kit';
import { reportWeeks } from '../metrics/report-weeks';
import { weeklyReport } from '../metrics/weekly-report';
import { cancelExport, exportStatus, startExport } from '../review-pack/export-jobs';

export const reportsHandlers: HandlersFor<typeof reportsCalls> = {
  'reports.weeks': (input, { db, person }) => reportWeeks(db, person, input.regions),
  'reports.weekly': (input, { db, person }) => weeklyReport(db, person, input.regions, input.week),
  'reports.startExport': (input, { db, person, events }) => startExport(db, person, input, events),
  'reports.exportStatus': (input) => exportStatus(input.jobId),
  'reports.cancelExport': (input, { events }) => cancelExport(input.jobId, events),
};
