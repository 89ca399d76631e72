/**
 * The application menu: only what a person needs (edit, zoom, full screen for the projector).
 * DevTools and reload appear only when DevTools are allowed (unpackaged, or the devtools flag).
 */
import { Menu } from 'electron';
import type { MenuItemConstructorOptions } from 'electron';

export interface MenuSettings {
  platform: NodeJS.Platform;
  allowDevTools: boolean;
}

/** Command-line flag that allows DevTools in a packaged build, for support sessions. */
export const DEVTOOLS_FLAG = '--panelscore-devtools';

/** Whether DevTools may be opened: always in unpackaged builds, in packaged ones only with DEVTOOLS_FLAG. */
export function devToolsAllowed(isPackaged: boolean, argv: readonly string[]): boolean {
  return !isPackaged || argv.includes(DEVTOOLS_FLAG);
}

/** The menu template for a platform. */
export function appMenuTemplate(settings: MenuSettings): MenuItemConstructorOptions[] {
  const isMac = settings.platform === 'darwin';
  const developer: MenuItemConstructorOptions[] = settings.allowDevTools
    ? [{ type: 'separator' }, { role: 'reload' }, { role: 'toggleDevTools' }]
    : [];
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...developer,
      ],
    },
    { role: 'windowMenu' },
  ];
}

/** Builds and installs the application menu. */
export function installAppMenu(settings: MenuSettings): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(appMenuTemplate(settings)));
}
