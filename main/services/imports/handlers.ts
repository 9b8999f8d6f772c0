// The Imports screen's calls, bound to their services.
import type { importsCalls } from '../../../shared/imports-calls';
import type { HandlersFor } from '../kit';
import { cancelImport, importRejects, importRuns, importSources, rejectsCsv, startImport } from './import-jobs';

export const importsHandlers: HandlersFor<typeof importsCalls> = {
  'imports.sources': () => importSources(),
  'imports.runs': (_input, { db }) => importRuns(db),
  'imports.rejects': (input, { db }) => importRejects(db, input.runId),
  'imports.rejectsCsv': (input, { db }) => rejectsCsv(db, input.runId),
  'imports.start': (input, { db, person, events }) => startImport(db, person, input, events),
  'imports.cancel': (input, { person }) => cancelImport(person, input.runId),
};
