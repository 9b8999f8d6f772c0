// The push lane's worker thread (push-lane.ts): applies each batch it is handed on connections of its own.
import { parentPort, workerData } from 'node:worker_threads';
import { createPool } from './db/pool';
import { applyPush, ClientMismatchError } from './push';
import type { PushJob, PushOutcome, PushWorkerConfig } from './push-lane';

const config = workerData as PushWorkerConfig;
const pool = createPool(config.databaseUrl, config.connections);

parentPort?.on('message', (job: PushJob | 'close') => {
  if (job === 'close') {
    void pool.end().finally(() => process.exit(0));
    return;
  }
  applyPush(pool, job.person, job.clientId, job.sentAt, job.mutations).then(
    (response) => parentPort?.postMessage({ id: job.id, response } satisfies PushOutcome),
    (error: unknown) =>
      parentPort?.postMessage(
        (error instanceof ClientMismatchError ? { id: job.id, mismatch: true } : { id: job.id, failure: error instanceof Error ? error.message : String(error) }) satisfies PushOutcome,
      ),
  );
});
