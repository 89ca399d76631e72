/**
 * Which URLs count as the app itself. Pure (no electron import) so it is unit-tested on its own;
 * every navigation, IPC sender and web request check in main goes through here.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'panelscore';
/** Origin of the renderer in every build: `app://panelscore`. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the main window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** True when `url` is on the app origin `app://panelscore` (no port, no credentials). */
export function isAppUrl(url: string): boolean {
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.host === APP_HOST &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The dev-server origin to trust, or null. Only an unpackaged app started by `electron-vite dev`
 * (ELECTRON_RENDERER_URL on http://localhost or 127.0.0.1) gets one; a packaged app never does.
 */
export function devRendererOrigin(rendererUrl: string | undefined, isPackaged: boolean): string | null {
  if (isPackaged || rendererUrl === undefined) return null;
  const parsed = parse(rendererUrl);
  if (parsed === null || parsed.protocol !== 'http:') return null;
  if (parsed.hostname !== 'localhost' && parsed.hostname !== '127.0.0.1') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  return parsed.origin;
}

/** True when `url` is the app origin, or exactly the given dev-server origin when there is one. */
export function isTrustedUrl(url: string, devOrigin: string | null = null): boolean {
  if (isAppUrl(url)) return true;
  if (devOrigin === null) return false;
  const parsed = parse(url);
  return (
    parsed !== null &&
    parsed.protocol === 'http:' &&
    parsed.origin === devOrigin &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
