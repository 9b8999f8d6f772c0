import { isIP } from 'node:net';

/** Whether a listening address reaches this machine only: 127.0.0.0/8, ::1 or localhost (never 0.0.0.0 or ::). */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare;
  return isIP(v4) === 4 && v4.startsWith('127.');
}
