// Runs sandboxed before the page: the page gets `call` and the pack-folder dialog and nothing else, never ipcRenderer itself,
// so a compromised page can reach only the one channel main checks and the core validates.
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_KEY, type OpsBridge } from '../../../shared/bridge';

/** electron-main.ts names these channels too. */
const CALL_CHANNEL = 'ops:call';
const CHOOSE_PACK_FOLDER_CHANNEL = 'ops:choose-pack-folder';

const bridge: OpsBridge = {
  call: (name, input) => ipcRenderer.invoke(CALL_CHANNEL, name, input),
  choosePackFolder: () => ipcRenderer.invoke(CHOOSE_PACK_FOLDER_CHANNEL),
};

contextBridge.exposeInMainWorld(BRIDGE_KEY, bridge);
