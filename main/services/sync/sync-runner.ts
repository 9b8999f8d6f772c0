// Runs sync beside the console, never in its way: at start, whenever an edit is queued or "Sync now" is
// asked, and in a long poll while the hub answers (so another console's edit shows within a second), with
// a full cycle (push, pull, checksums) every few minutes. Failures back off and say why in plain words.
import { downloadBlobs, uploadBlobs } from '../compliance/evidence-sync';
import type { SignInRefusal, SyncState } from '../../../shared/sync';
import type { Db } from '../../db/open';
import type { EventSink } from '../event-sink';
import { HubClient, HubFailure } from './hub-client';
import { unansweredCount } from './push-answers';
import { pruneSyncRecords } from './prune-records';
import { Interrupted, pullAll, pushAll, type CycleOptions } from './sync-cycle';
import { registerRunner, unregisterRunner, type RunnerView, type SyncRunnerLink } from './runner-registry';
import { beginSignIn, confirmHub, markSynced, readSyncState, SignInRefused } from './sync-state';
import type { TokenVault } from './token-vault';

export interface SyncRunnerOptions {
  db: Db;
  vault: TokenVault;
  /** The console's clock: it stamps edits and "last synced"; the hub corrects for its error. */
  now: () => number;
  log: (line: string) => void;
  /** Hears the rows each pulled page changed. */
  events?: EventSink;
  /** Told whenever the status may have changed: the runner's state, a page landed, edits answered. */
  onChange?: () => void;
  /** How long a long poll waits at the hub. */
  waitMs?: number;
  /** How often a full cycle runs while online. */
  cycleMs?: number;
  pushBatch?: number;
  /** The first retry's delay; each failure doubles it, up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
}

export class SyncRunner implements SyncRunnerLink {
  private state: SyncState = 'signed_out';
  private reason: string | null = null;
  /** Why the last sign-in was refused (edits wait that it would discard); cleared by the next sign-in or sign-out. */
  private refusal: SignInRefusal | null = null;
  /** The person confirmed discarding the edits waiting if the hub turns out to be another data set or person. */
  private discardWaiting = false;
  private nextAttemptAt: number | null = null;
  private failures = 0;
  private stopped = false;
  private kicked = false;
  private wake: (() => void) | null = null;
  private longPoll: AbortController | null = null;
  private running: Promise<void> = Promise.resolve();
  private checkedAt = Number.NEGATIVE_INFINITY;
  /** Ask the hub whose token this is before anything else: at start and after a sign-in. */
  private verifyPerson = true;
  private readonly db: Db;

  constructor(private readonly options: SyncRunnerOptions) {
    this.db = options.db;
  }

  start(): void {
    registerRunner(this.db, this);
    this.running = this.loop();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.kick();
    await this.running;
    unregisterRunner(this.db);
  }

  private changed(): void {
    this.options.onChange?.();
  }

  kick(): void {
    this.kicked = true;
    this.longPoll?.abort();
    this.wake?.();
  }

  /** The token goes to the vault, never the database; the hub is asked who it is at the next cycle. */
  signIn(hubUrl: string, token: string, discardWaiting: boolean): void {
    beginSignIn(this.db, hubUrl);
    this.options.vault.save(token);
    this.verifyPerson = true;
    this.discardWaiting = discardWaiting;
    this.state = 'signing_in';
    this.reason = null;
    this.refusal = null;
    this.failures = 0;
    this.kick();
    this.changed();
  }

  signOut(): void {
    this.options.vault.clear();
    this.state = 'signed_out';
    this.reason = null;
    this.refusal = null;
    this.kick();
    this.changed();
  }

