// The calls of the Imports screen: the sources this console can import, the runs, their rejected records, and a run.
import { z } from 'zod';
import { call, type CallSpec } from './contract-kit';
import type { ImportReject, ImportRun, ImportSource } from './imports';
import { plainText } from './plain-text';

const runId = z.number().int().positive();

export const importsCalls = {
  'imports.sources': call<ImportSource[]>()(z.object({}).strict()),
  /** The latest runs, newest first. */
  'imports.runs': call<ImportRun[]>()(z.object({}).strict()),
  /** A run's first rejected records, in file and line order. */
  'imports.rejects': call<ImportReject[]>()(z.object({ runId }).strict()),
  /** Every rejected record of a run as CSV: where it was, why, and its fields as read, to fix and import again. */
  'imports.rejectsCsv': call<{ fileName: string; csv: string }>()(z.object({ runId }).strict()),
  /**
   * Starts importing a folder of this machine through a source's mapping; the run's start and end come as
   * imports.runChanged events, where it is meanwhile as imports.progress. Only a person granted the source's region may, and one run at a time.
   */
  'imports.start': call<{ runId: number }>({ writes: true })(
    z.object({ source: z.string().min(1).max(40), folder: plainText().pipe(z.string().min(1, 'name a folder').max(1000)) }).strict(),
  ),
  /**
   * Stops the running import at its next batch: what it wrote stays (each batch is whole), the run is recorded as
   * failed with who cancelled it, and running the folder again completes it.
   */
  'imports.cancel': call<{ cancelled: boolean }>({ writes: true })(z.object({ runId }).strict()),
} satisfies Record<string, CallSpec<z.ZodType, unknown>>;
