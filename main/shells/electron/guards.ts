// The Electron shell's checks at the door, as pure functions so they are tested without the Electron binary.

export const APP_SCHEME = 'app';
export const APP_HOST = 'console';

/** Whether a URL belongs to the console's own pages (WHATWG `origin` is "null" for custom schemes, so compare parts). */
export function isAppUrl(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  try {
    const url = new URL(raw);
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

/** Local schemes the window or DevTools need; the CSP still decides what the page may do with data: and blob:. */
export function isAllowedRequest(raw: string): boolean {
  return isAppUrl(raw) || /^(devtools|data|blob):/.test(raw);
}

/** What the IPC check reads of the frame that sent a message (Electron's WebFrameMain). */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * A call is taken only from the console's own page in the window's main frame, as VS Code's validatedIpcMain does:
 * an iframe (even one on the app's origin) or a frame already gone (null) is refused.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame != null && frame.parent === null && isAppUrl(frame.url);
}

/** What Electron's dialog.showOpenDialog answers. */
export interface FolderDialogResult {
  canceled: boolean;
  filePaths: string[];
}

/**
 * The folder a pack may go to from the native dialog's answer, or null: nothing chosen, a path that is not absolute,
 * one holding a NUL, or (on Windows) a UNC or device path, which would write to a remote share or a device.
 */
export function chosenPackFolder(result: FolderDialogResult, platform: string): string | null {
  const folder = result.filePaths[0];
  if (result.canceled || folder === undefined || folder.includes('\0')) return null;
  if (platform === 'win32') {
    if (/^[\\/]{2}/.test(folder) || !/^[A-Za-z]:[\\/]/.test(folder)) return null;
    return folder;
  }
  return folder.startsWith('/') && !folder.startsWith('//') ? folder : null;
}
