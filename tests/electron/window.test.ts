import { describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const created: Array<{
    options: unknown;
    loadURL: ReturnType<typeof vi.fn>;
    once: ReturnType<typeof vi.fn>;
    show: ReturnType<typeof vi.fn>;
  }> = [];
  class BrowserWindow {
    loadURL = vi.fn(() => Promise.resolve());
    once = vi.fn();
    show = vi.fn();
    constructor(public options: unknown) {
      created.push(this);
    }
  }
  return { BrowserWindow, created };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow }));

import type { BrowserWindowConstructorOptions } from 'electron';
import { createMainWindow } from '../../electron/main/window';

function optionsOf(settings: {
  preloadPath: string;
  allowDevTools: boolean;
}): BrowserWindowConstructorOptions {
  createMainWindow(settings, 'app://panelscore/index.html');
  return electron.created.at(-1)!.options as BrowserWindowConstructorOptions;
}

describe('createMainWindow options', () => {
  const options = optionsOf({ preloadPath: '/app/out/preload/index.cjs', allowDevTools: false });
  const web = options.webPreferences!;

  it('isolates and sandboxes the renderer, with no Node anywhere', () => {
    expect(web.contextIsolation).toBe(true);
    expect(web.sandbox).toBe(true);
    expect(web.nodeIntegration).toBe(false);
    expect(web.nodeIntegrationInWorker).toBe(false);
    expect(web.nodeIntegrationInSubFrames).toBe(false);
  });

  it('keeps web security on and every risky feature off', () => {
    expect(web.webSecurity).toBe(true);
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(web.webviewTag).toBe(false);
    expect(web.experimentalFeatures).toBe(false);
    expect(web.navigateOnDragDrop).toBe(false);
    expect(web.enableBlinkFeatures).toBeUndefined();
  });

  it('loads the built preload and follows the DevTools setting', () => {
    expect(web.preload).toBe('/app/out/preload/index.cjs');
    expect(web.devTools).toBe(false);
    expect(optionsOf({ preloadPath: 'p', allowDevTools: true }).webPreferences!.devTools).toBe(true);
  });

  it('stays hidden until it has painted', () => {
    expect(options.show).toBe(false);
  });
});

describe('createMainWindow', () => {
  it('creates one hardened window, loads the entry URL and shows it when ready', () => {
    createMainWindow({ preloadPath: '/p.cjs', allowDevTools: false }, 'app://panelscore/index.html');
    const window = electron.created.at(-1)!;
    expect((window.options as { webPreferences: { sandbox: boolean } }).webPreferences.sandbox).toBe(true);
    expect(window.loadURL).toHaveBeenCalledWith('app://panelscore/index.html');
    const [event, listener] = window.once.mock.calls[0] as [string, () => void];
    expect(event).toBe('ready-to-show');
    listener();
    expect(window.show).toHaveBeenCalled();
  });
});
