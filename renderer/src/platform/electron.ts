// The platform inside the desktop app: every call goes over the preload bridge
// (`window.panelscore`) to the main process, which holds the keys and the dialogs.

import type { KeyRole, PanelscoreBridge, PanelscoreEvents } from '../../../electron/ipc-contract';
import { base64UrlDecode } from '../../../core/encoding';
import type { Role } from '../roles';
import { pickFilesWithInput } from './file-input';
import type { Platform, WorkspaceSigner } from './types';

declare global {
  interface Window {
    panelscore?: PanelscoreBridge & Partial<PanelscoreEvents>;
  }
}

/** The debrief signs the decision with the secretariat's key; members sign with their own. */
export function keyRoleOf(role: Role): KeyRole {
  return role === 'member' ? 'member' : 'secretariat';
}

async function electronSigner(bridge: PanelscoreBridge, role: Role, workspaceId: string): Promise<WorkspaceSigner> {
  const ref = { role: keyRoleOf(role), workspaceId };
  const info = await bridge.getOrCreateKey(ref);
  return {
    signer: {
      publicKey: base64UrlDecode(info.publicKey),
      sign: (message) => bridge.sign({ ...ref, message }),
    },
    fingerprint: info.fingerprint,
  };
}

/** The platform over the preload bridge. */
export function createElectronPlatform(bridge: PanelscoreBridge): Platform {
  return {
    openFiles: (options) => bridge.openFiles({ title: options.title, filters: options.filters, multi: options.multiple }),
    // A file input shows Electron's native dialog and gives a File read from disk piece by piece:
    // a large package never crosses IPC whole, and the page reaches only the file the person chose.
    pickFile: async (options) => (await pickFilesWithInput({ filters: options.filters, multiple: false }))[0] ?? null,
    saveFile: async (name, bytes, filters) => {
      const result = await bridge.saveFile({ suggestedName: name, bytes, filters });
      return { saved: result.saved };
    },
    getSigner: (role, workspaceId) => electronSigner(bridge, role, workspaceId),
    printToPdf: async (suggestedName) => {
      const result = await bridge.printToPdf({ suggestedName });
      return { saved: result.saved };
    },
    deleteSigner: async (role, workspaceId) => {
      await bridge.deleteKey({ role: keyRoleOf(role), workspaceId });
    },
    // Older preloads (and test fakes) have no event subscriptions: then there is nothing to listen to.
    onFileOpened: (handler) => (bridge as Partial<PanelscoreEvents>).onFileOpened?.(handler) ?? (() => undefined),
    appInfo: async () => {
      const info = await bridge.appInfo();
      return { name: 'Panelscore', version: info.version, runtime: 'electron', keysProtectedByOs: info.safeStorage };
    },
  };
}
