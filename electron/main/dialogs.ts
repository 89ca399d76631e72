/**
 * Native open and save dialogs behind the IPC channels: the renderer never names a path,
 * the person picks it; main reads or writes the bytes.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { BrowserWindow, Dialog } from 'electron';
import { MAX_FILE_BYTES, MAX_OPEN_TOTAL_BYTES } from '../ipc-contract';
import type { OpenFilesRequest, OpenedFile, SaveFileRequest, SaveFileResult } from '../ipc-contract';

export interface DialogDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog'>;
  /** The window the dialogs are modal to. */
  window: BrowserWindow;
  /** Folder the save dialog starts in (Documents). */
  defaultDir: string;
}

const MIB = 1024 * 1024;

function mib(bytes: number): string {
  return `${Math.ceil(bytes / MIB)} MiB`;
}

/** Shows the open dialog and reads the picked files (none when the person cancels). */
export async function openFiles(deps: DialogDeps, request: OpenFilesRequest): Promise<OpenedFile[]> {
  const result = await deps.dialog.showOpenDialog(deps.window, {
    title: request.title,
    filters: request.filters,
    properties: request.multi ? ['openFile', 'multiSelections'] : ['openFile'],
  });
  if (result.canceled) return [];
  let total = 0;
  for (const path of result.filePaths) {
    const { size } = await stat(path);
    if (size > MAX_FILE_BYTES) {
      throw new Error(
        `${basename(path)} is ${mib(size)}, over the ${mib(MAX_FILE_BYTES)} a file may have: pick the right file, or split it.`,
      );
    }
    total += size;
  }
  if (total > MAX_OPEN_TOTAL_BYTES) {
    throw new Error(
      `The ${result.filePaths.length} files picked add up to ${mib(total)}, over ${mib(MAX_OPEN_TOTAL_BYTES)}: open them in smaller groups.`,
    );
  }
  const files: OpenedFile[] = [];
  for (const path of result.filePaths) {
    const buffer = await readFile(path);
    files.push({
      name: basename(path),
      bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength),
    });
  }
  return files;
}

/** Shows the save dialog and writes the bytes to the chosen path (replacing it whole, never half-written). */
export async function saveFile(deps: DialogDeps, request: SaveFileRequest): Promise<SaveFileResult> {
  const result = await deps.dialog.showSaveDialog(deps.window, {
    defaultPath: join(deps.defaultDir, basename(request.suggestedName)),
    filters: request.filters,
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (result.canceled || result.filePath === undefined || result.filePath === '') return { saved: false };
  const path = result.filePath;
  const temporary = `${path}.${randomBytes(6).toString('hex')}.part`;
  try {
    await writeFile(temporary, request.bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `Could not save ${basename(path)} (${why}): choose a folder you can write to, or free some disk space.`,
      { cause: error },
    );
  }
  return { saved: true, path };
}
