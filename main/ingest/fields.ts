// Turns one CSV value into one field's value, or says plainly why it cannot.
import type { FieldSpec, FieldValue } from './entities';
import type { ClockShift } from './local-time';

/** Why a value cannot be a field's: a class of its own, so a converted value needs no wrapper object per field. */
export class Problem {
  constructor(readonly problem: string) {}
}

export type Converted = FieldValue | Problem;

const ID = /^[A-Za-z0-9._-]{1,64}$/;
const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
/** Days in each month of a common year; February of a leap year has one more. */
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const INT = /^-?\d+(?:\.0+)?$/;
/** Years a platform's records can fall in: a year outside is a typo or a hostile file, not an order. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** 'YYYY-MM-DD[ HH:MM[:SS]]' as a UTC instant of that wall time, or a reason it is not a date. */
export function wallTime(text: string): number | string {
  const m = TIME.exec(text);
  if (!m) return 'is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)';
  const year = +(m[1] as string);
  const month = +(m[2] as string);
  const day = +(m[3] as string);
  const hour = m[4] === undefined ? 0 : +m[4];
  const minute = m[5] === undefined ? 0 : +m[5];
  const second = m[6] === undefined ? 0 : +m[6];
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
