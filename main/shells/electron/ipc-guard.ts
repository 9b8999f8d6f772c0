// Who may talk to the core over IPC, and who may hear its events: only the console's own page, in the main
// frame of its window. Pure, so it is tested without Electron's binary.

export const SCHEME = 'app';
export const HOST = 'console';

/** Whether a URL belongs to the console's own pages (WHATWG `origin` is "null" for custom schemes, so compare parts). */
export function isAppUrl(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${SCHEME}:` && url.host === HOST;
  } catch {
    return false;
  }
}

/** The part of Electron's WebFrameMain the guard reads. */
export interface FrameLike {
  url: string;
  parent: unknown;
}

/** A call is answered only from the console page's main frame: never an iframe, never another origin. */
export function isConsoleFrame(frame: FrameLike | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}
