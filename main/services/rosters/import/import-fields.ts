// Reading one CSV row's fields: each reader returns the value to store, or records why it cannot and returns
// undefined, so one row lists all its problems at once.
import type { Person, RegionCode } from '../../../../shared/domain';
import { REGION_CODES } from '../../../../shared/domain';
import type { ImportProblem } from '../../../../shared/rosters-import';
import type { RostersTableName } from '../../../../shared/tables/rosters-tables';
import type { Db } from '../../../db/open';
import type { SqlValue } from '../../../db/statement-cache';

export interface RowReader {
  db: Db;
  person: Person;
  now: number;
  values: Record<string, string>;
  /** This row's problems only. */
  problems: ImportProblem[];
  line: number;
}

export interface ImportKindSpec {
  table: RostersTableName;
  required: readonly string[];
  optional: readonly string[];
  /** The row to store (the registry's column order, id first), or undefined when a field is refused. */
  read(r: RowReader, id: number): SqlValue[] | undefined;
  /** Rows with the same key are one row: a second one in the file is refused. */
  key(row: readonly SqlValue[]): string;
  /** The stored row with the same key, if any. */
  existing(db: Db, row: readonly SqlValue[]): SqlValue[] | undefined;
  /** Why a row whose key the store holds with other values is refused. */
  taken(existing: readonly SqlValue[]): { column: string; reason: string };
}

export function refuse(r: RowReader, column: string, reason: string): undefined {
  r.problems.push({ row: r.line, column, value: r.values[column] ?? '', reason });
  return undefined;
}

export const text = (r: RowReader, column: string, max: number, required = true): string | null | undefined => {
  const value = r.values[column] ?? '';
  if (value === '') return required ? refuse(r, column, 'is empty') : null;
  if (value.length > max) return refuse(r, column, `is longer than ${max} characters`);
  return value;
};

export function oneOf<T extends string>(r: RowReader, column: string, allowed: readonly T[], fallback?: T): T | undefined {
  const written = (r.values[column] ?? '').trim();
  if (written === '' && fallback !== undefined) return fallback;
  const value = written.toLowerCase().replace(/[\s-]+/g, '_');
  if ((allowed as readonly string[]).includes(value)) return value as T;
  return refuse(r, column, written === '' ? 'is empty' : `is not one of ${allowed.join(', ')}`);
}

export function wholeNumber(r: RowReader, column: string, required = true): number | null | undefined {
  const written = (r.values[column] ?? '').replace(/[\s,_]/g, '');
  if (written === '') return required ? refuse(r, column, 'is empty') : null;
  if (!/^-?\d+$/.test(written)) return refuse(r, column, 'is not a whole number');
  const value = Number(written);
  if (value < 0) return refuse(r, column, 'is negative');
  if (value > 1_000_000_000) return refuse(r, column, 'is over 1,000,000,000');
  return value;
}

/** A share written as 0.045, 4.5% or 4,5 %. */
export function share(r: RowReader, column: string): number | undefined {
  const written = (r.values[column] ?? '').replace(/\s/g, '').replace(',', '.');
  if (written === '') return refuse(r, column, 'is empty');
  const percent = written.endsWith('%');
  const value = Number(percent ? written.slice(0, -1) : written);
  if (!Number.isFinite(value)) return refuse(r, column, 'is not a number');
  const rate = percent ? value / 100 : value;
  if (rate < 0 || rate > 1) return refuse(r, column, 'is not between 0 and 1 (or 0% and 100%)');
  return Math.round(rate * 1_000_000) / 1_000_000;
}

export function webAddress(r: RowReader, column: string, required: boolean): string | null | undefined {
  const written = r.values[column] ?? '';
  if (written === '') return required ? refuse(r, column, 'is empty') : null;
  let url: URL;
  try {
    url = new URL(written);
  } catch {
    return refuse(r, column, 'is not a web address (https://...)');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return refuse(r, column, 'is not a web address (https://...)');
  if (written.length > 500) return refuse(r, column, 'is longer than 500 characters');
  return written;
}

/** A calendar date, YYYY-MM-DD, that exists. */
export function localDay(r: RowReader, column: string, required = true): string | null | undefined {
  const written = (r.values[column] ?? '').trim();
  if (written === '') return required ? refuse(r, column, 'is empty') : null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(written);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== written) return refuse(r, column, 'is not a date (YYYY-MM-DD)');
  return written;
}

/** A time: an ISO date-time with its offset (2026-06-02T10:00:00+08:00), or a date read as midnight UTC. */
export function instant(r: RowReader, column: string, required = true): number | null | undefined {
  const written = (r.values[column] ?? '').trim();
  if (written === '') return required ? refuse(r, column, 'is empty') : null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(written)) {
    const day = localDay(r, column);
    return day ? Date.parse(`${day}T00:00:00Z`) : undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/.test(written)) {
    return refuse(r, column, 'is not a date-time with its offset (2026-06-02T10:00:00+08:00)');
  }
  const at = Date.parse(written.replace(' ', 'T'));
  return Number.isNaN(at) ? refuse(r, column, 'is not a date-time that exists') : at;
}

export function yesNo(r: RowReader, column: string): number | undefined {
  const written = (r.values[column] ?? '').trim().toLowerCase();
  if (['yes', 'y', 'true', '1'].includes(written)) return 1;
  if (['no', 'n', 'false', '0'].includes(written)) return 0;
  return refuse(r, column, 'is not yes or no');
}

export function grantedRegion(r: RowReader, column = 'region'): RegionCode | undefined {
  const written = (r.values[column] ?? '').trim().toUpperCase();
  if (!(REGION_CODES as readonly string[]).includes(written)) return refuse(r, column, `is not a region (${REGION_CODES.join(', ')})`);
  if (!r.person.regions.includes(written as RegionCode)) return refuse(r, column, 'is a region you are not granted');
  return written as RegionCode;
}

/** Words separated by commas or semicolons, as one stored text. */
export function list(r: RowReader, column: string): string {
  return (r.values[column] ?? '').split(/[,;]/).map((w) => w.trim()).filter((w) => w !== '').join(',');
}
