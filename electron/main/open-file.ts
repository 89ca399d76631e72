/**
 * Files the OS asks Panelscore to open (double-click, "Open with", a path on the command line):
 * main reads only our two kinds within their size limits and sends them to the app window once it is ready.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import type { BrowserWindow } from 'electron';
import { IPC_EVENT_CHANNELS, OPENED_FILE_TYPES, openedFileKind } from '../ipc-contract';
import type { FileOpenedEvent } from '../ipc-contract';
import type { UrlPolicy } from './security';

/** The file system calls the reader needs (tests pass fakes). */
export interface OpenFileSystem {
  stat(path: string): Promise<{ size: number; isFile(): boolean }>;
  readFile(path: string): Promise<Uint8Array>;
}

const nodeFileSystem: OpenFileSystem = { stat, readFile };

const MIB = 1024 * 1024;

/**
 * The paths of our files among command-line arguments (Windows and Linux pass the double-clicked
 * file this way), made absolute against `cwd`. Flags, the executable and other files are skipped.
 */
export function filePathsFromArgv(argv: readonly string[], cwd: string): string[] {
  return argv
    .slice(1)
    .filter((arg) => !arg.startsWith('-') && openedFileKind(basename(arg)) !== null)
    .map((arg) => (isAbsolute(arg) ? arg : resolve(cwd, arg)));
}

/** Reads one opened file; throws an error that says what happened and what to do when it is not one of ours. */
export async function readOpenedFile(path: string, fs: OpenFileSystem = nodeFileSystem): Promise<FileOpenedEvent> {
  const name = basename(path);
  const kind = openedFileKind(name);
  if (kind === null) {
    throw new Error(
      `Panelscore opens exercise packages (.panelpkg) and score sheets (.scores.json); “${name}” is neither, so nothing was opened.`,
    );
  }
  const { maxBytes } = OPENED_FILE_TYPES[kind];
  const what = kind === 'exercise-package' ? 'an exercise package' : 'a score sheet';
  let info: { size: number; isFile(): boolean };
  try {
    info = await fs.stat(path);
  } catch {
    throw new Error(`“${name}” could not be found or read: check that the file is still there, then open it again.`);
  }
  if (!info.isFile()) throw new Error(`“${name}” is a folder, not a file: open the file inside it.`);
  if (info.size > maxBytes) {
    throw new Error(
      `“${name}” is ${Math.ceil(info.size / MIB)} MiB, more than ${what} may be (${maxBytes / MIB} MiB): check that it is the file you were sent. Nothing was opened.`,
    );
  }
  const bytes = await fs.readFile(path);
  // The file may have grown between stat and read.
  if (bytes.byteLength > maxBytes) throw new Error(`“${name}” grew past ${maxBytes / MIB} MiB while it was read. Nothing was opened.`);
  return { kind, name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

export interface FileOpenerDeps {
  /** The app window, or null while there is none. */
  getWindow: () => BrowserWindow | null;
  isTrusted: UrlPolicy;
  /** Tells the person a file was refused (dialog.showErrorBox in the app). */
  showError: (title: string, message: string) => void;
  fs?: OpenFileSystem;
}

export interface FileOpener {
  /** Reads the file at `path` and delivers it to the window (now, or once the window is ready). */
  open(path: string): Promise<void>;
  /** Marks `window` as showing the app (its preload listens), then sends what is waiting. */
  windowReady(window: BrowserWindow): void;
}

/** The file opener of the main process: reads, queues until the window is ready, sends on the event channel. */
export function createFileOpener(deps: FileOpenerDeps): FileOpener {
  const waiting: FileOpenedEvent[] = [];
  let readyWindow: BrowserWindow | null = null;

  const flush = () => {
    const window = deps.getWindow();
    if (window === null || window !== readyWindow || window.isDestroyed()) return;
    // Only the app itself gets file contents, never a page that somehow replaced it.
    if (!deps.isTrusted(window.webContents.getURL())) return;
    for (const file of waiting.splice(0)) window.webContents.send(IPC_EVENT_CHANNELS.onFileOpened, file);
  };

  return {
    async open(path) {
      try {
        waiting.push(await readOpenedFile(path, deps.fs));
      } catch (error) {
        deps.showError('Panelscore could not open this file', error instanceof Error ? error.message : String(error));
        return;
      }
      flush();
    },
    windowReady(window) {
      readyWindow = window;
      flush();
    },
  };
}
