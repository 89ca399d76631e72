import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
}));
vi.mock('electron', () => electron);

import {
  CONTENT_SECURITY_POLICY,
  createAppRequestHandler,
  mimeTypeOf,
  registerAppScheme,
  resolveAppPath,
  serveAppProtocol,
} from '../../electron/main/protocol';

let base: string;
let root: string;
let serve: (request: Request) => Promise<Response>;

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'panelscore-protocol-'));
  root = join(base, 'renderer');
  await mkdir(join(root, 'assets'), { recursive: true });
  await writeFile(join(root, 'index.html'), '<!doctype html><title>Panelscore</title>');
  await writeFile(join(root, 'assets', 'index-abc.js'), 'console.log(1)');
  await writeFile(join(root, 'assets', 'pdf.worker.mjs'), 'export {}');
  await writeFile(join(root, 'assets', 'style.css'), 'body{}');
  await writeFile(join(base, 'secret.txt'), 'outside the root');
  await symlink(join(base, 'secret.txt'), join(root, 'assets', 'link.txt'));
  serve = createAppRequestHandler(root);
});

afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

const get = (url: string, method = 'GET') => serve(new Request(url, { method }));

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((parts) => parts[0] !== '')
      .map(([name, ...values]) => [name, values]),
  );
}

describe('createAppRequestHandler', () => {
  it('serves index.html for the root and for /index.html, as HTML', async () => {
    for (const url of ['app://panelscore/', 'app://panelscore/index.html']) {
      const response = await get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>Panelscore</title>');
    }
  });

  it('serves scripts, module workers and styles with their MIME types', async () => {
    const script = await get('app://panelscore/assets/index-abc.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('console.log(1)');
    expect((await get('app://panelscore/assets/pdf.worker.mjs')).headers.get('content-type')).toBe(
      'text/javascript; charset=utf-8',
    );
    expect((await get('app://panelscore/assets/style.css')).headers.get('content-type')).toBe(
      'text/css; charset=utf-8',
    );
  });

  it('puts the CSP and nosniff on every response, errors included', async () => {
    for (const url of [
      'app://panelscore/index.html',
      'app://panelscore/missing.js',
      'app://panelscore/..%2f..%2fsecret.txt',
    ]) {
      const response = await get(url);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it.each([
    ['an encoded ../', 'app://panelscore/..%2fsecret.txt'],
    ['an encoded ../ twice', 'app://panelscore/assets/..%2f..%2fsecret.txt'],
    ['a backslash', 'app://panelscore/assets/..%5c..%5csecret.txt'],
    ['a NUL byte', 'app://panelscore/index.html%00.js'],
    ['broken percent-encoding', 'app://panelscore/%E0%A4%A'],
  ])('refuses a path with %s', async (_what, url) => {
    const response = await get(url);
    expect(response.status).toBe(403);
    expect(await response.text()).not.toContain('outside the root');
  });

  it('does not follow a symlink out of the root', async () => {
    const response = await get('app://panelscore/assets/link.txt');
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside the root');
  });

  it('answers 404 for missing files, folders and other hosts', async () => {
    expect((await get('app://panelscore/nope.js')).status).toBe(404);
    expect((await get('app://panelscore/assets')).status).toBe(404);
    expect((await get('app://other/index.html')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://panelscore/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    expect((await get('app://panelscore/index.html', 'POST')).status).toBe(405);
  });
});

describe('resolveAppPath', () => {
  it('keeps ordinary paths inside the root', () => {
    expect(resolveAppPath('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveAppPath('/srv/app', '/')).toBe('/srv/app/index.html');
  });

  it('refuses anything that resolves outside it', () => {
    expect(resolveAppPath('/srv/app', '/../etc/passwd')).toBeNull();
    expect(resolveAppPath('/srv/app', '/%2e%2e/etc/passwd')).toBeNull();
    expect(resolveAppPath('/srv/app', '/..')).toBeNull();
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  const csp = directives(CONTENT_SECURITY_POLICY);

  it('names no remote origin and no unsafe source in any directive', () => {
    for (const [name, values] of csp) {
      for (const value of values) {
        expect(value, `${name} ${value}`).toMatch(/^('self'|'none'|data:|blob:)$/);
      }
    }
  });

  it('locks scripts, objects, base, framing and forms', () => {
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('worker-src')).toEqual(["'self'", 'blob:']);
  });
});

describe('mimeTypeOf', () => {
  it('falls back to octet-stream for unknown extensions', () => {
    expect(mimeTypeOf('x.unknown')).toBe('application/octet-stream');
    expect(mimeTypeOf('PDF.WASM')).toBe('application/wasm');
  });
});

describe('registerAppScheme', () => {
  it('registers app: as standard, secure and fetch-capable, without CORS or CSP bypass', () => {
    registerAppScheme();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('installs the file handler on the app scheme', async () => {
    serveAppProtocol(root);
    const [scheme, handler] = electron.protocol.handle.mock.calls[0] as [
      string,
      (r: Request) => Promise<Response>,
    ];
    expect(scheme).toBe('app');
    expect((await handler(new Request('app://panelscore/index.html'))).status).toBe(200);
  });
});
