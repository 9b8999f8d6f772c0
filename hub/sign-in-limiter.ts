// Failed sign-ins per remote address: after `maxFailures` in a window, the address is answered 429 until the
// window ends. Kept in the hub's memory: each hub behind a balancer counts its own (hub/PROTOCOL.md, "Accounts").
// Requests with a good token never count, and an address under the limit is never slowed.

interface Window {
  startedAt: number;
  failures: number;
}

/** Addresses remembered at most; past it, windows that have ended are dropped. */
const MAX_ADDRESSES = 10_000;

export class SignInLimiter {
  private readonly windows = new Map<string, Window>();

  constructor(
    private readonly maxFailures = 10,
    private readonly windowMs = 60_000,
  ) {}

  /** 0 when the address may try; otherwise how long it must wait, in milliseconds. */
  waitFor(address: string, now: number): number {
    const window = this.windows.get(address);
    if (!window || window.failures < this.maxFailures) return 0;
    return Math.max(0, window.startedAt + this.windowMs - now);
  }

  failed(address: string, now: number): void {
    const window = this.windows.get(address);
    if (window && now - window.startedAt < this.windowMs) {
      window.failures++;
      return;
    }
    if (this.windows.size >= MAX_ADDRESSES) {
      for (const [key, old] of this.windows) if (now - old.startedAt >= this.windowMs) this.windows.delete(key);
    }
    this.windows.set(address, { startedAt: now, failures: 1 });
  }
}
