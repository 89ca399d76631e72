/**
 * The `app://panelscore/` protocol: serves the built renderer (out/renderer) and nothing else,
 * with a strict Content-Security-Policy on every response. Replaces file:// loading.
 */
import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { protocol } from 'electron';
import servedContent from './served-content.json';
import { APP_SCHEME, isAppUrl } from './trusted-url';

/**
 * No remote origin anywhere: the app is offline by design. style-src has no 'unsafe-inline':
 * React sets styles through the CSSOM, which CSP does not govern, and the built page has no
 * inline <style>. font-src allows data: because pdf.js may load a PDF's embedded fonts that way.
 * The policy and the MIME types live in served-content.json, which the e2e tests' static server
 * (tests/e2e/serve.mjs) sends too, so Chromium in the tests enforces what the app enforces.
 */
export const CONTENT_SECURITY_POLICY = servedContent.contentSecurityPolicy.join('; ');

const MIME_TYPES: Readonly<Record<string, string>> = servedContent.mimeTypes;

/** The Content-Type served for a file name (application/octet-stream when unknown). */
export function mimeTypeOf(fileName: string): string {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

function securityHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  };
}

function errorResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: securityHeaders('text/plain; charset=utf-8') });
}

function isInside(root: string, candidate: string): boolean {
  const rel = relative(root, candidate);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Maps an app URL path to a file under `root`, or null when it is malformed or leaves the root. */
export function resolveAppPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  let rel = decoded.replace(/^\/+/, '');
  if (rel === '' || rel.endsWith('/')) rel += 'index.html';
  const full = resolve(root, rel);
  return isInside(resolve(root), full) ? full : null;
}

/** The request handler of the app protocol, serving files under `rootDir` (the built renderer). */
export function createAppRequestHandler(rootDir: string): (request: Request) => Promise<Response> {
  const root = resolve(rootDir);
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return errorResponse(405, 'Method not allowed');
    if (!isAppUrl(request.url)) return errorResponse(404, 'Not found');
    const file = resolveAppPath(root, new URL(request.url).pathname);
    if (file === null) return errorResponse(403, 'Forbidden');
    try {
      // Symlinks must not lead out of the root either.
      const [realFile, realRoot] = await Promise.all([realpath(file), realpath(root)]);
      if (!isInside(realRoot, realFile) || !(await stat(realFile)).isFile())
        return errorResponse(404, 'Not found');
      const headers = securityHeaders(mimeTypeOf(realFile));
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers });
      const bytes = await readFile(realFile);
      return new Response(new Uint8Array(bytes), { status: 200, headers });
    } catch {
      return errorResponse(404, 'Not found');
    }
  };
}

/** Registers `app:` as a standard, secure scheme with fetch support; must run before `ready`. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

/** Serves the built renderer under `app://panelscore/` on the default session. */
export function serveAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, createAppRequestHandler(rendererDir));
}
