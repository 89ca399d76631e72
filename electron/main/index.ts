/**
 * Electron main process entry: sandbox and app scheme before `ready`, one instance, every
 * WebContents and the session locked down, then the IPC handlers, the menu and the window.
 */
import { join } from 'node:path';
import { app, dialog, ipcMain, safeStorage, session } from 'electron';
import type { BrowserWindow } from 'electron';
import { registerIpcHandlers } from './ipc';
import { createKeyStore } from './key-store';
import { devToolsAllowed, installAppMenu } from './menu';
import { createFileOpener, filePathsFromArgv } from './open-file';
import { registerAppScheme, serveAppProtocol } from './protocol';
import { hardenAllWebContents, hardenSession } from './security';
import type { UrlPolicy } from './security';
import { APP_ENTRY_URL, devRendererOrigin, isTrustedUrl } from './trusted-url';
import { createMainWindow } from './window';

const devOrigin = devRendererOrigin(process.env.ELECTRON_RENDERER_URL, app.isPackaged);
const isTrusted: UrlPolicy = (url) => isTrustedUrl(url, devOrigin);
const allowDevTools = devToolsAllowed(app.isPackaged, process.argv);
const entryUrl =
  devOrigin !== null && process.env.ELECTRON_RENDERER_URL !== undefined
    ? process.env.ELECTRON_RENDERER_URL
    : APP_ENTRY_URL;

let mainWindow: BrowserWindow | null = null;

// Double-clicked .panelpkg / .scores.json files: read here, sent to the window once it shows the app.
const fileOpener = createFileOpener({
  getWindow: () => mainWindow,
  isTrusted,
  showError: (title, message) => dialog.showErrorBox(title, message),
});

function openMainWindow(): void {
  mainWindow = createMainWindow(
    { preloadPath: join(__dirname, '../preload/index.cjs'), allowDevTools },
    entryUrl,
  );
  const opened = mainWindow;
  opened.once('ready-to-show', () => fileOpener.windowReady(opened));
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

function focusMainWindow(): void {
  if (mainWindow === null) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.focus();
}

function start(): void {
  hardenSession(session.defaultSession, isTrusted);
  serveAppProtocol(join(__dirname, '../renderer'));
  registerIpcHandlers({
    ipcMain,
    getWindow: () => mainWindow,
    isTrusted,
    keyStore: createKeyStore({
      dir: join(app.getPath('userData'), 'keys'),
      safeStorage,
      platform: process.platform,
    }),
    dialog,
    defaultDir: app.getPath('documents'),
    version: app.getVersion(),
    platform: process.platform,
  });
  installAppMenu({ platform: process.platform, allowDevTools });
  openMainWindow();
  // Windows and Linux start the app with the double-clicked file's path as an argument.
  for (const path of filePathsFromArgv(process.argv, process.cwd())) void fileOpener.open(path);
}

// Both must happen before `ready`.
app.enableSandbox();
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  hardenAllWebContents(app, isTrusted);
  app.on('second-instance', (_event, argv, workingDirectory) => {
    focusMainWindow();
    for (const path of filePathsFromArgv(argv, workingDirectory)) void fileOpener.open(path);
  });
  // macOS hands files over with open-file, possibly before `ready`; the opener waits for the window.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    void fileOpener.open(path);
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (mainWindow === null && app.isReady()) openMainWindow();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      dialog.showErrorBox(
        'Panelscore could not start',
        `${error instanceof Error ? error.message : String(error)}\n\nReinstall Panelscore; if this persists, report it.`,
      );
      app.quit();
    });
}
