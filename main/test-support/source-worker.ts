// Runs the core worker from its TypeScript sources (through tsx), so tests drive the real worker without a build.
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER_SOURCE = path.join(__dirname, '..', 'core', 'core-worker.ts');

/** Hands to startCoreWorker in place of the bundled worker; `config` is its WorkerConfig, passed on as is. */
export function sourceWorker(config: unknown): Worker {
  return new Worker(`require('tsx/cjs'); require(${JSON.stringify(WORKER_SOURCE)});`, { eval: true, workerData: config });
}
