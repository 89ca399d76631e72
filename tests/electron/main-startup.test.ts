import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IPC_CHANNELS } from '../../electron/ipc-contract';

/** A recording stand-in for the electron module; reset before each test, then main is imported fresh. */
const state = vi.hoisted(() => {
  const calls: string[] = [];
  const make = () => {
    let ready: () => void = () => undefined;
    const windows: Array<{ options: { webPreferences: Record<string, unknown> }; url: string | undefined }> =
      [];
    const listeners = new Map<string, (...args: unknown[]) => void>();
    class BrowserWindow {
      url: string | undefined;
      webContents = {};
      constructor(public options: { webPreferences: Record<string, unknown> }) {
        calls.push('new BrowserWindow');
        windows.push(this);
      }
      loadURL(url: string) {
        this.url = url;
        return Promise.resolve();
      }
      once() {}
      on() {}
    }
    const mock = {
      app: {
        isPackaged: false,
        enableSandbox: vi.fn(() => calls.push('enableSandbox')),
        requestSingleInstanceLock: vi.fn(() => true),
        quit: vi.fn(() => calls.push('quit')),
        on: vi.fn((name: string, listener: (...args: unknown[]) => void) => listeners.set(name, listener)),
        whenReady: vi.fn(() => new Promise<void>((resolve) => (ready = resolve))),
        isReady: () => true,
        getPath: (name: string) => `/tmp/panelscore-test/${name}`,
        getVersion: () => '0.1.0',
      },
      protocol: {
        registerSchemesAsPrivileged: vi.fn(() => calls.push('registerSchemesAsPrivileged')),
        handle: vi.fn(),
      },
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
    return { mock, windows, listeners, becomeReady: () => ready() };
  };
  return { calls, current: make(), make };
});
// The factory runs once; getters make every fresh import of main see the current stand-in.
vi.mock('electron', () => {
  const names = [
    'app',
    'protocol',
    'session',
    'ipcMain',
    'dialog',
    'safeStorage',
    'Menu',
    'BrowserWindow',
  ] as const;
  const electron: Record<string, unknown> = {};
  for (const name of names)
    Object.defineProperty(electron, name, { enumerable: true, get: () => state.current.mock[name] });
  return electron;
});

async function startMain(options: { isPackaged?: boolean; singleInstance?: boolean } = {}) {
  state.current.mock.app.isPackaged = options.isPackaged ?? false;
  state.current.mock.app.requestSingleInstanceLock.mockReturnValue(options.singleInstance ?? true);
  await import('../../electron/main/index');
  state.current.becomeReady();
  await new Promise((resolve) => setTimeout(resolve, 0));
  return state.current;
}

beforeEach(() => {
  vi.resetModules();
  state.calls.length = 0;
  state.current = state.make();
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('main process startup', () => {
  it('enables the sandbox and registers the app scheme before the app is ready', async () => {
    const { mock } = await startMain();
    expect(state.calls.indexOf('enableSandbox')).toBe(0);
    expect(state.calls.indexOf('registerSchemesAsPrivileged')).toBeLessThan(
      state.calls.indexOf('new BrowserWindow'),
    );
    expect(mock.app.whenReady).toHaveBeenCalled();
  });

  it('locks down every web contents, the session and IPC once ready', async () => {
    const { mock, listeners } = await startMain();
    expect(listeners.has('web-contents-created')).toBe(true);
    expect(mock.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(mock.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled();
    expect(mock.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    const channels = mock.ipcMain.handle.mock.calls.map(([channel]) => channel as string);
    expect(channels.sort()).toEqual(Object.values(IPC_CHANNELS).sort());
  });

  it('opens one sandboxed window on the app protocol with the built preload', async () => {
    const { windows } = await startMain();
    expect(windows).toHaveLength(1);
    expect(windows[0].url).toBe('app://panelscore/index.html');
    expect(windows[0].options.webPreferences.sandbox).toBe(true);
    expect(String(windows[0].options.webPreferences.preload)).toMatch(/preload[/\\]index\.cjs$/);
  });

  it('quits at once when another instance is running', async () => {
    const { mock, windows } = await startMain({ singleInstance: false });
    expect(mock.app.quit).toHaveBeenCalled();
    expect(mock.app.whenReady).not.toHaveBeenCalled();
    expect(windows).toHaveLength(0);
  });

  it('loads the dev server only in an unpackaged dev run', async () => {
    vi.stubEnv('ELECTRON_RENDERER_URL', 'http://localhost:5173');
    expect((await startMain({ isPackaged: false })).windows[0].url).toBe('http://localhost:5173');
    vi.resetModules();
    state.current = state.make();
    expect((await startMain({ isPackaged: true })).windows[0].url).toBe('app://panelscore/index.html');
  });

  it('hides DevTools in a packaged build', async () => {
    const { windows } = await startMain({ isPackaged: true });
    expect(windows[0].options.webPreferences.devTools).toBe(false);
  });
});
