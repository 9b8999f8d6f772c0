// Hears of committed changes from every hub on the database (LISTEN), and wakes only the long polls a change concerns:
// those holding a region it touched, every one for a directory change, and the console that pushed it (so it hears
// its answers confirmed). Each announcement carries its number, regions and pushing consoles (hub_order_commit,
// hub migration 004), so waking costs no read. One check of the head a second per hub covers a lost announcement.
import pg from 'pg';
import { CHANGES_CHANNEL } from './write-transaction';

const CHECK_MS = 1_000;
const RECONNECT_MS = 1_000;
/**
 * Announcements are acted on in passes: at most one per PASS_MS, and not before the polls the last pass woke have
 * been answered (unless that takes WAVE_MS). A console so pulls at most once a pass however fast changes come, each
 * pass wakes its consoles at one cursor (one shared page), and a busy hub finishes a wave before starting the next,
 * leaving room for pushes, instead of answering every console once per change.
 */
const PASS_MS = 50;
const WAVE_MS = 1_000;
/** Consoles that pushed lately, remembered so a poll arriving after the announcement still sees it concerns it. */
const REMEMBERED_CLIENTS = 10_000;

interface Announcement {
  seq: number;
  /** Null: every console's. */
  regions: string[] | null;
  clients: string[];
}

/** What a long poll holds: its cursor's position and regions, and its console. */
export interface Watch {
  after: number;
  regions: readonly string[];
  clientId: string;
}

interface Waiter extends Watch {
  finish(): void;
  /** Woken by a pass: the pass's wave ends when every such poll has been answered. */
  woken: boolean;
}

/** Called once the poll's answer is made: the pass that woke it counts it as answered. */
export type Release = () => void;

