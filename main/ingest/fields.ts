// Turns one CSV value into one field's value, or says plainly why it cannot.
import type { FieldSpec, FieldValue } from './entities';
import type { ClockShift } from './local-time';

export type Converted = { value: FieldValue } | { problem: string };

const ID = /^[A-Za-z0-9._-]{1,64}$/;
const TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/;
const DECIMAL = /^-?\d+(?:\.\d+)?$/;
const INT = /^-?\d+(?:\.0+)?$/;
/** Years a platform's records can fall in: a year outside is a typo or a hostile file, not an order. */
const FIRST_YEAR = 1990;
const LAST_YEAR = 2100;

/** 'YYYY-MM-DD[ HH:MM[:SS]]' as a UTC instant of that wall time, or a reason it is not a date. */
export function wallTime(text: string): number | string {
  const m = TIME.exec(text);
  if (!m) return 'is not a date (YYYY-MM-DD or YYYY-MM-DD HH:MM:SS)';
  const [year, month, day, hour, minute, second] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (year < FIRST_YEAR || year > LAST_YEAR) return `has the year ${year}, outside ${FIRST_YEAR}-${LAST_YEAR}`;
  const at = Date.UTC(year, month - 1, day, hour, minute, second);
  const back = new Date(at);
  if (back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) return 'is not a date: no such day or time';
  return at;
}

export function convert(raw: string, spec: FieldSpec, clock: ClockShift, codes?: Record<string, string>): Converted {
  const text = spec.type === 'text' ? raw : raw.trim();
  if (text === '') return spec.required ? { problem: 'is empty, and the field is required' } : { value: null };
  if (text.includes('\uFFFD')) return { problem: 'is not valid UTF-8' };
  switch (spec.type) {
    case 'id':
      return ID.test(text) ? { value: text } : { problem: 'is not an id (letters, digits, ".", "-", "_", at most 64)' };
    case 'text':
      return { value: spec.max !== undefined && text.length > spec.max ? text.slice(0, spec.max) : text };
    case 'int': {
      if (!INT.test(text)) return { problem: 'is not a whole number' };
      const n = Number.parseInt(text, 10);
      const [low, high] = spec.range ?? [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER];
      return n < low || n > high ? { problem: `is outside ${low}-${high}` } : { value: n };
    }
    case 'money':
    case 'rate': {
      if (!DECIMAL.test(text)) return { problem: 'is not a number such as 12.50' };
      const n = Number(text);
      if (spec.type === 'rate' && n <= 0) return { problem: 'is not a positive rate' };
      return n < 0 || n > 1e9 ? { problem: 'is not an amount between 0 and 1,000,000,000' } : { value: n };
    }
    case 'day':
    case 'local_time': {
      const wall = wallTime(text);
      if (typeof wall === 'string') return { problem: wall };
      if (spec.type === 'day') return text.length === 10 ? { value: text } : { problem: 'is not a day (YYYY-MM-DD)' };
      return { value: clock(wall) };
    }
    case 'code': {
      const mapped = codes?.[text];
      if (mapped === undefined) return { problem: `is not one of the codes the mapping knows (${Object.keys(codes ?? {}).join(', ')})` };
      return spec.values?.includes(mapped) ? { value: mapped } : { problem: `maps to "${mapped}", which is not one of ${spec.values?.join(', ')}` };
    }
  }
}
