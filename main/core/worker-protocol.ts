import type { Envelope } from '../../shared/contract-kit';

export interface WorkerConfig {
  dbPath: string;
  nativeBinding?: string;
}

export interface CallRequest {
  id: number;
  name: string;
  input: unknown;
}

export type WorkerMessage =
  | { kind: 'ready' }
  | { kind: 'fatal'; message: string }
  | { kind: 'log'; line: string }
  | { kind: 'reply'; id: number; envelope: Envelope<unknown> };
