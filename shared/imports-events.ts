// The event of an import run: it started, or it ended (done, refused or failed).
import { event, type EventSpec } from './contract-kit';
import type { ImportRun } from './imports';

export const importsEvents = {
  'imports.runChanged': event<ImportRun>(),
} satisfies Record<string, EventSpec<unknown>>;
