/**
 * The Electron security checklist (https://www.electronjs.org/docs/latest/tutorial/security), one
 * test per item, checked against the code with electron mocked. Where tests/electron/{window,
 * security,protocol,ipc,preload,packaging-config}.test.ts check the mechanism in depth, the test
 * here adds what makes the item hold for the whole app: a source scan that nothing bypasses it.
 *
 * What code cannot settle, and why:
 * - 1 "Only load secure content": the app loads nothing remote, checked here; whether a future
 *   feature should fetch over HTTPS at all is a design review, not a test.
 * - 15 "shell.openExternal": checked by a source scan (no call at all); if one is ever added,
 *   its URL's provenance needs a human review the scan cannot do.
 * - 16 "A current version of Electron": the list of supported releases is online; offline, the
 *   test holds the installed major to Electron's 8-week release cadence (the newest three majors).
 * - 19 "Check which fuses you can change": checked in electron-builder.yml; that the packaged
 *   binary really carries them needs `npx @electron/fuses read --app <packaged app>` on a release.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import type { Session } from 'electron';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const windows: Array<{ options: { webPreferences?: Record<string, unknown> }; url: string | null }> = [];
  class BrowserWindow {
    url: string | null = null;
    constructor(public options: { webPreferences?: Record<string, unknown> }) {
      windows.push(this);
    }
    loadURL(url: string) {
      this.url = url;
      return Promise.resolve();
    }
    once() {}
  }
  const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
  return { BrowserWindow, protocol, windows };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, protocol: electron.protocol }));

import { FuseV1Options } from '@electron/fuses';
import { IPC_CHANNELS } from '../../electron/ipc-contract';
import { registerIpcHandlers } from '../../electron/main/ipc';
import type { IpcDeps } from '../../electron/main/ipc';
import { CONTENT_SECURITY_POLICY, createAppRequestHandler, registerAppScheme } from '../../electron/main/protocol';
import { hardenSession, hardenWebContents, shouldBlockRequest } from '../../electron/main/security';
import { APP_ENTRY_URL, isTrustedUrl } from '../../electron/main/trusted-url';
import { createMainWindow } from '../../electron/main/window';
import { fakeFrame, FakeIpcMain, FakeWebContents, fakeWindow, invokeEvent } from './fakes';

const ROOT = join(import.meta.dirname, '..', '..');
// js-yaml arrives with electron-builder (no types of its own): the YAML parser electron-builder itself uses.
const { load } = createRequire(import.meta.url)('js-yaml') as { load: (text: string) => unknown };

/** Every TypeScript source under `dir`, as [path relative to the root, text]. */
function sources(dir: string): Array<[string, string]> {
  return readdirSync(join(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx|mts|cts)$/.test(entry.name))
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return [relative(ROOT, path), readFileSync(path, 'utf8')];
    });
}

/** The files (among electron/ and renderer/src) whose code, comments stripped, matches `pattern`. */
function filesMatching(pattern: RegExp, dirs = ['electron', 'renderer/src']): string[] {
  const stripComments = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
  return dirs.flatMap(sources).filter(([, text]) => pattern.test(stripComments(text))).map(([path]) => path);
}

let web: Record<string, unknown>;
beforeAll(() => {
  createMainWindow({ preloadPath: '/app/out/preload/index.cjs', allowDevTools: false }, APP_ENTRY_URL);
  web = electron.windows.at(-1)!.options.webPreferences ?? {};
});

const appOnly = (url: string) => isTrustedUrl(url);

