// Runs the core worker from its TypeScript sources (through tsx), so tests drive the real worker without a build.
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerConfig } from '../core/worker-protocol';

const WORKER_SOURCE = path.join(__dirname, '..', 'core', 'core-worker.ts');

export function sourceWorker(config: WorkerConfig): Worker {
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER_SOURCE)});`, { eval: true, workerData: config });
}
