import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, devRendererOrigin, isAppUrl, isTrustedUrl } from '../../electron/main/trusted-url';

describe('isAppUrl', () => {
  it('accepts pages and assets on app://panelscore', () => {
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
    expect(isAppUrl('app://panelscore/assets/index-3f2a.js')).toBe(true);
    expect(isAppUrl('app://panelscore/index.html#/member/ex-1')).toBe(true);
  });

  it.each([
    ['another host on the app scheme', 'app://evil/index.html'],
    ['a host that only starts like ours', 'app://panelscore.evil.com/index.html'],
    ['a port', 'app://panelscore:8080/index.html'],
    ['credentials', 'app://user:pw@panelscore/index.html'],
    ['https', 'https://panelscore/index.html'],
    ['file://', 'file:///etc/passwd'],
    ['a lookalike scheme', 'apps://panelscore/index.html'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['about:blank', 'about:blank'],
    ['garbage', 'not a url'],
    ['an empty string', ''],
  ])('refuses %s', (_what, url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('devRendererOrigin', () => {
  it('trusts the electron-vite dev server of an unpackaged app', () => {
    expect(devRendererOrigin('http://localhost:5173', false)).toBe('http://localhost:5173');
    expect(devRendererOrigin('http://127.0.0.1:5173/', false)).toBe('http://127.0.0.1:5173');
  });

  it('never trusts a dev server in a packaged app', () => {
    expect(devRendererOrigin('http://localhost:5173', true)).toBeNull();
  });

  it.each([
    'https://example.com',
    'http://example.com:5173',
    'http://localhost.evil.com:5173',
    'file:///tmp/index.html',
    'nonsense',
  ])('refuses %s as a dev server', (url) => {
    expect(devRendererOrigin(url, false)).toBeNull();
  });

  it('is null when no dev server is set', () => {
    expect(devRendererOrigin(undefined, false)).toBeNull();
  });
});

describe('isTrustedUrl', () => {
  it('trusts only the app origin when there is no dev server', () => {
    expect(isTrustedUrl('app://panelscore/index.html')).toBe(true);
    expect(isTrustedUrl('http://localhost:5173/')).toBe(false);
  });

  it('trusts exactly the dev origin, not its neighbours', () => {
    const dev = 'http://localhost:5173';
    expect(isTrustedUrl('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isTrustedUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isTrustedUrl('https://localhost:5173/', dev)).toBe(false);
    expect(isTrustedUrl('http://u:p@localhost:5173/', dev)).toBe(false);
    expect(isTrustedUrl('app://panelscore/index.html', dev)).toBe(true);
  });
});
