import { EventEmitter } from 'node:events';
import type { App, Session } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  hardenAllWebContents,
  hardenSession,
  hardenWebContents,
  shouldBlockRequest,
} from '../../electron/main/security';
import { isTrustedUrl } from '../../electron/main/trusted-url';
import { FakeWebContents } from './fakes';

const appOnly = (url: string) => isTrustedUrl(url);
const withDev = (url: string) => isTrustedUrl(url, 'http://localhost:5173');

function hardened(): FakeWebContents {
  const contents = new FakeWebContents();
  hardenWebContents(contents.asElectron(), appOnly);
  return contents;
}

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-frame-navigate', 'will-redirect'])(
    '%s: stops navigation away from the app',
    (name) => {
      const contents = hardened();
      expect(contents.emitPreventable(name, 'https://example.com/')).toBe(true);
      expect(contents.emitPreventable(name, 'file:///etc/passwd')).toBe(true);
      expect(contents.emitPreventable(name, 'app://evil/index.html')).toBe(true);
    },
  );

  it('lets the app navigate within its own origin', () => {
    const contents = hardened();
    expect(contents.emitPreventable('will-navigate', 'app://panelscore/index.html')).toBe(false);
  });

  it('denies every new window', () => {
    const contents = hardened();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'app://panelscore/index.html' })).toEqual({ action: 'deny' });
  });

  it('prevents attaching a webview', () => {
    const contents = hardened();
    expect(contents.emitPreventable('will-attach-webview', 'app://panelscore/index.html')).toBe(true);
  });
});

describe('hardenAllWebContents', () => {
  it('locks down web contents created anywhere in the app', () => {
    const app = new EventEmitter();
    hardenAllWebContents(app as unknown as App, appOnly);
    const contents = new FakeWebContents();
    app.emit('web-contents-created', {}, contents);
    expect(contents.emitPreventable('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});

function fakeSession() {
  return {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
    setDevicePermissionHandler: vi.fn(),
    webRequest: { onBeforeRequest: vi.fn() },
  };
}

describe('hardenSession', () => {
  it('denies every permission request, check and device but persistent storage', () => {
    const session = fakeSession();
    hardenSession(session as unknown as Session, appOnly);
    const request = session.setPermissionRequestHandler.mock.calls[0][0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    for (const permission of [
      'media',
      'geolocation',
      'notifications',
      'clipboard-read',
      'openExternal',
      'fullscreen',
    ]) {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl: 'app://panelscore/index.html' });
      expect(callback).toHaveBeenCalledWith(false);
    }
    const check = session.setPermissionCheckHandler.mock.calls[0][0] as (
      c: unknown,
      p: string,
      origin: string,
    ) => boolean;
    expect(check({}, 'media', 'app://panelscore')).toBe(false);
    expect(check({}, 'clipboard-sanitized-write', 'app://panelscore')).toBe(false);
    const device = session.setDevicePermissionHandler.mock.calls[0][0] as (details: unknown) => boolean;
    expect(device({ deviceType: 'usb', origin: 'app://panelscore' })).toBe(false);
  });

  it('grants persistent storage to the app, so navigator.storage.persist() succeeds, and to no other origin', () => {
    const session = fakeSession();
    hardenSession(session as unknown as Session, appOnly);
    const request = session.setPermissionRequestHandler.mock.calls[0][0] as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
      details: { requestingUrl: string },
    ) => void;
    const check = session.setPermissionCheckHandler.mock.calls[0][0] as (c: unknown, p: string, origin: string) => boolean;
    const asked = (permission: string, url: string) => {
      const callback = vi.fn();
      request({}, permission, callback, { requestingUrl: url });
      return callback.mock.calls[0][0] as boolean;
    };
    expect(asked('persistent-storage', 'app://panelscore/index.html')).toBe(true);
    expect(check({}, 'persistent-storage', 'app://panelscore')).toBe(true);
    expect(asked('persistent-storage', 'https://example.com/')).toBe(false);
    expect(asked('persistent-storage', 'app://evil/index.html')).toBe(false);
    expect(check({}, 'persistent-storage', 'https://example.com')).toBe(false);
    expect(check({}, 'persistent-storage', 'file://')).toBe(false);
  });

  it('cancels remote requests and lets the app protocol through', () => {
    const session = fakeSession();
    hardenSession(session as unknown as Session, appOnly);
    const [filter, listener] = session.webRequest.onBeforeRequest.mock.calls[0] as [
      { urls: string[] },
      (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void,
    ];
    expect(filter.urls).toEqual(['<all_urls>']);
    const decide = (url: string) => {
      const callback = vi.fn();
      listener({ url }, callback);
      return (callback.mock.calls[0][0] as { cancel: boolean }).cancel;
    };
    expect(decide('https://example.com/track.gif')).toBe(true);
    expect(decide('app://panelscore/assets/index.js')).toBe(false);
  });
});

describe('shouldBlockRequest', () => {
  it.each([
    'http://example.com/',
    'https://example.com/',
    'wss://example.com/',
    'ftp://example.com/',
    'file:///etc/passwd',
    'http://localhost:5173/',
  ])('blocks %s in a packaged app', (url) => {
    expect(shouldBlockRequest(url, appOnly)).toBe(true);
  });

  it('lets app, data and blob URLs through (CSP governs them)', () => {
    expect(shouldBlockRequest('app://panelscore/index.html', appOnly)).toBe(false);
    expect(shouldBlockRequest('data:image/png;base64,AAAA', appOnly)).toBe(false);
    expect(shouldBlockRequest('blob:app://panelscore/6c1b', appOnly)).toBe(false);
  });

  it('lets the dev server and its hot-reload socket through only in dev runs', () => {
    expect(shouldBlockRequest('http://localhost:5173/src/main.tsx', withDev)).toBe(false);
    expect(shouldBlockRequest('ws://localhost:5173/', withDev)).toBe(false);
    expect(shouldBlockRequest('ws://localhost:9999/', withDev)).toBe(true);
    expect(shouldBlockRequest('https://example.com/', withDev)).toBe(true);
  });

  it('blocks what it cannot parse', () => {
    expect(shouldBlockRequest('::::', appOnly)).toBe(true);
  });
});
