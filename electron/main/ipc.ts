/**
 * IPC handlers: one per contract channel. Each checks that the call comes from the main frame of
 * our window on the app origin, parses the payload with its zod schema, and only then acts.
 */
import { z } from 'zod';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent } from 'electron';
import { IPC_CHANNELS } from '../ipc-contract';
import type { BridgeMethod, BridgeRequest, BridgeResponse } from '../ipc-contract';
import { openFiles, saveFile } from './dialogs';
import { printToPdf } from './print-to-pdf';
import type { DialogDeps } from './dialogs';
import { IPC_SCHEMAS } from './ipc-schemas';
import type { KeyStore } from './key-store';
import type { UrlPolicy } from './security';

export interface IpcDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  /** The main window, or null while there is none. */
  getWindow: () => BrowserWindow | null;
  isTrusted: UrlPolicy;
  keyStore: KeyStore;
  dialog: DialogDeps['dialog'];
  /** Folder the save dialog starts in. */
  defaultDir: string;
  version: string;
  platform: string;
}

/** True when an IPC call comes from the main frame of `window`, showing a trusted (app) URL. */
export function isTrustedSender(
  event: IpcMainInvokeEvent,
  window: BrowserWindow | null,
  isTrusted: UrlPolicy,
): boolean {
  if (window === null || window.isDestroyed()) return false;
  try {
    const frame = event.senderFrame;
    const mainFrame = window.webContents.mainFrame;
    return (
      frame !== null &&
      event.sender === window.webContents &&
      frame.parent === null &&
      frame.processId === mainFrame.processId &&
      frame.routingId === mainFrame.routingId &&
      isTrusted(frame.url)
    );
  } catch {
    // The frame went away (navigated or destroyed) while the call was in flight.
    return false;
  }
}

type Handlers = {
  [M in BridgeMethod]: (request: BridgeRequest<M>, window: BrowserWindow) => Promise<BridgeResponse<M>>;
};

function handlers(deps: IpcDeps): Handlers {
  const dialogs = (window: BrowserWindow): DialogDeps => ({
    dialog: deps.dialog,
    window,
    defaultDir: deps.defaultDir,
  });
  return {
    getOrCreateKey: (request) => deps.keyStore.getOrCreate(request),
    exportPublicKey: (request) => deps.keyStore.exportPublic(request),
    deleteKey: (request) => deps.keyStore.delete(request),
    sign: ({ role, workspaceId, message }) => deps.keyStore.sign({ role, workspaceId }, message),
    openFiles: (request, window) => openFiles(dialogs(window), request),
    saveFile: (request, window) => saveFile(dialogs(window), request),
    // `window` passed the sender check: its webContents is the sender's, so only the asking page is printed.
    printToPdf: (request, window) => printToPdf(dialogs(window), request),
    appInfo: () =>
      Promise.resolve({
        version: deps.version,
        platform: deps.platform,
        safeStorage: deps.keyStore.isProtectedByOs(),
      }),
  };
}

/** Registers a handler for every contract channel; returns a function that removes them all. */
export function registerIpcHandlers(deps: IpcDeps): () => void {
  const table = handlers(deps);
  const methods = Object.keys(IPC_CHANNELS) as BridgeMethod[];
  for (const method of methods) {
    const channel = IPC_CHANNELS[method];
    const schema = IPC_SCHEMAS[method] as z.ZodType;
    const run = table[method] as (request: unknown, window: BrowserWindow) => Promise<unknown>;
    deps.ipcMain.handle(channel, async (event, ...args: unknown[]) => {
      const window = deps.getWindow();
      if (window === null || !isTrustedSender(event, window, deps.isTrusted)) {
        console.warn(
          `Panelscore refused an IPC call on ${channel} from outside the app window (${safeUrl(event)}).`,
        );
        throw new Error(`${channel} was refused: it did not come from the Panelscore window.`);
      }
      const parsed = args.length <= 1 ? schema.safeParse(args[0]) : null;
      if (parsed === null || !parsed.success) {
        const why =
          parsed === null ? `expected one argument, got ${args.length}` : z.prettifyError(parsed.error);
        throw new Error(
          `${channel} was refused because its request is malformed (${why}). This is a bug in Panelscore: please report it.`,
        );
      }
      return run(parsed.data, window);
    });
  }
  return () => {
    for (const method of methods) deps.ipcMain.removeHandler(IPC_CHANNELS[method]);
  };
}

function safeUrl(event: IpcMainInvokeEvent): string {
  try {
    return event.senderFrame?.url ?? 'no frame';
  } catch {
    return 'frame gone';
  }
}
