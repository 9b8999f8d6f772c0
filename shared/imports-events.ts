// The events of an import run: it started, or it ended (done, refused or failed); and where it is meanwhile.
import { event, type EventSpec } from './contract-kit';
import type { ImportProgress, ImportRun } from './imports';

export const importsEvents = {
  'imports.runChanged': event<ImportRun>(),
  'imports.progress': event<ImportProgress>(),
} satisfies Record<string, EventSpec<unknown>>;
