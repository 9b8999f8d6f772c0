// The traffic of hub-load-bench.ts: consoles long-polling a hub and one writer pushing priority changes, all over
// 127.0.0.1. A console here keeps only its cursor and what it needs to time a change's arrival: no store.
import { fork, type ChildProcess } from 'node:child_process';
import { setMaxListeners } from 'node:events';
import path from 'node:path';
import { PRIORITIES, type Priority } from '../shared/domain';
import type { Mutation, PullResponse } from '../shared/hub-protocol';
import { TABLES } from '../shared/table-registry';
import { post, type Answer } from './hub-load-http';
import type { PushOrder, PushReport } from './hub-load-writer';

const feedbackColumns = TABLES.find((table) => table.name === 'feedback')?.columns.map((column) => column.name) ?? [];
const ID = feedbackColumns.indexOf('id');
const PRIORITY = feedbackColumns.indexOf('priority');
const MERGE_ID = feedbackColumns.indexOf('merge_id');
const REGION = feedbackColumns.indexOf('region');

/** Long enough that a quiet console answers on the hub's timer, short enough to end a run promptly. */
export const WAIT_MS = 20_000;
/** A poll unanswered this long after its wait is counted as an error and dropped. */
const POLL_GRACE_MS = 20_000;

/** Pulls from `cursor` until the page that catches up; answers the cursor and the feedback rows seen. */
export async function catchUp(hubUrl: string, token: string, clientId: string, cursor: string | null): Promise<{ cursor: string; feedback: unknown[][] }> {
  const feedback: unknown[][] = [];
  for (;;) {
    const answer = await post(`${hubUrl}/v1/pull`, token, { clientId, cursor, waitMs: 0 }, 120_000);
    if (answer.status !== 200) throw new Error(`pull answered ${answer.status}: ${answer.body.slice(0, 200)}`);
    const page = JSON.parse(answer.body) as PullResponse;
    feedback.push(...((page.changes.feedback?.upserts ?? []) as unknown[][]));
    cursor = page.cursor;
    if (!page.more) return { cursor, feedback };
  }
}

/** One change the writer made: which item, to what priority, and when the hub answered the push. */
interface Change {
  n: number;
  priority: Priority;
  answeredAt: number | null;
  /** When consoles saw it before the writer reported the push answered: timed once the report comes. */
  seenEarly: number[];
}

export interface ConsoleSpec {
  hubUrl: string;
  token: string;
  cursor: string;
  /** Whether the writer's region is among the console's: only those are timed and expected to see changes. */
  seesWrites: boolean;
}

export class Traffic {
  readonly fanOut: number[] = [];
  readonly pushes: number[] = [];
  errors = 0;
  readonly errorSamples: string[] = [];
  /** Polls answered before their wait ran out on consoles the writes do not concern: wake-ups for nothing. */
  idleWakeups = 0;
  polls = 0;
  private readonly changes = new Map<number, Change>();
  private readonly stop = new AbortController();
  constructor() {
    // Every console's poll listens for the end of the run.
    setMaxListeners(Number.POSITIVE_INFINITY, this.stop.signal);
  }
  private readonly running: Promise<void>[] = [];
  private writeNumber = 0;
  private mutationId = 0;
  /** Client ids of this run only: a hub answers a mutation id it has seen from a client id as a replay, unapplied. */
  private readonly run = Date.now().toString(36);

  private fail(what: string, error: unknown): void {
    this.errors++;
    if (this.errorSamples.length < 5) this.errorSamples.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }

  startConsole(spec: ConsoleSpec, index: number): void {
    this.running.push(this.runConsole(spec, `load-console-${this.run}-${index}`));
  }

