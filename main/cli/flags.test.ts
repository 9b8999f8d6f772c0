import { describe, expect, it } from 'vitest';
import { parseFlags, parsePort, UsageError } from './flags';

const spec = { values: ['db', 'port'] as const, switches: ['browser'] as const };

describe('command-line flags', () => {
  it('read values in both spellings and switches', () => {
    expect(parseFlags(['--db', 'a.sqlite', '--port=8080', '--browser'], spec)).toEqual({
      values: { db: 'a.sqlite', port: '8080' },
      switches: { browser: true },
    });
  });

  it('name the flag at fault', () => {
    expect(() => parseFlags(['--dv', 'x'], spec)).toThrow(/"--dv" is not an option here; the options are --db, --port, --browser/);
    expect(() => parseFlags(['--db'], spec)).toThrow(new UsageError('--db needs a value'));
    expect(() => parseFlags(['--db', 'a', '--db', 'b'], spec)).toThrow(/--db is given twice/);
  });

  it('accept only port numbers', () => {
    expect(parsePort(undefined, 0)).toBe(0);
    expect(parsePort('4800', 0)).toBe(4800);
    expect(() => parsePort('80a', 0)).toThrow(/--port "80a" is not a port number/);
  });
});
