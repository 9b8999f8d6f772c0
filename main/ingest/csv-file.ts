// Reads a platform's CSV export as a stream of records, one at a time, so a file of any length never sits whole in
// memory. What makes the whole file unusable (another encoding, an unreadable header, a record past the size limit)
// refuses it before anything is written; what spoils one record (a file cut off inside a quoted field) is handed on
// as a problem for that record's line, to be quarantined.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { parse, type CsvError } from 'csv-parse';

/** Longest record accepted: far above any real row (a review is a few KB), far below what hurts the process. */
export const MAX_RECORD_BYTES = 1 << 20;
/** Widest header accepted: Olist's widest file has 9 columns; a header past this is not an export of ours. */
export const MAX_COLUMNS = 256;
const SNIFF_BYTES = 64 * 1024;

/** The file cannot be read at all: the message names the file and what is wrong with it. */
export class FileRefused extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${path.basename(file)}: ${reason}`);
    this.name = 'FileRefused';
  }
}

export type CsvItem = { line: number; values: string[] } | { line: number; problem: string };

export interface CsvFile {
  header: string[];
  /** Each record after the header, with the line it starts on (1 is the header's). */
  items: AsyncIterable<CsvItem>;
}

/** Refuses what is plainly not UTF-8 text: UTF-16 (its byte-order mark, or NUL bytes between ASCII letters). */
async function sniff(file: string): Promise<void> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(SNIFF_BYTES), 0, SNIFF_BYTES, 0);
    const head = buffer.subarray(0, bytesRead);
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) {
      throw new FileRefused(file, 'the file is UTF-16; save it as UTF-8 and import again');
    }
    if (head.includes(0)) throw new FileRefused(file, 'the file holds NUL bytes: it is UTF-16 or binary, not UTF-8 CSV');
  } finally {
    await handle.close();
  }
}

function refusal(file: string, error: CsvError): FileRefused {
  if (error.code === 'CSV_MAX_RECORD_SIZE') {
    return new FileRefused(file, `line ${error.lines}: a record is longer than ${MAX_RECORD_BYTES / 1024} KiB, the most accepted`);
  }
  return new FileRefused(file, `line ${error.lines}: ${error.message}`);
}

export async function openCsv(file: string): Promise<CsvFile> {
  await sniff(file);
  const skipped: CsvItem[] = [];
  let fatal: FileRefused | undefined;
  const parser = createReadStream(file).pipe(
    parse({
      bom: true,
      relax_column_count: true,
      max_record_size: MAX_RECORD_BYTES,
      skip_records_with_error: true,
      // A quote left open at the end of the file spoils that last record alone; a record past the size limit, the file.
      on_skip: (error) => {
        if (error?.code === 'CSV_MAX_RECORD_SIZE') fatal ??= refusal(file, error);
        else if (error) skipped.push({ line: lineAfter, problem: `the file ends inside a quoted field (${error.code}): the record is cut off` });
        return undefined;
      },
    }),
  );
  let lineAfter = 1;
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  const next = async () => {
    try {
      const result = await records.next();
      if (fatal) throw fatal;
      return result;
    } catch (error) {
      parser.destroy();
      if (error instanceof FileRefused) throw error;
      throw (error as CsvError).code ? refusal(file, error as CsvError) : error;
    }
  };
  const first = await next();
  if (first.done) throw new FileRefused(file, 'the file is empty: it has no header line');
  const header = first.value.map((name) => name.trim());
  if (header.length > MAX_COLUMNS) throw refused(parser, file, `the header has ${header.length.toLocaleString('en-US')} columns, more than the ${MAX_COLUMNS} accepted`);
  lineAfter = 2 + lineBreaks(first.value);

  async function* items(): AsyncGenerator<CsvItem> {
    for (;;) {
      const result = await next();
      yield* skipped.splice(0);
      if (result.done) return;
      const line = lineAfter;
      const values = result.value;
      lineAfter += 1 + lineBreaks(values);
      // A blank line between records (a trailing one, often) is no record.
      if (values.length === 1 && values[0] === '') continue;
      yield { line, values };
    }
  }
  return { header, items: items() };
}

/**
 * Line breaks inside a record's quoted fields: a record spans one line more than it holds. (csv-parse's own count
 * takes a CRLF inside quotes as two lines.)
 */
function lineBreaks(values: readonly string[]): number {
  let count = 0;
  for (const value of values) {
    if (!value.includes('\n') && !value.includes('\r')) continue;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === 10 || (c === 13 && value.charCodeAt(i + 1) !== 10)) count++;
    }
  }
  return count;
}

function refused(parser: { destroy(): void }, file: string, reason: string): FileRefused {
  parser.destroy();
  return new FileRefused(file, reason);
}
