import { mkdtemp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as appProtocol from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY, type StaticServer, mimeTypeOf, resolveRequestPath, startServer } from './serve.mjs';

// protocol.ts registers its handler with Electron; only its policy and MIME types are read here.
vi.mock('electron', () => ({ protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() } }));

let root: string;
let server: StaticServer;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'panelscore-serve-'));
  await mkdir(join(root, 'assets'));
  await writeFile(join(root, 'index.html'), '<!doctype html><title>t</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'export {};');
  await writeFile(join(root, 'assets', 'index-abc.css'), 'body{}');
  server = await startServer({ root });
});

afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it('serves index.html at / with the app’s CSP as a header', async () => {
    const response = await fetch(server.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await response.text()).toContain('<title>t</title>');
  });

  it('serves scripts and styles with the MIME types module loading needs', async () => {
    expect((await fetch(`${server.url}assets/index-abc.js`)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect((await fetch(`${server.url}assets/index-abc.css`)).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect(mimeTypeOf('font.woff2')).toBe('font/woff2');
    expect(mimeTypeOf('unknown.bin')).toBe('application/octet-stream');
  });

  it('sends the same Content-Security-Policy as the desktop app’s app:// protocol', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(appProtocol.CONTENT_SECURITY_POLICY);
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
  });

  it('gives every file the Content-Type the desktop app gives it', () => {
    for (const name of ['index.html', 'a.js', 'pdf.worker.mjs', 'a.css', 'a.json', 'a.map', 'a.svg', 'a.png', 'a.woff2', 'a.wasm', 'a.pdf', 'A.PDF', 'a.txt', 'a.bin', 'noext']) {
      expect(mimeTypeOf(name), name).toBe(appProtocol.mimeTypeOf(name));
    }
  });

  it('answers 404 for a missing file and never serves outside its root', async () => {
    expect((await fetch(`${server.url}assets/missing.js`)).status).toBe(404);
    expect(resolveRequestPath(root, '/../../etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveRequestPath(root, '/%2e%2e/%2e%2e/etc/passwd')).toBe(join(root, 'etc', 'passwd'));
    expect(resolveRequestPath(root, '/a%00b')).toBeNull();
    expect(resolveRequestPath(root, '/%E0%A4%A')).toBeNull();
  });

  it('listens on 127.0.0.1 only', () => {
    expect(new URL(server.url).hostname).toBe('127.0.0.1');
  });

  it('says how to build when there is nothing to serve', async () => {
    await expect(startServer({ root: join(root, 'assets') })).rejects.toThrow('npx electron-vite build');
  });

  it('has the same policy in the page’s meta tag as in the header (frame-ancestors aside, which a meta tag cannot carry)', async () => {
    const html = await readFile(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter((d) => d !== '' && !d.startsWith('frame-ancestors'));
    expect(meta).toBeDefined();
    expect(directives(meta ?? '')).toEqual(directives(CONTENT_SECURITY_POLICY));
  });
});
