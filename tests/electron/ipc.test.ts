import { mkdir, mkdtemp, readdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { verifyStrict } from '../../core/crypto/ed25519';
import { base64UrlDecode } from '../../core/encoding';
import { IPC_CHANNELS, MAX_FILE_BYTES, MAX_SIGN_MESSAGE_BYTES } from '../../electron/ipc-contract';
import type { PublicKeyInfo } from '../../electron/ipc-contract';
import { registerIpcHandlers } from '../../electron/main/ipc';
import { createKeyStore } from '../../electron/main/key-store';
import { isTrustedUrl } from '../../electron/main/trusted-url';
import { fakeFrame, FakeIpcMain, fakeSafeStorage, FakeWebContents, fakeWindow, invokeEvent } from './fakes';

let base: string;
let ipcMain: FakeIpcMain;
let contents: FakeWebContents;
let dialog: { showOpenDialog: ReturnType<typeof vi.fn>; showSaveDialog: ReturnType<typeof vi.fn> };
let dispose: () => void;
let ourWindow: ReturnType<typeof fakeWindow>;

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'panelscore-ipc-'));
  ipcMain = new FakeIpcMain();
  contents = new FakeWebContents();
  dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };
  ourWindow = fakeWindow(contents);
  dispose = registerIpcHandlers({
    ipcMain: ipcMain.asElectron(),
    getWindow: () => ourWindow,
    isTrusted: (url) => isTrustedUrl(url),
    keyStore: createKeyStore({
      dir: join(base, 'keys'),
      safeStorage: fakeSafeStorage({ available: true }),
      platform: 'linux',
    }),
    dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
    defaultDir: base,
    version: '0.1.0',
    platform: 'linux',
  });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

/** A call from the main frame of our window, as the preload makes it. */
const fromApp = (channel: string, ...args: unknown[]) =>
  ipcMain.invoke(channel, invokeEvent(contents, contents.mainFrame), ...args);
const ref = { role: 'member', workspaceId: 'ex-1' } as const;

async function keyFilesCreated(): Promise<number> {
  return (await readdir(join(base, 'keys')).catch(() => [])).length;
}

describe('registerIpcHandlers', () => {
  it('handles exactly the channels of the contract, and removes them on dispose', () => {
    expect([...ipcMain.handlers.keys()].sort()).toEqual(Object.values(IPC_CHANNELS).sort());
    dispose();
    expect(ipcMain.handlers.size).toBe(0);
  });
});

describe('IPC sender checks', () => {
  const foreign: Array<[string, () => ReturnType<typeof invokeEvent>]> = [
    [
      'a frame showing a remote page',
      () => invokeEvent(contents, fakeFrame('https://evil.example/', { processId: 1, routingId: 1 })),
    ],
    [
      'a subframe of our window, even on the app origin',
      () =>
        invokeEvent(
          contents,
          fakeFrame('app://panelscore/embed.html', { routingId: 2, parent: contents.mainFrame }),
        ),
    ],
    [
      'another frame claiming the main frame URL',
      () => invokeEvent(contents, fakeFrame('app://panelscore/index.html', { processId: 9, routingId: 9 })),
    ],
    [
      'another web contents',
      () => {
        const other = new FakeWebContents();
        return invokeEvent(other, other.mainFrame);
      },
    ],
    ['a frame that is gone', () => invokeEvent(contents, null)],
  ];

  it.each(foreign)('refuses a call from %s, without acting on it', async (_what, event) => {
    await expect(ipcMain.invoke(IPC_CHANNELS.getOrCreateKey, event(), ref)).rejects.toThrow(
      /refused: it did not come from the Panelscore window/,
    );
    expect(await keyFilesCreated()).toBe(0);
  });

  it('accepts the same call from the main frame of our window', async () => {
    const info = (await fromApp(IPC_CHANNELS.getOrCreateKey, ref)) as PublicKeyInfo;
    expect(Object.keys(info).sort()).toEqual(['fingerprint', 'protectedByOs', 'publicKey']);
    expect(await keyFilesCreated()).toBe(1);
  });
});

