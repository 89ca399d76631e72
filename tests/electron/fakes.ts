/**
 * Small stand-ins for Electron objects (the binary is not available in tests): a WebContents that
 * records listeners, frames, a window, ipcMain and safeStorage with the behaviour main relies on.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindow, IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import type { SafeStorageLike } from '../../electron/main/key-store';

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
  processId: number;
  routingId: number;
}

/** A frame; a subframe when `parent` is given. */
export function fakeFrame(
  url: string,
  ids: { processId?: number; routingId?: number; parent?: FakeFrame } = {},
): FakeFrame {
  return { url, parent: ids.parent ?? null, processId: ids.processId ?? 1, routingId: ids.routingId ?? 1 };
}

export class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  readonly mainFrame: FakeFrame;
  constructor(mainFrame: FakeFrame = fakeFrame('app://panelscore/index.html')) {
    super();
    this.mainFrame = mainFrame;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  /** Emits a navigation-style event and says whether a listener prevented it. */
  emitPreventable(name: string, url: string): boolean {
    let prevented = false;
    const event = { url, isMainFrame: true, preventDefault: () => (prevented = true) };
    this.emit(name, event, url);
    return prevented;
  }
  asElectron(): WebContents {
    return this as unknown as WebContents;
  }
}

/** A window whose webContents is `contents`. */
export function fakeWindow(contents: FakeWebContents): BrowserWindow {
  return { webContents: contents, isDestroyed: () => false } as unknown as BrowserWindow;
}

/** An invoke event as ipcMain hands it to a handler. */
export function invokeEvent(sender: FakeWebContents, frame: FakeFrame | null): IpcMainInvokeEvent {
  return { sender, senderFrame: frame as unknown as WebFrameMain | null } as unknown as IpcMainInvokeEvent;
}

type Handler = (event: IpcMainInvokeEvent, ...args: unknown[]) => Promise<unknown>;

/** An ipcMain that keeps handlers so a test can invoke them like the renderer would. */
export class FakeIpcMain {
  readonly handlers = new Map<string, Handler>();
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
  invoke(channel: string, event: IpcMainInvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (handler === undefined) throw new Error(`no handler for ${channel}`);
    return handler(event, ...args);
  }
  asElectron(): Pick<IpcMain, 'handle' | 'removeHandler'> {
    return this;
  }
}

/**
 * A safeStorage whose "encryption" is a reversible XOR with a marker, so a test can see that the
 * stored bytes differ from the plain text and that decryption is really used.
 */
export function fakeSafeStorage(options: {
  available: boolean;
  backend?: string;
}): SafeStorageLike & { decryptCalls: number } {
  const marker = Buffer.from('OSKEYCHAIN:');
  const xor = (bytes: Buffer): Buffer => Buffer.from(bytes.map((b) => b ^ 0x5a));
  const store = {
    decryptCalls: 0,
    isEncryptionAvailable: () => options.available,
    getSelectedStorageBackend: () => options.backend ?? 'gnome_libsecret',
    encryptString(plainText: string): Buffer {
      if (!options.available) throw new Error('Encryption is not available.');
      return Buffer.concat([marker, xor(Buffer.from(plainText, 'utf8'))]);
    },
    decryptString(encrypted: Buffer): string {
      store.decryptCalls += 1;
      if (!options.available) throw new Error('Decryption is not available.');
      if (!encrypted.subarray(0, marker.length).equals(marker))
        throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return xor(encrypted.subarray(marker.length)).toString('utf8');
    },
  };
  return store;
}
