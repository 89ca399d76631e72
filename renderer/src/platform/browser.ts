// The platform over plain web APIs: file inputs, downloads, WebCrypto keys in IndexedDB.
// Used when the renderer runs in a browser (e2e tests, demos) rather than in Electron.

import { fingerprint } from '../../../core/crypto/ed25519';
import type { Signer } from '../../../core/types';
import type { Role } from '../roles';
import { deleteWorkspaceKey, loadOrCreateWorkspaceKey, signWithKey } from './browser-keystore';
import { pickFilesWithInput } from './file-input';
import type { AppInfo, OpenFilesOptions, OpenedFile, Platform, SaveResult, WorkspaceSigner } from './types';

declare const __PANELSCORE_VERSION__: string | undefined;

export { acceptAttribute } from './file-input';

/** Reads the files a person picked into named byte arrays, in the order given. */
export async function readPickedFiles(files: Iterable<File>): Promise<OpenedFile[]> {
  return Promise.all([...files].map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}

const pickFiles = (options: OpenFilesOptions): Promise<File[]> => pickFilesWithInput(options);

/** Offers bytes as a download; the browser decides where it goes, so this reports saved. */
export function downloadBytes(name: string, bytes: Uint8Array, mediaType = 'application/octet-stream'): SaveResult {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // The download has started by the time the click returns; a later revoke is kinder to slow machines.
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return { saved: true };
}

/** Opens the browser's print dialog (the person picks "Save as PDF"); the browser does not say whether they saved. */
export function printPage(): SaveResult {
  window.print();
  return { saved: true };
}

/** A Signer over the workspace's non-extractable WebCrypto key. */
export async function browserSigner(workspaceId: string): Promise<WorkspaceSigner> {
  const key = await loadOrCreateWorkspaceKey(workspaceId);
  const signer: Signer = { publicKey: key.publicKey, sign: (message) => signWithKey(key, message) };
  return { signer, fingerprint: fingerprint(key.publicKey) };
}

/** The platform for a plain browser. */
export function createBrowserPlatform(): Platform {
  return {
    openFiles: async (options) => readPickedFiles(await pickFiles(options)),
    pickFile: async (options) => (await pickFiles({ ...options, multiple: false }))[0] ?? null,
    saveFile: (name, bytes) => Promise.resolve(downloadBytes(name, bytes)),
    getSigner: (_role: Role, workspaceId: string) => browserSigner(workspaceId),
    printToPdf: () => Promise.resolve(printPage()),
    deleteSigner: (_role: Role, workspaceId: string) => deleteWorkspaceKey(workspaceId),
    // A browser page is never handed files by the OS: files come through pickers and drops.
    onFileOpened: () => () => undefined,
    appInfo: (): Promise<AppInfo> =>
      Promise.resolve({
        name: 'Panelscore',
        version: typeof __PANELSCORE_VERSION__ === 'string' ? __PANELSCORE_VERSION__ : 'development',
        runtime: 'browser',
        keysProtectedByOs: false,
      }),
  };
}
