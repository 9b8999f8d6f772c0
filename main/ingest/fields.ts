// Turns one CSV value into one field's value, or says plainly why it cannot.
import type { FieldSpec, FieldValue } from './entities';
import type { ClockShift } from './local-time';

/** Why a value cannot be a field's: a class of its own, so a converted value needs no wrapper object per field. */
export class Problem {
  constructor(readonly problem: string) {}
}

export type Converted = FieldValue | Problem;

const ID = /^[A-Za-z0-9._-]{1,64}$/;
/** Days in each month of a common year; February of a leap year has one more. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const INT = /^-?\d+(?:\.0+)?$/;
/** Years a platform's records can fall in: a year outside is a typo or a hostile file, not an order. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** The number written by `count` ASCII digits at `at`, or -1 where any of them is not a digit. */
function digits(text: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = text.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/**
 * 'YYYY-MM-DD[ HH:MM[:SS]]' (or a 'T' for the space) as a UTC instant of that wall time, or a reason it is not a
 * date. Read character by character: a million records hold several million times.
 */
export function wallTime(text: string): number | string {
  const length = text.length;
  const sep = text.charCodeAt(10);
  const year = digits(text, 0, 4);
  const month = digits(text, 5, 2);
  const day = digits(text, 8, 2);
  const hour = length > 10 ? digits(text, 11, 2) : 0;
  const minute = length > 10 ? digits(text, 14, 2) : 0;
  const second = length > 16 ? digits(text, 17, 2) : 0;
  const shaped =
    (length === 10 || length === 16 || length === 19) &&
    text[4] === '-' &&
    text[7] === '-' &&
    (length === 10 || ((sep === 32 || sep === 84) && text[13] === ':')) &&
    (length !== 19 || text[16] === ':');
  if (!shaped || year < 0 || month < 0 || day < 0 || hour < 0 || minute < 0 || second < 0) return 'is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)';
  if (year < FIRST_YEAR || year > LAST_YEAR) return `has the year ${year}, outside ${FIRST_YEAR}-${LAST_YEAR}`;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 && leap ? 29 : MONTH_DAYS[month - 1];
  if (days === undefined || day < 1 || day > days || hour > 23 || minute > 59 || second > 59) return 'is not a date: no such day or time';
  return Date.UTC(year, month - 1, day, hour, minute, second);
}

export function convert(raw: string, spec: FieldSpec, clock: ClockShift, codes?: Record<string, string>): Converted {
  const text = spec.type === 'text' ? raw : raw.trim();
  if (text === '') return spec.required ? new Problem('is empty, and the field is required') : null;
  if (text.includes('\uFFFD')) return new Problem('is not valid UTF-8');
  switch (spec.type) {
    case 'id':
      return ID.test(text) ? text : new Problem('is not an id (letters, digits, ".", "-", "_", at most 64)');
    case 'text':
      return spec.max !== undefined && text.length > spec.max ? text.slice(0, spec.max) : text;
    case 'int': {
      if (!INT.test(text)) return new Problem('is not a whole number');
      const n = Number.parseInt(text, 10);
      const low = spec.range?.[0] ?? Number.MIN_SAFE_INTEGER;
      const high = spec.range?.[1] ?? Number.MAX_SAFE_INTEGER;
      return n < low || n > high ? new Problem(`is outside ${low}-${high}`) : n;
    }
    case 'money':
    case 'rate': {
      if (!DECIMAL.test(text)) return new Problem('is not a number such as 12.50');
      const n = Number(text);
      if (spec.type === 'rate' && n <= 0) return new Problem('is not a positive rate');
      return n < 0 || n > 1e9 ? new Problem('is not an amount between 0 and 1,000,000,000') : n;
    }
    case 'day':
    case 'local_time': {
      const wall = wallTime(text);
      if (typeof wall === 'string') return new Problem(wall);
      if (spec.type === 'day') return text.length === 10 ? text : new Problem('is not a day (YYYY-MM-DD)');
      return clock(wall);
    }
    case 'code': {
      const mapped = codes?.[text];
      if (mapped === undefined) return new Problem(`is not one of the codes the mapping knows (${Object.keys(codes ?? {}).join(', ')})`);
      return spec.values?.includes(mapped) ? mapped : new Problem(`maps to "${mapped}", which is not one of ${spec.values?.join(', ')}`);
    }
  }
}
