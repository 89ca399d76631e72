/**
 * The one application window: options hardened per the Electron security checklist,
 * content loaded from the app protocol (or the dev server in unpackaged dev runs).
 */
import { BrowserWindow } from 'electron';

export interface MainWindowSettings {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preloadPath: string;
  /** Whether DevTools may open at all (unpackaged builds, or packaged with the devtools flag). */
  allowDevTools: boolean;
}

/**
 * Creates the main window and loads `entryUrl` into it; it shows itself once painted. The options
 * are written inline so that the security scan (.ci/electronegativity.mjs) can read them.
 */
export function createMainWindow(settings: MainWindowSettings, entryUrl: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Panelscore',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: settings.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      safeDialogs: true,
      disableBlinkFeatures: 'Auxclick',
      devTools: settings.allowDevTools,
    },
  });
  window.once('ready-to-show', () => window.show());
  window.loadURL(entryUrl).catch((error: unknown) => {
    console.error(`Panelscore could not load its window content from ${entryUrl}:`, error);
  });
  return window;
}
