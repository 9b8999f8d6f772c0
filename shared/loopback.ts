// Whether an address reaches this machine only. The hub takes demo tokens only when it listens on one; a console
// warns when it reaches a hub that is not one over plain http. No Node here: the console and the hub share it.

const IPV4_LOOPBACK = /^127(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/;

/** 127.0.0.0/8, ::1 (bracketed or not, or IPv4-mapped) and localhost; never 0.0.0.0 or ::, which listen everywhere. */
export function isLoopbackHost(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return IPV4_LOOPBACK.test(bare.startsWith('::ffff:') ? bare.slice('::ffff:'.length) : bare);
}
