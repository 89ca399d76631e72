import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_EVENT_CHANNELS } from '../../electron/ipc-contract';

/** A recording stand-in for electron, enough for main to start; reset before each test. */
const state = vi.hoisted(() => {
  const make = () => {
    let ready: () => void = () => undefined;
    const listeners = new Map<string, (...args: unknown[]) => void>();
    const sent: Array<[string, unknown]> = [];
    const windows: BrowserWindow[] = [];
    class BrowserWindow {
      readyToShow: Array<() => void> = [];
      webContents = {
        getURL: () => 'app://panelscore/index.html',
        send: (channel: string, payload: unknown) => sent.push([channel, payload]),
      };
      constructor() {
        windows.push(this);
      }
      loadURL() {
        return Promise.resolve();
      }
      once(name: string, listener: () => void) {
        if (name === 'ready-to-show') this.readyToShow.push(listener);
      }
      on() {}
      show() {}
      isDestroyed() {
        return false;
      }
      isMinimized() {
        return false;
      }
      focus() {}
    }
    const mock = {
      app: {
        isPackaged: true,
        enableSandbox: vi.fn(),
        requestSingleInstanceLock: () => true,
        quit: vi.fn(),
        on: vi.fn((name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener)),
        whenReady: () => new Promise<void>((resolve) => (ready = resolve)),
        isReady: () => true,
        getPath: (name: string) => `/tmp/panelscore-test/${name}`,
        getVersion: () => '0.1.0',
      },
      protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          setDevicePermissionHandler: vi.fn(),
          webRequest: { onBeforeRequest: vi.fn() },
        },
      },
      ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
      dialog: { showOpenDialog: vi.fn(), showSaveDialog: vi.fn(), showErrorBox: vi.fn() },
      safeStorage: { isEncryptionAvailable: () => true, encryptString: vi.fn(), decryptString: vi.fn() },
      Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn((template: unknown) => template) },
      BrowserWindow,
    };
    return { mock, listeners, sent, windows, becomeReady: () => ready() };
  };
  return { current: make(), make };
});
vi.mock('electron', () => {
  const names = ['app', 'protocol', 'session', 'ipcMain', 'dialog', 'safeStorage', 'Menu', 'BrowserWindow'] as const;
  const electron: Record<string, unknown> = {};
  for (const name of names)
    Object.defineProperty(electron, name, { enumerable: true, get: () => state.current.mock[name] });
  return electron;
});

const dir = mkdtempSync(join(tmpdir(), 'panelscore-open-main-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const packagePath = join(dir, 'ex-2026.panelpkg');
writeFileSync(packagePath, new Uint8Array([80, 75, 5, 6]));
const sheetPath = join(dir, 'm-norway.r1.scores.json');
writeFileSync(sheetPath, '{}');

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));
const originalArgv = process.argv;

async function startMain(argv: string[] = ['/opt/Panelscore/panelscore']) {
  process.argv = argv;
  await import('../../electron/main/index');
  state.current.becomeReady();
  await settle();
  return state.current;
}

function showWindow() {
  for (const listener of state.current.windows[0]?.readyToShow ?? []) listener();
}

function sentNames(): string[] {
  return state.current.sent.map(([channel, payload]) => {
    expect(channel).toBe(IPC_EVENT_CHANNELS.onFileOpened);
    return (payload as { name: string }).name;
  });
}

beforeEach(() => {
  vi.resetModules();
  state.current = state.make();
});
afterEach(() => {
  process.argv = originalArgv;
});

describe('main process: opening files from the OS', () => {
  it('opens the file named on the command line (Windows, Linux) once the window shows the app', async () => {
    await startMain(['/opt/Panelscore/panelscore', packagePath]);
    expect(state.current.sent).toEqual([]);
    showWindow();
    expect(sentNames()).toEqual(['ex-2026.panelpkg']);
  });

  it('handles macOS open-file, even before the app is ready, and stops the default handling', async () => {
    process.argv = ['/Applications/Panelscore.app/Contents/MacOS/Panelscore'];
    await import('../../electron/main/index');
    const openFile = state.current.listeners.get('open-file');
    expect(openFile).toBeDefined();
    const event = { preventDefault: vi.fn() };
    openFile?.(event, sheetPath);
    expect(event.preventDefault).toHaveBeenCalled();
    state.current.becomeReady();
    await settle();
    showWindow();
    expect(sentNames()).toEqual(['m-norway.r1.scores.json']);
  });

  it('takes a file double-clicked while the app runs from the second instance’s arguments', async () => {
    await startMain();
    showWindow();
    state.current.listeners.get('second-instance')?.({}, ['panelscore', '--flag', 'ex-2026.panelpkg'], dir);
    await settle();
    expect(sentNames()).toEqual(['ex-2026.panelpkg']);
  });

  it('shows why a file of another kind was refused and sends nothing', async () => {
    await startMain();
    showWindow();
    state.current.listeners.get('open-file')?.({ preventDefault: vi.fn() }, join(dir, 'cv.pdf'));
    await settle();
    expect(state.current.sent).toEqual([]);
    expect(state.current.mock.dialog.showErrorBox).toHaveBeenCalledWith(
      'Panelscore could not open this file',
      expect.stringMatching(/“cv\.pdf” is neither/),
    );
  });
});
