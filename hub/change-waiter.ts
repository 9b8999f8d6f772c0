// Hears of committed changes from every hub on the database (LISTEN), so a long poll answers within a
// moment of another console's edit. A check of the sequence every second covers a lost listener.
import pg from 'pg';
import { CHANGES_CHANNEL } from './write-transaction';

const POLL_MS = 1_000;
const RECONNECT_MS = 1_000;

export class ChangeWaiter {
  private listener: pg.Client | null = null;
  private readonly wakers = new Set<() => void>();
  private readonly finishers = new Set<() => void>();
  private closed = false;

  constructor(private readonly databaseUrl: string) {}

  async start(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl });
    const reconnect = () => {
      if (this.listener !== client) return;
      this.listener = null;
      client.end().catch(() => {});
      if (!this.closed) setTimeout(() => this.start().catch(() => {}), RECONNECT_MS).unref();
    };
    client.on('error', reconnect);
    client.on('end', reconnect);
    client.on('notification', () => {
      for (const wake of this.wakers) wake();
    });
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
    } catch (error) {
      reconnect();
      throw error;
    }
  }

  /** Resolves once the sequence is past `after`, or after `ms`. */
  waitPast(after: number, ms: number, readHead: () => Promise<number>): Promise<void> {
    return new Promise((resolve) => {
      let done = false;
      const finish = () => {
        if (done) return;
        done = true;
        clearTimeout(timeout);
        clearInterval(poll);
        this.wakers.delete(check);
        this.finishers.delete(finish);
        resolve();
      };
      const check = () => {
        readHead()
          .then((head) => {
            if (head > after) finish();
          })
          .catch(finish);
      };
      const timeout = setTimeout(finish, ms);
      const poll = setInterval(check, POLL_MS);
      this.wakers.add(check);
      this.finishers.add(finish);
      check();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const finish of this.finishers) finish();
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
  }
}