export class ChangeWaiter {
  private listener: pg.Client | null = null;
  private readonly waiters = new Set<Waiter>();
  private closed = false;
  private check: NodeJS.Timeout | null = null;
  /** Highest number heard of; below `since`, the hub does not know what changed (before it listened). */
  private heardSeq = 0;
  private since = Number.POSITIVE_INFINITY;
  private everyoneSeq = 0;
  private readonly regionSeq = new Map<string, number>();
  private readonly clientSeq = new Map<string, number>();
  private clientsForgottenBelow = 0;
  /** The head read by the last check, to tell a lost announcement from one still on its way. */
  private checkedHead = 0;
  private pending: Announcement[] = [];
  private passTimer: NodeJS.Timeout | null = null;
  private lastPassAt = 0;
  /** Polls the last pass woke that are not answered yet. */
  private wave = 0;
  private waveId = 0;
  /** The highest number announced, acted on or not yet. */
  private notifiedSeq = 0;
  constructor(
    private readonly databaseUrl: string,
    private readonly readHead: () => Promise<number>,
    /** Told at once of the consoles each announcement says pushed; null when announcements may have been lost. */
    private readonly onPushed: (clientIds: readonly string[] | null) => void = () => {},
  ) {}

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
    client.on('notification', (message) => {
      if (!message.payload) return;
      const announcement = JSON.parse(message.payload) as Announcement;
      this.onPushed(announcement.clients);
      this.notifiedSeq = Math.max(this.notifiedSeq, announcement.seq);
      this.pending.push(announcement);
      this.schedulePass();
    });
    this.listener = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANGES_CHANNEL}`);
      // Whatever committed before LISTEN is at or below this head: what changed there is unknown, so it concerns all.
      const { rows } = await client.query<{ seq: string }>('SELECT seq FROM hub_sequence');
      const head = Number(rows[0]?.seq ?? 0);
      this.since = head;
      this.heardSeq = Math.max(this.heardSeq, head);
      this.notifiedSeq = Math.max(this.notifiedSeq, head);
      this.onPushed(null);
      this.wakeWhere((waiter) => waiter.after < head);
    } catch (error) {
      reconnect();
      throw error;
    }
    this.check ??= setInterval(() => void this.checkHead(), CHECK_MS).unref();
  }

  /** The highest change number this hub has acted on: a page built after now ends at or past it. */
  get heard(): number {
    return this.heardSeq;
  }

  /** The highest change number announced here, acted on or not: what was heard of each change up to it is known. */
  get notified(): number {
    return this.notifiedSeq;
  }

  /** Long polls waiting now. */
  get waiting(): number {
    return this.waiters.size;
  }

  /** Whether a change past `watch.after` may concern the console: if so, it pulls at once. */
  concerns(watch: Watch): boolean {
    if (watch.after < this.since || this.everyoneSeq > watch.after) return true;
    if (watch.regions.some((region) => (this.regionSeq.get(region) ?? 0) > watch.after)) return true;
    const pushed = this.clientSeq.get(watch.clientId);
    return pushed === undefined ? watch.after < this.clientsForgottenBelow : pushed > watch.after;
  }

  /**
   * Resolves when a change concerning `watch` is announced, after `ms`, or when `signal` aborts (the client went):
   * then its timer and its place are gone at once, and nothing more is read for it. Call the release it resolves
   * with once the poll is answered.
   */
  wait(watch: Watch, ms: number, signal?: AbortSignal): Promise<Release> {
    return new Promise((resolve) => {
      if (signal?.aborted) return resolve(() => {});
      const waiter: Waiter = {
        ...watch,
        woken: false,
        finish: () => {
          clearTimeout(timeout);
          signal?.removeEventListener('abort', waiter.finish);
          if (!this.waiters.delete(waiter)) return;
          resolve(waiter.woken ? this.releaser() : () => {});
        },
      };
      const timeout = setTimeout(waiter.finish, ms);
      signal?.addEventListener('abort', waiter.finish, { once: true });
      this.waiters.add(waiter);
    });
  }

  private releaser(): Release {
    const wave = this.waveId;
    let released = false;
    return () => {
      if (released || wave !== this.waveId) return;
      released = true;
      this.wave--;
      if (this.wave === 0 && this.pending.length > 0) this.schedulePass();
    };
  }

  /** Arms the next pass: PASS_MS after the last, or once the last one's wave is answered (WAVE_MS at most). */
  private schedulePass(): void {
    if (this.closed) return;
    if (this.passTimer) clearTimeout(this.passTimer);
    const sinceLast = Date.now() - this.lastPassAt;
    const delay = Math.max(0, (this.wave > 0 ? WAVE_MS : PASS_MS) - sinceLast);
    this.passTimer = setTimeout(() => {
      this.passTimer = null;
      this.pass();
    }, delay);
  }

  private pass(): void {
    const announcements = this.pending;
    this.pending = [];
    this.lastPassAt = Date.now();
    this.waveId++;
    this.wave = 0;
    for (const announcement of announcements) this.hear(announcement);
  }

  private hear(announcement: Announcement): void {
    const { seq, regions, clients } = announcement;
    this.heardSeq = Math.max(this.heardSeq, seq);
    if (regions === null) this.everyoneSeq = Math.max(this.everyoneSeq, seq);
    else for (const region of regions) this.regionSeq.set(region, Math.max(this.regionSeq.get(region) ?? 0, seq));
    for (const client of clients) this.remember(client, seq);
    this.wakeWhere(
      (waiter) =>
        waiter.after < seq && (regions === null || regions.some((region) => waiter.regions.includes(region)) || clients.includes(waiter.clientId)),
    );
  }

  private remember(clientId: string, seq: number): void {
    this.clientSeq.delete(clientId);
    this.clientSeq.set(clientId, seq);
    if (this.clientSeq.size <= REMEMBERED_CLIENTS) return;
    const [oldest, oldestSeq] = this.clientSeq.entries().next().value as [string, number];
    this.clientSeq.delete(oldest);
    this.clientsForgottenBelow = Math.max(this.clientsForgottenBelow, oldestSeq);
  }

  private wakeWhere(test: (waiter: Waiter) => boolean): void {
    for (const waiter of [...this.waiters]) {
      if (!test(waiter)) continue;
      waiter.woken = true;
      this.wave++;
      waiter.finish();
    }
  }

  /** A head that stayed past what was heard for a whole check was never announced here: it may concern anyone. */
  private async checkHead(): Promise<void> {
    if (this.waiters.size === 0) return;
    if (this.checkedHead > this.notifiedSeq) {
      const missed = this.checkedHead;
      this.since = Math.max(this.since, missed);
      this.heardSeq = Math.max(this.heardSeq, missed);
      this.notifiedSeq = missed;
      this.onPushed(null);
      this.wakeWhere((waiter) => waiter.after < missed);
    }
    this.checkedHead = await this.readHead().catch(() => this.checkedHead);
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.check) clearInterval(this.check);
    if (this.passTimer) clearTimeout(this.passTimer);
    this.wakeWhere(() => true);
    const listener = this.listener;
    this.listener = null;
    await listener?.end().catch(() => {});
  }
}
