import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../electron/ipc-contract';
import type { PublicKeyInfo } from '../../electron/ipc-contract';
import { registerIpcHandlers } from '../../electron/main/ipc';
import { createKeyStore } from '../../electron/main/key-store';
import { isTrustedUrl } from '../../electron/main/trusted-url';
import { fakeFrame, FakeIpcMain, fakeSafeStorage, FakeWebContents, fakeWindow, invokeEvent } from './fakes';

let base: string;
let ipcMain: FakeIpcMain;
let contents: FakeWebContents;

const keysDir = () => join(base, 'keys');
const keyFiles = async () => (await readdir(keysDir()).catch(() => [])).length;
const closed = { role: 'member', workspaceId: 'member:ex-closed' } as const;
const kept = { role: 'member', workspaceId: 'member:ex-kept' } as const;
const fromApp = (channel: string, ...args: unknown[]) => ipcMain.invoke(channel, invokeEvent(contents, contents.mainFrame), ...args);

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'panelscore-delete-key-'));
  ipcMain = new FakeIpcMain();
  contents = new FakeWebContents();
  registerIpcHandlers({
    ipcMain: ipcMain.asElectron(),
    getWindow: () => fakeWindow(contents),
    isTrusted: (url) => isTrustedUrl(url),
    keyStore: createKeyStore({ dir: keysDir(), safeStorage: fakeSafeStorage({ available: true }), platform: 'linux' }),
    dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() },
    defaultDir: base,
    version: '0.1.0',
    platform: 'linux',
  });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('keys:delete', () => {
  it('deletes the key file of one workspace for good and leaves the others', async () => {
    await fromApp(IPC_CHANNELS.getOrCreateKey, closed);
    const other = (await fromApp(IPC_CHANNELS.getOrCreateKey, kept)) as PublicKeyInfo;
    expect(await keyFiles()).toBe(2);

    expect(await fromApp(IPC_CHANNELS.deleteKey, closed)).toBe(true);

    expect(await keyFiles()).toBe(1);
    expect(await fromApp(IPC_CHANNELS.exportPublicKey, closed)).toBeNull();
    await expect(fromApp(IPC_CHANNELS.sign, { ...closed, message: new Uint8Array([1]) })).rejects.toThrow(/has no member key/);
    expect(await fromApp(IPC_CHANNELS.exportPublicKey, kept)).toEqual(other);
  });

  it('answers false when there was no key, and a new key is a different one', async () => {
    expect(await fromApp(IPC_CHANNELS.deleteKey, closed)).toBe(false);
    const first = (await fromApp(IPC_CHANNELS.getOrCreateKey, closed)) as PublicKeyInfo;
    await fromApp(IPC_CHANNELS.deleteKey, closed);
    const second = (await fromApp(IPC_CHANNELS.getOrCreateKey, closed)) as PublicKeyInfo;
    expect(second.publicKey).not.toBe(first.publicKey);
  });

  it('refuses a call from a frame other than the main frame of our window, deleting nothing', async () => {
    await fromApp(IPC_CHANNELS.getOrCreateKey, closed);
    const remote = invokeEvent(contents, fakeFrame('https://evil.example/', { processId: 1, routingId: 1 }));
    await expect(ipcMain.invoke(IPC_CHANNELS.deleteKey, remote, closed)).rejects.toThrow(/refused: it did not come from the Panelscore window/);
    expect(await keyFiles()).toBe(1);
  });

  it.each([
    ['a workspace id that is a path', { role: 'member', workspaceId: '../keys' }],
    ['an unknown role', { role: 'debrief', workspaceId: 'debrief:ex-closed' }],
    ['an extra member', { ...closed, all: true }],
  ])('refuses %s, deleting nothing', async (_what, payload) => {
    await fromApp(IPC_CHANNELS.getOrCreateKey, closed);
    await expect(fromApp(IPC_CHANNELS.deleteKey, payload)).rejects.toThrow(/refused because its request is malformed/);
    expect(await keyFiles()).toBe(1);
  });
});
