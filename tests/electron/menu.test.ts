import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: vi.fn() } }));

import { appMenuTemplate, DEVTOOLS_FLAG, devToolsAllowed } from '../../electron/main/menu';

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role !== undefined ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ]);
}

describe('devToolsAllowed', () => {
  it('allows DevTools in unpackaged builds', () => {
    expect(devToolsAllowed(false, ['electron', '.'])).toBe(true);
  });

  it('refuses them in packaged builds unless the flag is given', () => {
    expect(devToolsAllowed(true, ['/opt/Panelscore/panelscore'])).toBe(false);
    expect(devToolsAllowed(true, ['/opt/Panelscore/panelscore', DEVTOOLS_FLAG])).toBe(true);
  });
});

describe('appMenuTemplate', () => {
  it('has no DevTools or reload entry when DevTools are not allowed', () => {
    const found = roles(appMenuTemplate({ platform: 'linux', allowDevTools: false }));
    expect(found).not.toContain('toggleDevTools');
    expect(found).not.toContain('reload');
    expect(found).toContain('togglefullscreen');
    expect(found).toContain('editMenu');
  });

  it('adds DevTools when allowed', () => {
    expect(roles(appMenuTemplate({ platform: 'linux', allowDevTools: true }))).toContain('toggleDevTools');
  });

  it('has the application menu on macOS only', () => {
    expect(roles(appMenuTemplate({ platform: 'darwin', allowDevTools: false }))).toContain('appMenu');
    expect(roles(appMenuTemplate({ platform: 'win32', allowDevTools: false }))).not.toContain('appMenu');
  });
});
