// Reads a platform's CSV export as a stream of records, one at a time, so a file of any length never sits whole in
// memory. What makes the whole file unusable (another encoding, an unreadable header, a record past the size limit)
// refuses it before anything is written; what spoils one record (a file cut off inside a quoted field) is handed on
// as a problem for that record's line, to be quarantined.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import Papa from 'papaparse';

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
  /** The records after the header, with the line each starts on (1 is the header's), a chunk of the file at a time. */
  items: AsyncIterable<CsvItem[]>;
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

/** Bytes read at a time: a record cut by a chunk's end is parsed again with the next chunk. */
const CHUNK_BYTES = 256 * 1024;

/**
 * The file's rows, parsed a chunk at a time (papaparse's parser on decoded text). What is held at once is one chunk
 * and the record it ends inside; a record still open past MAX_RECORD_BYTES refuses the file as soon as it is, so a
 * 10 MB field (or a header of a million columns) is never read whole. `line` is the line the chunk's rows start on
 * (the reader has used every row before them).
 */
async function* rows(file: string, line: () => number): AsyncGenerator<Spoiled[]> {
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  const decoder = new StringDecoder('utf8');
  let parser: InstanceType<typeof Papa.Parser> | undefined;
  let rest = '';
  const parse = (text: string, last: boolean): Spoiled[] => {
    if (!parser) {
      // The record delimiter is the first line break's, as in the export (Olist's are CRLF; most are LF). A CR that
      // ends a read may be half of a CRLF: the parser waits for more.
      const newline = /\r\n|\n|\r(?!$)/.exec(text)?.[0];
      if (newline === undefined && !last) {
        rest = text;
        return [];
      }
      parser = new Papa.Parser({ delimiter: ',', newline: (newline ?? '\n') as '\n' });
    }
    const result = parser.parse(text, 0, !last);
    rest = text.slice(result.meta.cursor);
    const data = result.data as Spoiled[];
    for (const error of result.errors) {
      const row = data[error.row ?? -1];
      // The cut-off or malformed record alone is spoiled: marked, to be handed on as a problem of its line.
      if (row) row[SPOILED] = error.code === 'MissingQuotes' ? 'the file ends inside a quoted field: the record is cut off' : `a quoted field is malformed (${error.message})`;
    }
    // Only a chunk longer than the limit can hold a whole record longer than it.
    if (text.length > MAX_RECORD_BYTES) {
      let at = line();
      for (const row of data) {
        if (width(row) > MAX_RECORD_BYTES) throw tooLong(file, at);
        at += 1 + lineBreaks(row);
      }
    }
    return data;
  };
  try {
    let first = true;
    for await (const bytes of stream as AsyncIterable<Buffer>) {
      let text = rest + decoder.write(bytes);
      if (first) text = text.replace(/^\uFEFF/, '');
      first = false;
      yield parse(text, false);
      if (rest.length > MAX_RECORD_BYTES) throw tooLong(file, line());
    }
    const text = rest + decoder.end();
    if (text !== '') yield parse(text, true);
  } finally {
    stream.destroy();
  }
}

const SPOILED = Symbol('spoiled');
type Spoiled = string[] & { [SPOILED]?: string };

function width(values: readonly string[]): number {
  let sum = values.length;
  for (const value of values) sum += value.length;
  return sum;
}

function tooLong(file: string, line: number): FileRefused {
  return new FileRefused(file, `line ${line}: a record is longer than ${MAX_RECORD_BYTES / 1024} KiB, the most accepted`);
}

export async function openCsv(file: string): Promise<CsvFile> {
  await sniff(file);
  let lineAfter = 1;
  const chunks = rows(file, () => lineAfter);
  // A header longer than a chunk comes with the chunk that ends it (or is refused, past the record limit).
  let firstRows = await chunks.next();
  while (!firstRows.done && firstRows.value.length === 0) firstRows = await chunks.next();
  const first = firstRows.done ? undefined : firstRows.value[0];
  if (first === undefined) throw new FileRefused(file, 'the file is empty: it has no header line');
  const header = first.map((name) => name.trim());
  if (header.length > MAX_COLUMNS) {
    await chunks.return(undefined);
    throw new FileRefused(file, `the header has ${header.length.toLocaleString('en-US')} columns, more than the ${MAX_COLUMNS} accepted`);
  }
  lineAfter = 2 + lineBreaks(first);

  const itemsOf = (data: Spoiled[], from: number): CsvItem[] => {
    const out: CsvItem[] = [];
    for (let i = from; i < data.length; i++) {
      const values = data[i] as Spoiled;
      const line = lineAfter;
      lineAfter += 1 + lineBreaks(values);
      const problem = values[SPOILED];
      if (problem) out.push({ line, problem });
      // A blank line between records (a trailing one, often) is no record.
      else if (values.length !== 1 || values[0] !== '') out.push({ line, values });
    }
    return out;
  };
  async function* items(): AsyncGenerator<CsvItem[]> {
    yield itemsOf(firstRows.value as Spoiled[], 1);
    for await (const data of chunks) yield itemsOf(data, 0);
  }
  return { header, items: items() };
}

/**
 * Line breaks inside a record's quoted fields: a record spans one line more than it holds.
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