  private async runConsole(spec: ConsoleSpec, clientId: string): Promise<void> {
    let cursor = spec.cursor;
    const seen = new Map<number, number>();
    let first = true;
    while (!this.stop.signal.aborted) {
      const asked = Date.now();
      let answer: Answer;
      try {
        answer = await post(`${spec.hubUrl}/v1/pull`, spec.token, { clientId, cursor, waitMs: WAIT_MS }, WAIT_MS + POLL_GRACE_MS, this.stop.signal);
      } catch (error) {
        if (this.stop.signal.aborted) return;
        this.fail('poll', error);
        continue;
      }
      const now = Date.now();
      if (answer.status !== 200) {
        this.fail('poll', new Error(`status ${answer.status}: ${answer.body.slice(0, 120)}`));
        continue;
      }
      this.polls++;
      const page = JSON.parse(answer.body) as PullResponse;
      cursor = page.cursor;
      const rows = (page.changes.feedback?.upserts ?? []) as unknown[][];
      // The first poll catches up from the shared start cursor: an early answer then is no wake-up.
      if (!first && !spec.seesWrites && rows.length === 0 && now - asked < WAIT_MS - 500) this.idleWakeups++;
      first = false;
      for (const row of rows) {
        const change = this.changes.get(row[ID] as number);
        if (!change || row[PRIORITY] !== change.priority || seen.get(row[ID] as number) === change.n) continue;
        seen.set(row[ID] as number, change.n);
        if (change.answeredAt === null) change.seenEarly.push(now);
        else this.fanOut.push(now - change.answeredAt);
      }
    }
  }

  /**
   * Pushes `perSecond` priority changes for `seconds`, each from its own writer console so that a slow push never
   * holds the next back. Items cycle through `items` (id and current priority), each set to another priority. The
   * pushes go from a process of their own (hub-load-writer.ts), so that their timing is not this busy process's.
   */
  async write(hubUrls: string[], token: string, items: { id: number; priority: Priority }[], perSecond: number, seconds: number): Promise<void> {
    const writer: ChildProcess = fork(path.join(__dirname, 'hub-load-writer.js'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const changes = new Map<number, Change>();
    const total = perSecond * seconds;
    let reported = 0;
    const done = new Promise<void>((resolve, reject) => {
      writer.on('message', (report: PushReport) => {
        const change = changes.get(report.k) as Change;
        if (report.error !== null) this.fail('push', new Error(report.error));
        else {
          change.answeredAt = report.answeredAt;
          this.pushes.push(report.answeredAt - report.sentAt);
          for (const seenAt of change.seenEarly) this.fanOut.push(Math.max(0, seenAt - report.answeredAt));
        }
        if (++reported === total) resolve();
      });
      writer.once('exit', (code) => (reported < total ? reject(new Error(`the writer process exited (${code})`)) : resolve()));
    });
    const started = Date.now();
    for (let k = 0; k < total; k++) {
      const due = started + (k * 1000) / perSecond;
      const delay = due - Date.now();
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
      const item = items[k % items.length] as { id: number; priority: Priority };
      const next = PRIORITIES[(PRIORITIES.indexOf(item.priority) + 1) % PRIORITIES.length] as Priority;
      const mutation: Mutation = {
        id: ++this.mutationId,
        name: 'feedback.update',
        at: Date.now(),
        args: { feedbackId: item.id, set: { priority: next }, addTags: [], removeTags: [] },
        base: { priority: item.priority },
      };
      item.priority = next;
      const change: Change = { n: ++this.writeNumber, priority: next, answeredAt: null, seenEarly: [] };
      this.changes.set(item.id, change);
      changes.set(k, change);
      const order: PushOrder = { k, hubUrl: hubUrls[k % hubUrls.length] as string, token, clientId: `load-writer-${this.run}-${k}`, mutation };
      writer.send(order);
    }
    try {
      await done;
    } finally {
      writer.kill();
    }
  }

  /** How many timed consoles saw every change: after the writes, each of them should end with all of them. */
  expectedSightings(timedConsoles: number): number {
    return this.writeNumber * timedConsoles;
  }

  async end(): Promise<void> {
    this.stop.abort();
    await Promise.allSettled(this.running);
  }
}

/** Items of one region the writer can change (not merged duplicates), with their current priority. */
export function writableItems(feedback: unknown[][], region: string, count: number): { id: number; priority: Priority }[] {
  return feedback
    .filter((row) => row[REGION] === region && row[MERGE_ID] === null)
    .slice(0, count)
    .map((row) => ({ id: row[ID] as number, priority: row[PRIORITY] as Priority }));
}
