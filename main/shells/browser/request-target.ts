import { HOST_API_PREFIX } from '../../../shared/bridge';

/** What a request names: a call of the core, or a file of the renderer (its URL path, which renderer-files decodes). */
export type RequestTarget = { kind: 'call'; name: string } | { kind: 'file'; path: string };

/**
 * Reads a request line's target, or null when it is malformed (an unparsable URL, a broken percent-escape): the host
 * answers those 400 rather than letting the error end the process.
 */
export function parseRequestTarget(raw: string | undefined): RequestTarget | null {
  try {
    const { pathname } = new URL(raw ?? '/', 'http://127.0.0.1');
    const decoded = decodeURIComponent(pathname);
    if (!pathname.startsWith(HOST_API_PREFIX)) return { kind: 'file', path: pathname };
    return { kind: 'call', name: decoded.slice(HOST_API_PREFIX.length) };
  } catch {
    return null;
  }
}
