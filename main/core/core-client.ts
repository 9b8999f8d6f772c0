import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Envelope } from '../../shared/contract-kit';
import type { CoreEvent } from '../../shared/events';
import type { CoreRequest, WorkerConfig, WorkerMessage } from './worker-protocol';

export interface CoreClient {
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Grants a folder the shell's main side had the person choose; answers the id reports.startExport names it by. */
  grantExportFolder(folder: string): Promise<string>;
  /** Hands `listener` every event the core pushes from now on; returns the function that stops it. */
  onEvent(listener: (event: CoreEvent) => void): () => void;
  close(): Promise<void>;
}

/** The bundled worker beside this file; tests hand in one that runs the sources. */
const bundledWorker = (config: WorkerConfig) => new Worker(path.join(__dirname, 'core-worker.js'), { workerData: config });

/**
 * Starts the core worker and resolves once its database is open. With a relay token store, `persistToken` is
 * handed each new hub token (null when signed out) to keep.
 */
export function startCoreWorker(
  config: WorkerConfig,
  log: (line: string) => void,
  persistToken: (token: string | null) => void = () => {},
  spawn: (config: WorkerConfig) => Worker = bundledWorker,
): Promise<CoreClient> {
  const worker = spawn(config);
  const pending = new Map<number, (envelope: Envelope<unknown>) => void>();
  const listeners = new Set<(event: CoreEvent) => void>();
  let nextId = 1;

  return new Promise((resolve, reject) => {
    worker.on('error', reject);
    worker.on('exit', (code) => {
      for (const settle of pending.values()) {
        settle({ ok: false, error: { code: 'internal', message: 'The console core stopped; restart the console' } });
      }
      pending.clear();
      listeners.clear();
      if (code !== 0) reject(new Error(`The console core stopped (exit ${code})`));
    });
    worker.on('message', (message: WorkerMessage) => {
      switch (message.kind) {
        case 'ready':
          resolve({
            call(name, input) {
              const id = nextId++;
              return new Promise((settle) => {
                pending.set(id, settle);
                worker.postMessage({ id, name, input } satisfies CoreRequest);
              });
            },
            grantExportFolder(folder) {
              const id = nextId++;
              return new Promise((settle, fail) => {
                pending.set(id, (envelope) => (envelope.ok ? settle(envelope.value as string) : fail(new Error(envelope.error.message))));
                worker.postMessage({ id, grantFolder: folder } satisfies CoreRequest);
              });
            },
            onEvent(listener) {
              // Wrapped, so one function subscribed twice is two subscriptions, each stopped on its own.
              const own = (event: CoreEvent) => listener(event);
              listeners.add(own);
              return () => listeners.delete(own);
            },
            async close() {
              await worker.terminate();
            },
          });
          break;
        case 'fatal':
          reject(new Error(message.message));
          break;
        case 'log':
          log(message.line);
          break;
        case 'token':
          persistToken(message.token);
          break;
        case 'event':
          for (const listener of listeners) {
            try {
              listener(message.event);
            } catch (error) {
              // One subscriber's fault must not keep the event from the others.
              log(`An event listener failed: ${error instanceof Error ? error.message : String(error)}`);
            }
          }
          break;
        case 'reply':
          pending.get(message.id)?.(message.envelope);
          pending.delete(message.id);
          break;
      }
    });
  });
}
