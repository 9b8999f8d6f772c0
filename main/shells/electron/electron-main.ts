// The Electron main process, kept thin: one window, one IPC channel to the core worker, and everything
// the window may load served from the `app://` scheme with every other destination refused.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, protocol, screen, session, type OpenDialogOptions } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../../shared/bridge';
import type { Envelope } from '../../../shared/contract-kit';
import { startCoreWorker, type CoreClient } from '../../core/core-client';
import { defaultDatabasePath } from '../../paths';
import { seedEmptyDatabase } from '../../startup/seed-empty';
import { readRendererFile } from '../renderer-files';
import { ELECTRON_NATIVE_BINDING } from './electron-runtime';
import { APP_HOST, APP_SCHEME, chosenPackFolder, isAllowedRequest, isAppUrl, isTrustedSender } from './guards';
import { loadToken, persistToken, tokenKeptOnDisk } from './token-store';
import { readWindowState, rememberWindowState } from './window-state';

const ENTRY_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;
/** The preload's channels; preload.ts names them too. */
const CALL_CHANNEL = 'ops:call';
const EVENT_CHANNEL = 'ops:event';
const CHOOSE_PACK_FOLDER_CHANNEL = 'ops:choose-pack-folder';

const RESPONSE_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
};

// Privileges must be granted before `ready`; `standard` gives the scheme an origin, so 'self' in the
// CSP and relative URLs resolve as they do over HTTP.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

function databasePath(): string {
  const flag = process.argv.find((arg) => arg.startsWith('--db='))?.slice('--db='.length);
  return path.resolve(flag || process.env.OPS_DB || defaultDatabasePath());
}

function serveRendererFile(request: Request): Response {
  const url = new URL(request.url);
  const file = url.host === APP_HOST ? readRendererFile(url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404, headers: { ...RESPONSE_HEADERS, 'content-type': 'text/plain' } });
  return new Response(file.body, { headers: { ...RESPONSE_HEADERS, 'content-type': file.contentType } });
}

function lockDownWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-navigate', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-redirect', (event) => {
      if (!isAppUrl(event.url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
  });
}

function lockDownSession(): void {
  const { defaultSession } = session;
  defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  defaultSession.setPermissionCheckHandler(() => false);
  defaultSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(details.url) }));
}

function handleCalls(core: CoreClient): void {
  ipcMain.handle(CALL_CHANNEL, async (event, name: unknown, input: unknown): Promise<Envelope<unknown>> => {
    if (!isTrustedSender(event.senderFrame)) {
      return { ok: false, error: { code: 'forbidden', message: 'Only the console window may call the console core' } };
    }
    if (typeof name !== 'string') {
      return { ok: false, error: { code: 'invalid_input', message: 'A call needs a name' } };
    }
    return core.call(name, input);
  });
  // The only way a folder outside review-packs/ reaches the core from the window: the person picks it in the OS's
  // own dialog, and the page gets back only the grant's id.
  ipcMain.handle(CHOOSE_PACK_FOLDER_CHANNEL, async (event): Promise<string | null> => {
    if (!isTrustedSender(event.senderFrame)) return null;
    const options: OpenDialogOptions = { title: 'Folder for the review pack', properties: ['openDirectory', 'createDirectory'] };
    const window = BrowserWindow.fromWebContents(event.sender);
    const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options);
    const folder = chosenPackFolder(result, process.platform);
    return folder === null ? null : core.grantExportFolder(folder);
  });
}

/** Every core event goes to each window showing the console page, and to nothing else. */
function relayEvents(core: CoreClient): void {
  core.onEvent((event) => {
    for (const window of BrowserWindow.getAllWindows()) {
      const contents = window.webContents;
      if (!window.isDestroyed() && isAppUrl(contents.getURL())) contents.send(EVENT_CHANNEL, event);
    }
  });
}

function openWindow(): BrowserWindow {
  const stateFile = path.join(app.getPath('userData'), 'window-state.json');
  const state = readWindowState(stateFile, screen.getAllDisplays().map((display) => display.workArea));
  const window = new BrowserWindow({
    ...state.bounds,
    show: false,
    title: 'Regional Ops Console',
    webPreferences: {
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
      preload: path.join(__dirname, 'preload.js'),
    },
  });
  rememberWindowState(window, stateFile);
  // Maximizing also shows the window, so it waits for the first paint like show() does.
  window.once('ready-to-show', () => {
    if (state.maximized) window.maximize();
    window.show();
  });
  window.loadURL(ENTRY_URL).catch((error: unknown) => {
    console.error(`Could not load the console page: ${error instanceof Error ? error.message : String(error)}`);
  });
  return window;
}

async function start(): Promise<BrowserWindow> {
  protocol.handle(APP_SCHEME, serveRendererFile);
  lockDownWebContents();
  lockDownSession();

  // Unpackaged, the Node build of better-sqlite3 in node_modules is the tests'; packaged, electron-builder
  // has rebuilt node_modules/better-sqlite3 for Electron in place.
  const nativeBinding = !app.isPackaged && existsSync(ELECTRON_NATIVE_BINDING) ? ELECTRON_NATIVE_BINDING : undefined;
  const tokenFile = path.join(app.getPath('userData'), 'hub-token.bin');
  const dbPath = databasePath();
  // Before the window opens, so a newcomer's first window already shows the demo.
  seedEmptyDatabase(dbPath, { ...(nativeBinding ? { nativeBinding } : {}), log: (line) => console.log(line) });
  const core = await startCoreWorker(
    { dbPath, ...(nativeBinding ? { nativeBinding } : {}), tokenStore: { kind: 'relay', token: loadToken(tokenFile), sessionOnly: !tokenKeptOnDisk() } },
    (line) => console.log(line),
    (token) => persistToken(tokenFile, token),
  );
  handleCalls(core);
  relayEvents(core);

  let coreClosed = false;
  // Both quitting paths (last window closed, or Cmd+Q / app.quit()) pass here; the core closes before exit.
  app.on('will-quit', (event) => {
    if (coreClosed) return;
    event.preventDefault();
    void core.close().finally(() => {
      coreClosed = true;
      app.quit();
    });
  });
  // A single-window tool: closing the window ends the app on macOS too.
  app.on('window-all-closed', () => app.quit());

  return openWindow();
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  let mainWindow: BrowserWindow | undefined;
  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app
    .whenReady()
    .then(start)
    .then((window) => {
      mainWindow = window;
    })
    .catch((error: unknown) => {
      dialog.showErrorBox('Regional Ops Console could not start', error instanceof Error ? error.message : String(error));
      app.exit(1);
    });
}
