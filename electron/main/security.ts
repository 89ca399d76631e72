/**
 * Lock-down applied to every WebContents and to the session (Electron security checklist):
 * no navigation away from the app, no new windows, no webviews, no permissions (but persistent
 * storage for the app's own pages), no remote requests.
 */
import type { App, Session, WebContents } from 'electron';

/** Decides whether a URL belongs to the app (see trusted-url.ts). */
export type UrlPolicy = (url: string) => boolean;

/** Schemes that reach the network or the file system; requests on them are cancelled unless trusted. */
const NETWORK_SCHEMES = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/** True when a web request must be cancelled: a network or file URL that is not the app's own. */
export function shouldBlockRequest(url: string, isTrusted: UrlPolicy): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (!NETWORK_SCHEMES.has(parsed.protocol)) return false;
  // The dev server's hot reload socket is trusted like its http origin (unpackaged dev runs only).
  const asHttp = parsed.protocol === 'ws:' ? `http:${url.slice('ws:'.length)}` : url;
  return !isTrusted(asHttp);
}

/** Denies navigation off the app origin, new windows and webviews for one WebContents. */
export function hardenWebContents(contents: WebContents, isTrusted: UrlPolicy): void {
  contents.on('will-navigate', (event) => {
    if (!isTrusted(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isTrusted(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!isTrusted(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
  });
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

/** Applies hardenWebContents to every WebContents the app ever creates, ours or not. */
export function hardenAllWebContents(app: App, isTrusted: UrlPolicy): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, isTrusted));
}

/**
 * The only permission the app is granted: durable storage (navigator.storage.persist()), so the
 * scores and keys in IndexedDB are not evicted when the disk runs low. Only for the app's own pages.
 */
export const GRANTED_PERMISSION = 'persistent-storage';

/** True when `permission`, asked for by a page at `url` (or origin), is granted: persistent storage, to the app only. */
export function isPermissionGranted(permission: string, url: string | undefined, isTrusted: UrlPolicy): boolean {
  return permission === GRANTED_PERMISSION && url !== undefined && isTrusted(url);
}

/** Denies every permission request and check but persistent storage for the app, every device, and every remote request of a session. */
export function hardenSession(session: Session, isTrusted: UrlPolicy): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(isPermissionGranted(permission, details.requestingUrl, isTrusted)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionGranted(permission, requestingOrigin, isTrusted),
  );
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onBeforeRequest({ urls: ['<all_urls>'] }, (details, callback) => {
    callback({ cancel: shouldBlockRequest(details.url, isTrusted) });
  });
}
