// A tiny static server for the built renderer (out/renderer), with the desktop app's CSP as a
// header: the e2e tests load the real build through it. `npm run serve [-- --port 5173]`.

import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// The desktop app's own policy and MIME types (electron/main/protocol.ts serves the same file), so
// Chromium in the e2e tests enforces what the app does: this header and the page's meta tag both.
const SERVED_CONTENT = JSON.parse(readFileSync(new URL('../../electron/main/served-content.json', import.meta.url), 'utf8'));

/** The policy the app:// protocol sends with every response. */
export const CONTENT_SECURITY_POLICY = SERVED_CONTENT.contentSecurityPolicy.join('; ');

export const DEFAULT_ROOT = fileURLToPath(new URL('../../out/renderer', import.meta.url));

const MIME_TYPES = SERVED_CONTENT.mimeTypes;

/** The Content-Type for a file name (application/octet-stream when unknown). */
export function mimeTypeOf(fileName) {
  return MIME_TYPES[extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/** The file under `root` that a request path names, or null when it would leave root. */
export function resolveRequestPath(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded === '/' || decoded === '' ? '/index.html' : decoded);
  const file = resolve(join(root, relative));
  return file === root || file.startsWith(root + sep) ? file : null;
}

function send(response, status, body, type = 'text/plain; charset=utf-8') {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

/**
 * Starts serving `root` on 127.0.0.1 (port 0 = any free port).
 * Resolves to { url, port, close }; rejects with what to do when there is no build.
 */
export async function startServer({ root = DEFAULT_ROOT, port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const index = await stat(join(base, 'index.html')).catch(() => null);
  if (!index?.isFile()) {
    throw new Error(`No renderer build at ${base} (index.html is missing). Build it first: npx electron-vite build`);
  }
  const server = createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      send(response, 405, 'Only GET and HEAD are served.');
      return;
    }
    const file = resolveRequestPath(base, request.url ?? '/');
    if (file === null) {
      send(response, 400, 'Bad path.');
      return;
    }
    readFile(file).then(
      (body) => send(response, 200, request.method === 'HEAD' ? undefined : body, mimeTypeOf(file)),
      () => send(response, 404, 'Not found.'),
    );
  });
  await new Promise((resolveListen, rejectListen) => {
    server.once('error', rejectListen);
    server.listen(port, host, () => resolveListen(undefined));
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}/`,
    port: actualPort,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}

function portFromArgs(argv) {
  const flag = argv.indexOf('--port');
  const value = flag >= 0 ? argv[flag + 1] : process.env.PORT;
  const port = value === undefined ? 5173 : Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, not "${value}".`);
  }
  return port;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    const server = await startServer({ port: portFromArgs(process.argv.slice(2)) });
    console.log(`Serving ${DEFAULT_ROOT} at ${server.url} (Ctrl+C to stop)`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
