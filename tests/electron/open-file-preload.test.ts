import { describe, expect, it, vi } from 'vitest';

type Listener = (event: unknown, payload: unknown) => void;
const electron = vi.hoisted(() => {
  const listeners = new Map<string, (event: unknown, payload: unknown) => void>();
  return {
    listeners,
    contextBridge: { exposeInMainWorld: vi.fn() },
    ipcRenderer: {
      invoke: vi.fn(),
      on: vi.fn((channel: string, listener: (event: unknown, payload: unknown) => void) => listeners.set(channel, listener)),
      send: vi.fn(),
    },
  };
});
vi.mock('electron', () => electron);

import type { IpcRenderer } from 'electron';
import { IPC_EVENT_CHANNELS, MAX_SCORE_SHEET_BYTES } from '../../electron/ipc-contract';
import type { FileOpenedEvent, PanelscoreEvents } from '../../electron/ipc-contract';
import { createFileOpenedEvents } from '../../electron/preload/file-opened';
import '../../electron/preload/index';

/** A fake ipcRenderer whose one listener a test can call as main would. */
function fakeIpc() {
  let listener: Listener | null = null;
  const ipc = {
    on: vi.fn((_channel: string, l: Listener) => ((listener = l), ipc)),
  } as unknown as Pick<IpcRenderer, 'on'>;
  const fromMain = (payload: unknown) => listener?.({ sender: 'ipcRenderer', ports: [] }, payload);
  return { ipc, fromMain };
}

const sheet: FileOpenedEvent = { kind: 'score-sheet', name: 'm-norway.r1.scores.json', bytes: new Uint8Array([123, 125]) };

describe('preload onFileOpened', () => {
  it('is exposed as one named function that takes a callback, never ipcRenderer or its event', () => {
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as Record<string, unknown>;
    expect(typeof api.onFileOpened).toBe('function');
    expect(api.onFileOpened).not.toBe(electron.ipcRenderer.on);
    expect(Object.values(api)).not.toContain(electron.ipcRenderer);
    expect(electron.ipcRenderer.on).toHaveBeenCalledWith(IPC_EVENT_CHANNELS.onFileOpened, expect.any(Function));
  });

  it('calls the callback with the file only, not the IPC event', () => {
    const api = electron.contextBridge.exposeInMainWorld.mock.calls[0]?.[1] as PanelscoreEvents;
    const received: unknown[][] = [];
    const stop = api.onFileOpened((...args: unknown[]) => received.push(args));
    electron.listeners.get(IPC_EVENT_CHANNELS.onFileOpened)?.({ sender: {}, senderId: 0 }, sheet);
    stop();
    expect(received).toEqual([[sheet]]);
  });

  it('keeps files that arrive before anyone listens and gives them to the first listener', () => {
    const { ipc, fromMain } = fakeIpc();
    const onFileOpened = createFileOpenedEvents(ipc);
    fromMain(sheet);
    const seen: FileOpenedEvent[] = [];
    onFileOpened((file) => seen.push(file));
    expect(seen).toEqual([sheet]);
    const later: FileOpenedEvent[] = [];
    onFileOpened((file) => later.push(file));
    expect(later).toEqual([]);
  });

  it('stops calling a listener once it unsubscribes', () => {
    const { ipc, fromMain } = fakeIpc();
    const onFileOpened = createFileOpenedEvents(ipc);
    const seen: FileOpenedEvent[] = [];
    const stop = onFileOpened((file) => seen.push(file));
    fromMain(sheet);
    stop();
    fromMain(sheet);
    expect(seen).toHaveLength(1);
  });

  it.each([
    ['a name of another extension', { kind: 'score-sheet', name: 'cv.pdf', bytes: new Uint8Array(1) }],
    ['a kind that does not match the name', { kind: 'exercise-package', name: 'm.scores.json', bytes: new Uint8Array(1) }],
    ['a name with a folder', { kind: 'score-sheet', name: '../m.scores.json', bytes: new Uint8Array(1) }],
    ['bytes that are not bytes', { kind: 'score-sheet', name: 'm.scores.json', bytes: 'text' }],
    ['an oversize score sheet', { kind: 'score-sheet', name: 'm.scores.json', bytes: new Uint8Array(MAX_SCORE_SHEET_BYTES + 1) }],
    ['nothing', undefined],
  ])('drops a payload with %s', (_what, payload) => {
    const { ipc, fromMain } = fakeIpc();
    const seen: unknown[] = [];
    createFileOpenedEvents(ipc)((file) => seen.push(file));
    fromMain(payload);
    expect(seen).toEqual([]);
  });

  it('hands listeners a copy with the known fields only', () => {
    const { ipc, fromMain } = fakeIpc();
    const seen: FileOpenedEvent[] = [];
    createFileOpenedEvents(ipc)((file) => seen.push(file));
    fromMain({ ...sheet, path: '/home/ana/secret/m-norway.r1.scores.json' });
    expect(seen).toEqual([sheet]);
    expect(seen[0]).not.toHaveProperty('path');
  });

  it('refuses a callback that is not a function', () => {
    const { ipc } = fakeIpc();
    expect(() => createFileOpenedEvents(ipc)('alert(1)' as unknown as () => void)).toThrow(/needs a function/);
  });
});
