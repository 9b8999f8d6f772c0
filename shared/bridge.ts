import type { Envelope } from './contract-kit';
import type { CoreEvent } from './events';

/** What the Electron preload puts on `window`, and nothing more. */
export interface OpsBridge {
  call(name: string, input: unknown): Promise<Envelope<unknown>>;
  /** Hands `listener` every event the core pushes; returns the function that stops it. */
  on(listener: (event: CoreEvent) => void): () => void;
  /**
   * Electron only: the main process asks for a folder in a native dialog and answers the id of its grant (for
   * reports.startExport's `folder`), or null when the person cancels. The browser host has none: packs go to
   * review-packs/ beside the database.
   */
  choosePackFolder?(): Promise<string | null>;
}

export const BRIDGE_KEY = 'opsConsole';

/** The token query parameter the browser host hands the page once, and the header it must send back. */
export const HOST_TOKEN_PARAM = 'token';
export const HOST_TOKEN_HEADER = 'x-ops-token';
export const HOST_API_PREFIX = '/api/';
/**
 * The browser host's stream of core events (Server-Sent Events). EventSource cannot set headers, so this one
 * path takes the token in the query instead of the header.
 */
export const HOST_EVENTS_PATH = '/api/events';

/** One policy for both shells; styles stay inline-capable because AG Grid sets element styles. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