describe('IPC payload validation', () => {
  it.each([
    ['an unknown role', IPC_CHANNELS.getOrCreateKey, [{ role: 'admin', workspaceId: 'ex-1' }]],
    [
      'a workspace id that is a path',
      IPC_CHANNELS.getOrCreateKey,
      [{ role: 'member', workspaceId: '../../etc' }],
    ],
    ['an extra member', IPC_CHANNELS.getOrCreateKey, [{ ...ref, secretKey: 'x' }]],
    ['no payload', IPC_CHANNELS.getOrCreateKey, []],
    ['two arguments', IPC_CHANNELS.getOrCreateKey, [ref, ref]],
    ['a message that is a plain array', IPC_CHANNELS.sign, [{ ...ref, message: [1, 2, 3] }]],
    [
      'a message over the size limit',
      IPC_CHANNELS.sign,
      [{ ...ref, message: new Uint8Array(MAX_SIGN_MESSAGE_BYTES + 1) }],
    ],
    [
      'a suggested name with a folder',
      IPC_CHANNELS.saveFile,
      [{ suggestedName: '../x.json', bytes: new Uint8Array(1), filters: [] }],
    ],
    [
      'a filter extension with a dot',
      IPC_CHANNELS.openFiles,
      [{ title: 'Open', filters: [{ name: 'JSON', extensions: ['.json'] }], multi: false }],
    ],
    ['a payload on app:info', IPC_CHANNELS.appInfo, [{ anything: true }]],
  ])('refuses %s', async (_what, channel, args) => {
    await expect(fromApp(channel, ...args)).rejects.toThrow(/refused because its request is malformed/);
    expect(await keyFilesCreated()).toBe(0);
    expect(dialog.showOpenDialog).not.toHaveBeenCalled();
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });
});

describe('keys over IPC', () => {
  it('signs in main: the signature verifies against the exported public key', async () => {
    const created = (await fromApp(IPC_CHANNELS.getOrCreateKey, ref)) as PublicKeyInfo;
    const message = new TextEncoder().encode('canonical bytes');
    const signature = (await fromApp(IPC_CHANNELS.sign, { ...ref, message })) as Uint8Array;
    expect(signature).toBeInstanceOf(Uint8Array);
    expect(verifyStrict(signature, message, base64UrlDecode(created.publicKey))).toBe(true);
    expect(await fromApp(IPC_CHANNELS.exportPublicKey, ref)).toEqual(created);
  });

  it('accepts a message of exactly the size limit', async () => {
    await fromApp(IPC_CHANNELS.getOrCreateKey, ref);
    const signature = (await fromApp(IPC_CHANNELS.sign, {
      ...ref,
      message: new Uint8Array(MAX_SIGN_MESSAGE_BYTES),
    })) as Uint8Array;
    expect(signature).toHaveLength(64);
  });

  it('reports the app version, platform and keychain protection', async () => {
    expect(await fromApp(IPC_CHANNELS.appInfo)).toEqual({
      version: '0.1.0',
      platform: 'linux',
      safeStorage: true,
    });
  });
});

describe('dialogs over IPC', () => {
  it('returns the names and bytes of the picked files, modal to our window', async () => {
    await writeFile(join(base, 'a.scores.json'), '{"a":1}');
    await writeFile(join(base, 'b.scores.json'), '{"b":2}');
    dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [join(base, 'a.scores.json'), join(base, 'b.scores.json')],
    });
    const files = (await fromApp(IPC_CHANNELS.openFiles, {
      title: 'Open score sheets',
      filters: [{ name: 'Score sheets', extensions: ['json'] }],
      multi: true,
    })) as Array<{ name: string; bytes: Uint8Array }>;
    expect(files.map((f) => [f.name, new TextDecoder().decode(f.bytes)])).toEqual([
      ['a.scores.json', '{"a":1}'],
      ['b.scores.json', '{"b":2}'],
    ]);
    const [parent, options] = dialog.showOpenDialog.mock.calls[0];
    expect(parent).toBe(ourWindow);
    expect(options).toMatchObject({
      title: 'Open score sheets',
      properties: ['openFile', 'multiSelections'],
    });
  });

  it('returns no files when the person cancels', async () => {
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await fromApp(IPC_CHANNELS.openFiles, { title: 'Open', filters: [], multi: false })).toEqual([]);
  });

  it('refuses a file over the size limit with a reason', async () => {
    const big = join(base, 'huge.panelpkg');
    await writeFile(big, '');
    await truncate(big, MAX_FILE_BYTES + 1);
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [big] });
    await expect(
      fromApp(IPC_CHANNELS.openFiles, { title: 'Open', filters: [], multi: false }),
    ).rejects.toThrow(/huge\.panelpkg is 513 MiB, over the 512 MiB/);
  });

  it('writes the bytes where the person chose', async () => {
    const target = join(base, 'out', 'sheet.scores.json');
    await mkdir(join(base, 'out'));
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    const result = await fromApp(IPC_CHANNELS.saveFile, {
      suggestedName: 'sheet.scores.json',
      bytes: new TextEncoder().encode('{}'),
      filters: [{ name: 'Score sheet', extensions: ['json'] }],
    });
    expect(result).toEqual({ saved: true, path: target });
    expect(await readFile(target, 'utf8')).toBe('{}');
    expect(await readdir(join(base, 'out'))).toEqual(['sheet.scores.json']);
    expect((dialog.showSaveDialog.mock.calls[0][1] as { defaultPath: string }).defaultPath).toBe(
      join(base, 'sheet.scores.json'),
    );
  });

  it('saves nothing when the person cancels', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(
      await fromApp(IPC_CHANNELS.saveFile, {
        suggestedName: 'x.json',
        bytes: new Uint8Array(1),
        filters: [],
      }),
    ).toEqual({ saved: false });
  });
});
