import { HOST_API_PREFIX, HOST_EVENTS_PATH } from '../../../shared/bridge';

/**
 * What a request names: the core's event stream (with its query, which alone carries the token), a call of the
 * core, or a file of the renderer (its URL path, which renderer-files decodes).
 */
export type RequestTarget =
  | { kind: 'events'; query: URLSearchParams }
  | { kind: 'call'; name: string }
  | { kind: 'file'; path: string };

/**
 * Reads a request line's target, or null when it is malformed (an unparsable URL, a broken percent-escape): the host
 * answers those 400 rather than letting the error end the process.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  try {
    const { pathname, searchParams } = new URL(raw ?? '/', 'http://127.0.0.1');
    const decoded = decodeURIComponent(pathname);
    if (pathname === HOST_EVENTS_PATH) return { kind: 'events', query: searchParams };
    if (!pathname.startsWith(HOST_API_PREFIX)) return { kind: 'file', path: pathname };
    return { kind: 'call', name: decoded.slice(HOST_API_PREFIX.length) };
  } catch {
    return null;
  }
}
