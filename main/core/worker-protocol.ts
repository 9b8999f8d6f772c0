import type { Envelope } from '../../shared/contract-kit';
import type { CoreEvent } from '../../shared/events';

/**
 * Where the shell keeps the hub token: a file of its own (browser host), or the shell's store, which
 * hands the worker the token at start and is handed every change (Electron's safeStorage lives in main).
 */
export type TokenStore = { kind: 'file'; path: string } | { kind: 'relay'; token: string | null; sessionOnly: boolean };

export interface WorkerConfig {
  dbPath: string;
  nativeBinding?: string;
  tokenStore?: TokenStore;
}

export interface CallRequest {
  id: number;
  name: string;
  input: unknown;
}

/** From the shell's main side only (never the renderer): a folder the person chose for packs. */
export interface GrantFolderRequest {
  id: number;
  grantFolder: string;
}

export type CoreRequest = CallRequest | GrantFolderRequest;

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'fatal'; message: string }
  | { kind: 'log'; line: string }
  | { kind: 'reply'; id: number; envelope: Envelope<unknown> }
  | { kind: 'token'; token: string | null }
  | { kind: 'event'; event: CoreEvent };
