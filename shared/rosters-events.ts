// The rosters' events: an export written (XLSX files are written after the call answers).
import { event, type EventSpec } from './contract-kit';

export interface RosterExportDone {
  file: string;
  /** Why the file could not be written, when it could not. */
  error: string | null;
}

export const rostersEvents = {
  'rosters.exportDone': event<RosterExportDone>(),
} satisfies Record<string, EventSpec<unknown>>;
