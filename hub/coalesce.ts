// Sharing reads between requests that arrive together: a thousand long polls woken by one change must not make a
// thousand round trips for what one can answer.

/** Collects the keys asked for in one turn of the event loop and reads them in one query. */
export class Batcher<K, V> {
  private pending = new Map<K, { resolve: (value: V) => void; reject: (error: unknown) => void }[]>();
  private scheduled = false;

  constructor(private readonly load: (keys: K[]) => Promise<Map<K, V>>, private readonly missing: V) {}

  get(key: K): Promise<V> {
    return new Promise((resolve, reject) => {
      const waiting = this.pending.get(key);
      if (waiting) waiting.push({ resolve, reject });
      else this.pending.set(key, [{ resolve, reject }]);
      if (this.scheduled) return;
      this.scheduled = true;
      setImmediate(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    this.scheduled = false;
    try {
      const values = await this.load([...batch.keys()]);
      for (const [key, waiting] of batch) for (const { resolve } of waiting) resolve(values.get(key) ?? this.missing);
    } catch (error) {
      for (const waiting of batch.values()) for (const { reject } of waiting) reject(error);
    }
  }
}

/**
 * A value read fresh for each caller, yet read once for many: a caller gets the result of a read that began after it
 * asked. While one read runs, callers arriving wait for the next, which starts when it ends: one read in flight.
 */
export class FreshRead<T> {
  private running: Promise<T> | null = null;
  private next: Promise<T> | null = null;

  constructor(private readonly read: () => Promise<T>) {}

  get(): Promise<T> {
    if (!this.running) return this.start();
    this.next ??= this.running.then(
      () => this.start(),
      () => this.start(),
    );
    return this.next;
  }

  private start(): Promise<T> {
    this.next = null;
    const reading = this.read();
    this.running = reading;
    const done = () => {
      if (this.running === reading) this.running = null;
    };
    reading.then(done, done);
    return reading;
  }
}
