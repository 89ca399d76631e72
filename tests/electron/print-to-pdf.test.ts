import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Dialog } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../electron/ipc-contract';
import { registerIpcHandlers } from '../../electron/main/ipc';
import { createKeyStore } from '../../electron/main/key-store';
import { isTrustedUrl } from '../../electron/main/trusted-url';
import { fakeFrame, FakeIpcMain, fakeSafeStorage, FakeWebContents, fakeWindow, invokeEvent } from './fakes';

const PDF = new TextEncoder().encode('%PDF-1.7 report');

let base: string;
let ipcMain: FakeIpcMain;
let contents: FakeWebContents & { printToPDF: ReturnType<typeof vi.fn> };
let dialog: { showOpenDialog: ReturnType<typeof vi.fn>; showSaveDialog: ReturnType<typeof vi.fn> };

beforeEach(async () => {
  base = await mkdtemp(join(tmpdir(), 'panelscore-print-'));
  ipcMain = new FakeIpcMain();
  contents = Object.assign(new FakeWebContents(), { printToPDF: vi.fn().mockResolvedValue(Buffer.from(PDF)) });
  dialog = { showOpenDialog: vi.fn(), showSaveDialog: vi.fn() };
  registerIpcHandlers({
    ipcMain: ipcMain.asElectron(),
    getWindow: () => fakeWindow(contents),
    isTrusted: (url) => isTrustedUrl(url),
    keyStore: createKeyStore({ dir: join(base, 'keys'), safeStorage: fakeSafeStorage({ available: true }), platform: 'linux' }),
    dialog: dialog as unknown as Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>,
    defaultDir: base,
    version: '0.1.0',
    platform: 'linux',
  });
});

afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

const fromApp = (...args: unknown[]) => ipcMain.invoke(IPC_CHANNELS.printToPdf, invokeEvent(contents, contents.mainFrame), ...args);

describe('printToPdf over IPC', () => {
  it('prints the sender’s page to A4 with backgrounds and writes the PDF where the person chose', async () => {
    const target = join(base, 'report.pdf');
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: target });
    expect(await fromApp({ suggestedName: 'ex-1.report.pdf' })).toEqual({ saved: true, path: target });
    expect(contents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ pageSize: 'A4', printBackground: true }));
    expect(new Uint8Array(await readFile(target))).toEqual(PDF);
    const options = dialog.showSaveDialog.mock.calls[0][1] as { defaultPath: string; filters: { extensions: string[] }[] };
    expect(options.defaultPath).toBe(join(base, 'ex-1.report.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
  });

  it('writes nothing when the person cancels the save dialog', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: '' });
    expect(await fromApp({ suggestedName: 'report.pdf' })).toEqual({ saved: false });
  });

  it('says what to do when Chromium cannot make the PDF', async () => {
    contents.printToPDF.mockRejectedValue(new Error('printing failed'));
    await expect(fromApp({ suggestedName: 'report.pdf' })).rejects.toThrow(/Could not make the PDF \(printing failed\): try again/);
    expect(dialog.showSaveDialog).not.toHaveBeenCalled();
  });

  it.each([
    ['a name with a folder', { suggestedName: '../report.pdf' }],
    ['a name that is not a PDF', { suggestedName: 'report.html' }],
    ['an extra member', { suggestedName: 'report.pdf', path: '/tmp/x.pdf' }],
  ])('refuses %s without printing', async (_what, request) => {
    await expect(fromApp(request)).rejects.toThrow(/refused because its request is malformed/);
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });

  it('refuses a call from a frame that is not the app’s main frame, without printing', async () => {
    const remote = invokeEvent(contents, fakeFrame('https://evil.example/', { processId: 1, routingId: 1 }));
    await expect(ipcMain.invoke(IPC_CHANNELS.printToPdf, remote, { suggestedName: 'report.pdf' })).rejects.toThrow(/did not come from the Panelscore window/);
    expect(contents.printToPDF).not.toHaveBeenCalled();
  });
});
