// Roster imports (CSV): what is asked, and the report a preview or a commit answers.
import { z } from 'zod';

export const IMPORT_KINDS = ['kols', 'kol-posts', 'communities', 'community-members'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

/** Larger files are refused before they are read: about 50,000 KOL rows. */
export const MAX_IMPORT_BYTES = 6_000_000;

export const importInput = z
  .object({
    kind: z.enum(IMPORT_KINDS),
    /** The file's own name, for the report and the rejected rows' file. */
    fileName: z.string().trim().min(1).max(200).regex(/^[^/\\]+$/, 'a file name, without folders'),
    /** The file's bytes, base64: the encoding is checked on the bytes themselves. */
    content: z.string().max(Math.ceil(MAX_IMPORT_BYTES / 3) * 4),
    /** False: a preview that writes nothing. True: the good rows in one transaction, the rejected ones to a file. */
    commit: z.boolean().default(false),
  })
  .strict();
export type ImportInput = z.input<typeof importInput>;

export interface ImportProblem {
  /** The line of the file (the header is line 1). */
  row: number;
  column: string;
  value: string;
  reason: string;
}

export interface ImportReport {
  kind: ImportKind;
  fileName: string;
  /** Data rows in the file. */
  rows: number;
  /** Good rows: written (a commit) or to be written (a preview). */
  added: number;
  /** Rows the store already holds exactly: a re-import changes nothing. */
  unchanged: number;
  rejected: number;
  /** Every problem of the rejected rows (a row may have several), in file order; at most 1,000 listed. */
  problems: ImportProblem[];
  /** The first good rows as they will be stored, column by column. */
  preview: { row: number; values: Record<string, string> }[];
  committed: boolean;
  /** Where the rejected rows were saved (a commit with rejected rows), as CSV with a `problem` column, to fix and re-import. */
  rejectedFile: string | null;
}
