// The core in its own thread, so a long query never freezes the window or the host's event loop.
import { parentPort, workerData } from 'node:worker_threads';
import { grantExportFolder } from '../services/review-pack/export-folders';
import { fileTokenVault, relayTokenVault, type TokenVault } from '../services/sync/token-vault';
import { createCore } from './core';
import type { CoreRequest, WorkerConfig, WorkerMessage } from './worker-protocol';

const port = parentPort;
if (!port) throw new Error('core-worker must run as a worker thread');
const post = (message: WorkerMessage) => port.postMessage(message);

try {
  const config = workerData as WorkerConfig;
  const store = config.tokenStore;
  let tokenVault: TokenVault | undefined;
  if (store?.kind === 'file') tokenVault = fileTokenVault(store.path);
  if (store?.kind === 'relay') tokenVault = relayTokenVault(store.token, (token) => post({ kind: 'token', token }), store.sessionOnly);
  const core = createCore({
    dbPath: config.dbPath,
    ...(config.nativeBinding ? { nativeBinding: config.nativeBinding } : {}),
    ...(tokenVault ? { tokenVault } : {}),
    log: (line) => post({ kind: 'log', line }),
    onEvent: (event) => post({ kind: 'event', event }),
  });
  port.on('message', (request: CoreRequest) => {
    if ('grantFolder' in request) {
      post({ kind: 'reply', id: request.id, envelope: { ok: true, value: grantExportFolder(request.grantFolder) } });
      return;
    }
    void core.dispatcher.dispatchAsync(request.name, request.input).then((envelope) => post({ kind: 'reply', id: request.id, envelope }));
  });
  port.on('close', () => core.close());
  post({ kind: 'ready' });
} catch (error) {
  post({ kind: 'fatal', message: error instanceof Error ? error.message : String(error) });
}
