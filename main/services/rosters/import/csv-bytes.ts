// A roster CSV's bytes to rows: UTF-8 only (a UTF-8 byte-order mark is dropped), UTF-16 and Windows-1252 refused
// by name, then parsed by csv-parse with the first line as the header. Each record keeps its line number.
import { parse } from 'csv-parse/sync';
import { ServiceError } from '../../kit';

export interface CsvRecord {
  line: number;
  values: Record<string, string>;
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

function decode(bytes: Uint8Array): string {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    throw new ServiceError('invalid_input', 'The file is UTF-16: save it as CSV UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)") and import it again', 'content');
  }
  // UTF-16 without a byte-order mark has a zero byte in almost every other place.
  const zeros = bytes.subarray(0, 400).filter((b) => b === 0).length;
  if (zeros > 0) throw new ServiceError('invalid_input', 'The file has zero bytes, as UTF-16 text does: save it as CSV UTF-8 and import it again', 'content');
  try {
    return UTF8.decode(bytes);
  } catch {
    // Not UTF-8: every byte decodes in Windows-1252, which is what spreadsheets on Windows write by default.
    let at = 0;
    while (at < bytes.length && (bytes[at] as number) < 0x80) at++;
    throw new ServiceError(
      'invalid_input',
      `The file is not UTF-8 (byte ${at + 1} is 0x${(bytes[at] ?? 0).toString(16)}, as Windows-1252 writes accented letters): save it as CSV UTF-8 and import it again`,
      'content',
    );
  }
}

export function readCsv(bytes: Uint8Array, required: readonly string[], optional: readonly string[]): { columns: string[]; records: CsvRecord[] } {
  const text = decode(bytes);
  let parsed: { record: Record<string, string>; info: { lines: number } }[];
  let columns: string[] = [];
  try {
    parsed = parse(text, {
      bom: true,
      columns: (header: string[]) => (columns = header.map((name) => name.trim().toLowerCase())),
      skip_empty_lines: true,
      relax_column_count: true,
      trim: true,
      info: true,
    }) as typeof parsed;
  } catch (error) {
    throw new ServiceError('invalid_input', `The file is not a CSV this console can read: ${error instanceof Error ? error.message : String(error)}`, 'content');
  }
  const missing = required.filter((name) => !columns.includes(name));
  if (missing.length > 0) {
    throw new ServiceError('invalid_input', `The file has no ${missing.map((m) => `"${m}"`).join(', ')} column${missing.length > 1 ? 's' : ''}: the first line must name ${required.join(', ')}`, 'content');
  }
  const unknown = columns.filter((name) => !required.includes(name) && !optional.includes(name));
  if (unknown.length > 0) {
    throw new ServiceError('invalid_input', `The file has columns this import does not know: ${unknown.map((u) => `"${u}"`).join(', ')} (it reads ${[...required, ...optional].join(', ')})`, 'content');
  }
  return { columns, records: parsed.map(({ record, info }) => ({ line: info.lines, values: record })) };
}
