// Runs sandboxed before the page: the page gets `call`, `on` and the pack-folder dialog and nothing else, never
// ipcRenderer itself, so a compromised page can reach only the channels main checks (the core validating every
// call), and hears only the events main sends it.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { BRIDGE_KEY, type OpsBridge } from '../../../shared/bridge';
import type { CoreEvent } from '../../../shared/events';

/** electron-main.ts names these channels too. */
const CALL_CHANNEL = 'ops:call';
const EVENT_CHANNEL = 'ops:event';
const CHOOSE_PACK_FOLDER_CHANNEL = 'ops:choose-pack-folder';

const bridge: OpsBridge = {
  call: (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input),
  on(listener) {
    // The page gets the event alone: Electron's event object would hand it ipcRenderer.
    const hear = (_ipc: IpcRendererEvent, event: CoreEvent) => listener(event);
    ipcRenderer.on(EVENT_CHANNEL, hear);
    return () => {
      ipcRenderer.removeListener(EVENT_CHANNEL, hear);
    };
  },
  choosePackFolder: () => ipcRenderer.invoke(CHOOSE_PACK_FOLDER_CHANNEL),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
