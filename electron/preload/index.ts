/**
 * Sandboxed preload: exposes `window.panelscore`, one typed function per IPC channel of the
 * contract (plus one subscription per event channel). Never ipcRenderer itself, process, or a generic invoke.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_NAME, IPC_CHANNELS } from '../ipc-contract';
import type { BridgeMethod, BridgeResponse, PanelscoreBridge } from '../ipc-contract';
import type { PanelscoreApi } from '../ipc-contract';
import { createFileOpenedEvents } from './file-opened';

function invoke<M extends BridgeMethod>(method: M, request?: unknown): Promise<BridgeResponse<M>> {
  return ipcRenderer.invoke(IPC_CHANNELS[method], request) as Promise<BridgeResponse<M>>;
}

/** The bridge exposed to the renderer. */
export const bridge = {
  getOrCreateKey: (request) => invoke('getOrCreateKey', request),
  sign: (request) => invoke('sign', request),
  exportPublicKey: (request) => invoke('exportPublicKey', request),
  deleteKey: (request) => invoke('deleteKey', request),
  openFiles: (request) => invoke('openFiles', request),
  saveFile: (request) => invoke('saveFile', request),
  printToPdf: (request) => invoke('printToPdf', request),
  appInfo: () => invoke('appInfo'),
} satisfies PanelscoreBridge;

/** The bridge plus one subscription per main-to-renderer event (see file-opened.ts). */
const api = { ...bridge, onFileOpened: createFileOpenedEvents(ipcRenderer) } satisfies PanelscoreApi;

contextBridge.exposeInMainWorld(BRIDGE_NAME, api);
