// The traffic of hub-load-bench.ts: consoles long-polling a hub and one writer pushing priority changes, all over
// 127.0.0.1. A console here keeps only its cursor and what it needs to time a change's arrival: no store.
import { setMaxListeners } from 'node:events';
import { Agent, request } from 'node:http';
import { PRIORITIES, type Priority } from '../shared/domain';
import type { Mutation, PullResponse } from '../shared/hub-protocol';
import { TABLES } from '../shared/table-registry';

const feedbackColumns = TABLES.find((table) => table.name === 'feedback')?.columns.map((column) => column.name) ?? [];
const ID = feedbackColumns.indexOf('id');
const PRIORITY = feedbackColumns.indexOf('priority');
const MERGE_ID = feedbackColumns.indexOf('merge_id');
const REGION = feedbackColumns.indexOf('region');

/** Long enough that a quiet console answers on the hub's timer, short enough to end a run promptly. */
export const WAIT_MS = 20_000;
/** A poll unanswered this long after its wait is counted as an error and dropped. */
const POLL_GRACE_MS = 20_000;
const PUSH_TIMEOUT_MS = 10_000;

const agent = new Agent({ keepAlive: true, maxSockets: Number.POSITIVE_INFINITY });

interface Answer {
  status: number;
  body: string;
}

function post(url: string, token: string, body: unknown, timeoutMs: number, signal?: AbortSignal): Promise<Answer> {
  const text = JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        timeout: timeoutMs,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) },
        ...(signal ? { signal } : {}),
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(text);
  });
}

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
  /** Consoles that saw it before the push was answered (their fan-out counts as 0). */
  seenEarly: number;
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
      if (!spec.seesWrites && rows.length === 0 && now - asked < WAIT_MS - 500) this.idleWakeups++;
      for (const row of rows) {
        const change = this.changes.get(row[ID] as number);
        if (!change || row[PRIORITY] !== change.priority || seen.get(row[ID] as number) === change.n) continue;
        seen.set(row[ID] as number, change.n);
        if (change.answeredAt === null) change.seenEarly++;
        else this.fanOut.push(now - change.answeredAt);
      }
    }
  }

  /**
   * Pushes `perSecond` priority changes for `seconds`, each from its own writer console so that a slow push never
   * holds the next back. Items cycle through `items` (id and current priority), each set to another priority.
   */
  async write(hubUrls: string[], token: string, items: { id: number; priority: Priority }[], perSecond: number, seconds: number): Promise<void> {
    const pending: Promise<void>[] = [];
    const started = Date.now();
    const total = perSecond * seconds;
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
      const change: Change = { n: ++this.writeNumber, priority: next, answeredAt: null, seenEarly: 0 };
      this.changes.set(item.id, change);
      const hubUrl = hubUrls[k % hubUrls.length] as string;
      pending.push(this.pushOne(hubUrl, token, `load-writer-${this.run}-${k}`, mutation, change));
    }
    await Promise.all(pending);
  }

  private async pushOne(hubUrl: string, token: string, clientId: string, mutation: Mutation, change: Change): Promise<void> {
    const sent = Date.now();
    try {
      const answer = await post(`${hubUrl}/v1/push`, token, { clientId, sentAt: sent, mutations: [mutation] }, PUSH_TIMEOUT_MS);
      const result = answer.status === 200 ? (JSON.parse(answer.body) as { results: { status: string }[] }).results[0] : undefined;
      if (result?.status !== 'applied') throw new Error(`status ${answer.status}: ${answer.body.slice(0, 160)}`);
      change.answeredAt = Date.now();
      this.pushes.push(change.answeredAt - sent);
      for (let i = 0; i < change.seenEarly; i++) this.fanOut.push(0);
    } catch (error) {
      this.fail('push', error);
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
