// Pushes run in a worker thread of their own, with their own connections: a hub answering a thousand long polls keeps
// its main event loop busy, and a push's dozen round trips to PostgreSQL must not each wait behind that queue.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { HubPerson, Mutation, PushResponse } from '../shared/hub-protocol';
import { ClientMismatchError } from './push';

export interface PushJob {
  id: number;
  person: HubPerson;
  clientId: string;
  sentAt: number;
  mutations: Mutation[];
}

export type PushOutcome = { id: number; response: PushResponse } | { id: number; mismatch: true } | { id: number; failure: string };

export interface PushWorkerConfig {
  databaseUrl: string;
  connections: number;
}

/** The worker bundled beside us (dist/main), or its source run through tsx (tests). */
function startWorker(config: PushWorkerConfig): Worker {
  const built = path.join(__dirname, 'hub-push-worker.js');
  if (existsSync(built)) return new Worker(built, { workerData: config });
  const source = path.join(__dirname, 'push-worker.ts');
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(source)});`, { eval: true, workerData: config });
}

export class PushLane {
  private worker: Worker | null = null;
  private readonly waiting = new Map<number, { resolve: (response: PushResponse) => void; reject: (error: Error) => void }>();
  private nextId = 0;

  constructor(private readonly config: PushWorkerConfig) {}

  private running(): Worker {
    if (this.worker) return this.worker;
    const worker = startWorker(this.config);
    worker.on('message', (outcome: PushOutcome) => {
      const waiter = this.waiting.get(outcome.id);
      this.waiting.delete(outcome.id);
      if (!waiter) return;
      if ('response' in outcome) waiter.resolve(outcome.response);
      else if ('mismatch' in outcome) waiter.reject(new ClientMismatchError());
      else waiter.reject(new Error(outcome.failure));
    });
    // A worker that dies fails what it held (answered 503: the consoles retry with the same ids); the next push starts another.
    const died = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiter of this.waiting.values()) waiter.reject(error);
      this.waiting.clear();
    };
    worker.on('error', died);
    worker.on('exit', () => died(new Error('the push worker stopped')));
    this.worker = worker;
    return worker;
  }

  push(person: HubPerson, clientId: string, sentAt: number, mutations: Mutation[]): Promise<PushResponse> {
    const job: PushJob = { id: ++this.nextId, person, clientId, sentAt, mutations };
    return new Promise((resolve, reject) => {
      this.waiting.set(job.id, { resolve, reject });
      this.running().postMessage(job);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    if (!worker) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage('close');
    await exited;
  }
}
