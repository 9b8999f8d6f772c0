// What the Imports screen shows of the imports run on this console.
import type { RegionCode } from './domain';

export type ImportRunState = 'running' | 'done' | 'refused' | 'failed';

export interface ImportRun {
  id: number;
  source: string;
  folder: string;
  startedAt: number;
  finishedAt: number | null;
  state: ImportRunState;
  /** Why a run was refused or failed. */
  message: string | null;
  records: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
}

export interface ImportReject {
  file: string;
  line: number;
  column: string;
  value: string;
  reason: string;
}

export interface ImportSource {
  name: string;
  provenance: string;
  region: RegionCode;
}

/** Where a running import is: reading one of its files, writing one of its tables, or building indexes again. */
export interface ImportProgress {
  runId: number;
  phase: 'reading' | 'writing' | 'indexes';
  /** The file read or the table written. */
  subject: string;
  /** Steps done before this one, of all the run will take. */
  done: number;
  total: number;
}
