import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { PanelscoreBridge } from '../../electron/ipc-contract';
import { createBrowserPlatform } from '../../renderer/src/platform/browser';
import { createElectronPlatform } from '../../renderer/src/platform/electron';

describe('the Electron platform’s deleteSigner', () => {
  it('deletes the key main holds for the role’s key kind and workspace', async () => {
    const deleteKey = vi.fn(() => Promise.resolve(true));
    const platform = createElectronPlatform({ deleteKey } as unknown as PanelscoreBridge);
    await platform.deleteSigner?.('debrief', 'debrief:ex-1');
    await platform.deleteSigner?.('member', 'member:ex-1');
    expect(deleteKey.mock.calls).toEqual([[{ role: 'secretariat', workspaceId: 'debrief:ex-1' }], [{ role: 'member', workspaceId: 'member:ex-1' }]]);
  });
});

describe('the browser platform’s deleteSigner', () => {
  it('removes the workspace’s entry from the browser key store and leaves the others', async () => {
    const put = (workspaceId: string) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('panelscore-keys', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('keys', { keyPath: 'workspaceId' });
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('keys', 'readwrite');
          tx.objectStore('keys').put({ workspaceId, publicKey: new Uint8Array(32), createdAt: 'now' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
        };
      });
    const keys = () =>
      new Promise<string[]>((resolve) => {
        const open = indexedDB.open('panelscore-keys', 1);
        open.onsuccess = () => {
          const request = open.result.transaction('keys').objectStore('keys').getAllKeys();
          request.onsuccess = () => {
            open.result.close();
            resolve((request.result as string[]).sort());
          };
        };
      });
    await put('member:ex-closed');
    await put('member:ex-kept');
    await createBrowserPlatform().deleteSigner?.('member', 'member:ex-closed');
    expect(await keys()).toEqual(['member:ex-kept']);
  });
});