  view(): RunnerView {
    return {
      state: this.state,
      reason: this.reason,
      nextAttemptAt: this.nextAttemptAt,
      signInRefused: this.refusal,
      tokenSessionOnly: this.options.vault.sessionOnly,
    };
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = Number.isFinite(ms) ? setTimeout(() => done(), ms) : null;
      const done = () => {
        if (timer) clearTimeout(timer);
        this.wake = null;
        resolve();
      };
      this.wake = done;
      if (this.kicked || this.stopped) done();
    });
  }

  private async loop(): Promise<void> {
    while (!this.stopped) {
      const token = this.options.vault.load();
      const state = readSyncState(this.db);
      if (!token || !state) {
        // Signed out keeps the words of a refused sign-in (signOut clears them).
        this.state = 'signed_out';
        this.kicked = false;
        this.changed();
        await this.sleep(Number.POSITIVE_INFINITY);
        continue;
      }
      const client = new HubClient(state.hub_url, token);
      this.kicked = false;
      try {
        // Checksums cost the hub a scan of the person's regions: once per full cycle, not per edit.
        const checksums = Date.now() - this.checkedAt >= (this.options.cycleMs ?? 180_000);
        await this.cycle(client, checksums);
        if (checksums) this.checkedAt = Date.now();
        this.failures = 0;
        this.reason = null;
        this.nextAttemptAt = null;
        this.state = 'online';
        this.changed();
        await this.live(client);
      } catch (error) {
        if (this.stopped) break;
        if (error instanceof Interrupted) continue;
        if (error instanceof SignInRefused) {
          // Nothing was sent or dropped: the person signs in to the hub the edits were made on, or confirms.
          this.options.vault.clear();
          this.state = 'signed_out';
          this.reason = error.plain;
          this.refusal = error.refusal;
          this.discardWaiting = false;
          continue;
        }
        // The address now reaches another data set than the edits were made on: ask the hub again which it is first.
        if (error instanceof HubFailure && error.status === 409) this.verifyPerson = true;
        this.failures++;
        this.state = this.state === 'signing_in' ? 'signing_in' : 'offline';
        this.reason = error instanceof HubFailure ? error.plain : 'sync stopped on an unexpected error';
        if (!(error instanceof HubFailure)) this.options.log(`sync failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        const base = this.options.backoffMs ?? 1_000;
        const delay = Math.min(base * 2 ** (this.failures - 1), this.options.maxBackoffMs ?? 300_000);
        this.nextAttemptAt = this.options.now() + delay;
        this.kicked = false;
        this.changed();
        await this.sleep(delay);
        this.nextAttemptAt = null;
      }
    }
  }

  private cycleOptions(): CycleOptions {
    return {
      now: this.options.now,
      log: this.options.log,
      pushBatch: this.options.pushBatch ?? 500,
      stopped: () => this.stopped,
      ...(this.options.events ? { events: this.options.events } : {}),
      onPage: () => this.changed(),
    };
  }

  /** Which data set and whose token, then every waiting edit up, then every change down. */
  private async cycle(client: HubClient, checksums: boolean): Promise<void> {
    const known = readSyncState(this.db);
    if (this.verifyPerson || known?.person_id == null || known.data_set === null) {
      if (known?.person_id == null) this.state = 'signing_in';
      const me = await client.me();
      confirmHub(this.db, { personId: me.id, dataSet: me.dataSet }, this.discardWaiting);
      this.discardWaiting = false;
      this.verifyPerson = false;
    }
    this.state = 'syncing';
    this.changed();
    await pushAll(this.db, client, this.cycleOptions());
    // Evidence files go up once the revisions naming them are pushed, and come down once pulled.
    await uploadBlobs(this.db, client, this.options.log);
    await pullAll(this.db, client, { ...this.cycleOptions(), checksums });
    await downloadBlobs(this.db, client);
    markSynced(this.db, this.options.now());
    pruneSyncRecords(this.db, this.options.now());
  }

  /** Long polls until an edit waits, "Sync now" is asked, or a full cycle is due. */
  private async live(client: HubClient): Promise<void> {
    const due = Date.now() + (this.options.cycleMs ?? 180_000);
    while (!this.stopped && !this.kicked && Date.now() < due) {
      if (unansweredCount(this.db) > 0) return;
      const state = readSyncState(this.db);
      if (!state || state.cursor === null) return;
      const abort = new AbortController();
      this.longPoll = abort;
      let page;
      try {
        page = await client.pull({ clientId: state.client_id, cursor: state.cursor, waitMs: this.options.waitMs ?? 25_000 }, abort.signal);
      } catch (error) {
        if (abort.signal.aborted) return;
        throw error;
      } finally {
        this.longPoll = null;
      }
      this.state = 'syncing';
      await pullAll(this.db, client, { ...this.cycleOptions(), checksums: false, first: page });
      markSynced(this.db, this.options.now());
      this.state = 'online';
      this.changed();
    }
  }
}