describe('the Electron security checklist', () => {
  it('1. only loads secure content: nothing remote in the CSP, and every network request off the app is cancelled', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
    for (const url of ['http://example.com/x.js', 'https://cdn.example.com/lib.js', 'ws://example.com/', 'ftp://example.com/f']) {
      expect(shouldBlockRequest(url, appOnly)).toBe(true);
    }
    expect(electron.windows.at(-1)!.url).toBe('app://panelscore/index.html');
  });

  it('2. does not enable Node.js integration anywhere, and only window.ts creates windows', () => {
    expect([web.nodeIntegration, web.nodeIntegrationInWorker, web.nodeIntegrationInSubFrames]).toEqual([false, false, false]);
    expect(filesMatching(/new BrowserWindow\b/)).toEqual(['electron/main/window.ts']);
    expect(filesMatching(/nodeIntegration\w*\s*:\s*true/)).toEqual([]);
  });

  it('3. enables context isolation, and the preload reaches the page only through contextBridge', () => {
    expect(web.contextIsolation).toBe(true);
    expect(filesMatching(/contextIsolation\s*:\s*false/)).toEqual([]);
    const preload = readFileSync(join(ROOT, 'electron/preload/index.ts'), 'utf8');
    expect(preload.match(/exposeInMainWorld\(/g)).toHaveLength(1);
    expect(preload).not.toMatch(/\bwindow\.\w+\s*=|globalThis\.\w+\s*=/);
  });

  it('4. enables the process sandbox for every renderer, before the app is ready', () => {
    expect(web.sandbox).toBe(true);
    const main = readFileSync(join(ROOT, 'electron/main/index.ts'), 'utf8');
    expect(main.indexOf('app.enableSandbox()')).toBeGreaterThan(-1);
    expect(main.indexOf('app.enableSandbox()')).toBeLessThan(main.indexOf('.whenReady()'));
    expect(filesMatching(/sandbox\s*:\s*false/)).toEqual([]);
  });

  it('5. handles permission requests: every permission Electron names is denied but persistent storage for the app', () => {
    const handlers: Record<string, (...args: unknown[]) => unknown> = {};
    const session = {
      setPermissionRequestHandler: (h: (...args: unknown[]) => unknown) => (handlers.request = h),
      setPermissionCheckHandler: (h: (...args: unknown[]) => unknown) => (handlers.check = h),
      setDevicePermissionHandler: (h: (...args: unknown[]) => unknown) => (handlers.device = h),
      webRequest: { onBeforeRequest: vi.fn() },
    };
    hardenSession(session as unknown as Session, appOnly);
    const permissions = ['clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media', 'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection', 'storage-access', 'top-level-storage-access', 'window-management', 'fileSystem', 'unknown'];
    for (const permission of permissions) {
      const callback = vi.fn();
      handlers.request({}, permission, callback, { requestingUrl: 'app://panelscore/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check({}, permission, 'app://panelscore', {})).toBe(false);
    }
    expect(handlers.device({ deviceType: 'usb', origin: 'app://panelscore' })).toBe(false);
    // The one exception: durable storage for the app's own pages (the data must not be evicted).
    const granted = vi.fn();
    handlers.request({}, 'persistent-storage', granted, { requestingUrl: 'app://panelscore/index.html' });
    expect(granted).toHaveBeenCalledWith(true);
    expect(handlers.check({}, 'persistent-storage', 'https://example.com', {})).toBe(false);
  });

  it('6. does not disable webSecurity anywhere', () => {
    expect(web.webSecurity).toBe(true);
    expect(filesMatching(/webSecurity\s*:\s*false/)).toEqual([]);
  });

  it('7. defines a CSP: the app protocol sends it on every response, and index.html carries the same rules', async () => {
    const response = await createAppRequestHandler(join(ROOT, 'renderer'))(new Request('app://panelscore/index.html'));
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    const directives = new Map(CONTENT_SECURITY_POLICY.split('; ').map((d) => [d.split(' ')[0], d]));
    expect(directives.get('script-src')).toBe("script-src 'self'");
    expect(directives.get('object-src')).toBe("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(inline|eval)|wasm-unsafe-eval/);
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(readFileSync(join(ROOT, 'renderer/index.html'), 'utf8'));
    expect(meta?.[1]).toMatch(/script-src 'self'/);
    expect(meta?.[1]).not.toMatch(/unsafe-(inline|eval)|https?:/);
  });

  it('8. does not enable allowRunningInsecureContent', () => {
    expect(web.allowRunningInsecureContent).toBe(false);
    expect(filesMatching(/allowRunningInsecureContent\s*:\s*true/)).toEqual([]);
  });

  it('9. does not enable experimental features', () => {
    expect(web.experimentalFeatures).toBe(false);
    expect(filesMatching(/experimentalFeatures\s*:\s*true/)).toEqual([]);
  });

  it('10. does not use enableBlinkFeatures', () => {
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(filesMatching(/enableBlinkFeatures|--enable-blink-features|appendSwitch\(\s*['"]enable-/)).toEqual([]);
  });

  it('11. uses no <webview> (so no allowpopups): the tag is off and appears nowhere', () => {
    expect(web.webviewTag).toBe(false);
    expect(filesMatching(/<webview|allowpopups|webviewTag\s*:\s*true/)).toEqual([]);
  });

  it('12. verifies webview options by refusing every webview before it attaches', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asElectron(), appOnly);
    expect(contents.emitPreventable('will-attach-webview', 'app://panelscore/index.html')).toBe(true);
  });

  it('13. limits navigation to the app origin, in the main frame and in subframes', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asElectron(), appOnly);
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      for (const url of ['https://example.com/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<h1>x', 'app://other/index.html']) {
        expect(contents.emitPreventable(event, url), `${event} ${url}`).toBe(true);
      }
    }
  });

  it('14. denies the creation of every new window, the app’s own URLs included', () => {
    const contents = new FakeWebContents();
    hardenWebContents(contents.asElectron(), appOnly);
    for (const url of ['https://example.com/', 'app://panelscore/index.html', 'about:blank']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' });
    }
  });

  it('15. never calls shell.openExternal (nor shell.openPath) with any input', () => {
    expect(filesMatching(/openExternal|openPath\(|\bshell\s*\./)).toEqual([]);
  });

  it('16. uses a current Electron: one of the three newest majors by the 8-week release cadence', () => {
    const installed = (JSON.parse(readFileSync(join(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version;
    const declared = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }).devDependencies.electron;
    const major = Number(installed.split('.')[0]);
    expect(declared.replace(/^[\^~]/, '').split('.')[0]).toBe(String(major));
    // Electron 39 shipped on 2025-10-28; a new major follows about every 8 weeks.
    const newest = 39 + Math.floor((Date.now() - Date.UTC(2025, 9, 28)) / (56 * 24 * 3600 * 1000));
    expect(major, `Electron ${installed} is out of support: update to ${newest - 2} or later`).toBeGreaterThanOrEqual(newest - 2);
  });

  it('17. validates the sender of every IPC message: each contract channel refuses a foreign frame before acting', async () => {
    const ipcMain = new FakeIpcMain();
    const contents = new FakeWebContents();
    const untouchable = new Proxy({}, { get: () => () => Promise.reject(new Error('a handler acted on a refused call')) });
    registerIpcHandlers({
      ipcMain: ipcMain.asElectron(),
      getWindow: () => fakeWindow(contents),
      isTrusted: appOnly,
      keyStore: untouchable as IpcDeps['keyStore'],
      dialog: untouchable as IpcDeps['dialog'],
      defaultDir: '/nowhere',
      version: '0.0.0',
      platform: 'linux',
    });
    const foreign = invokeEvent(contents, fakeFrame('https://evil.example/', { processId: 1, routingId: 1 }));
    const channels = Object.values(IPC_CHANNELS);
    expect([...ipcMain.handlers.keys()].sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      await expect(ipcMain.invoke(channel, foreign, undefined), channel).rejects.toThrow(/did not come from the Panelscore window/);
    }
    // No listener can bypass registerIpcHandlers' check: main has no ipcMain.on/handle elsewhere.
    expect(filesMatching(/ipcMain\.(on|once|handle|handleOnce)\(/, ['electron'])).toEqual(['electron/main/ipc.ts']);
  });

  it('18. avoids file:// in favour of a custom, standard and secure app:// protocol', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown }),
    ]);
    expect(APP_ENTRY_URL).toMatch(/^app:\/\/panelscore\//);
    expect(filesMatching(/loadFile\(|['"`]file:\/\//, ['electron'])).toEqual([]);
  });

  it('19. flips every security fuse of the Electron release in electron-builder.yml', () => {
    const config = load(readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, unknown> };
    const fuses = config.electronFuses ?? {};
    const secure: Record<string, boolean> = {
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    };
    expect(fuses).toMatchObject(secure);
    // A fuse added in a later Electron must be decided on, not left at its default unnoticed.
    const known = Object.keys(FuseV1Options).filter((name) => Number.isNaN(Number(name)) && name !== 'LoadBrowserProcessSpecificV8Snapshot');
    expect(known.map((name) => name[0].toLowerCase() + name.slice(1)).filter((key) => !(key in fuses))).toEqual([]);
  });

  it('20. exposes no Electron or Node API to the page: the renderer imports neither, the preload only named functions', () => {
    expect(filesMatching(/from\s+['"](electron|node:[\w/]+|fs|path|child_process|os)['"]/, ['renderer/src'])).toEqual([]);
    const preload = readFileSync(join(ROOT, 'electron/preload/index.ts'), 'utf8');
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
    expect(preload).not.toMatch(/invoke:\s*\(\s*channel/);
  });
});
