// Files dropped on the window, folders included: a dropped folder is walked (through the
// File and Directory Entries API that every Chromium has) and every file inside is taken.

import type { IncomingFile } from '../../db/secretariat-sheets';

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

/** Every entry of a directory (readEntries answers in batches until it returns none). */
async function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

async function filesUnder(entry: FileSystemEntry): Promise<File[]> {
  if (entry.isFile) return [await fileOf(entry as FileSystemFileEntry)];
  if (!entry.isDirectory) return [];
  const children = await entriesOf(entry as FileSystemDirectoryEntry);
  return (await Promise.all(children.map(filesUnder))).flat();
}

/** Hidden files (`.DS_Store`, `._x`) that operating systems leave in folders; never score sheets. */
function isHidden(file: File): boolean {
  return file.name.startsWith('.');
}

/** The files of a drop, folders walked; must be called during the drop event (the list expires after it). */
export async function droppedFiles(transfer: DataTransfer): Promise<IncomingFile[]> {
  const entries = [...transfer.items].filter((item) => item.kind === 'file').map((item) => item.webkitGetAsEntry());
  const walkable = entries.filter((e): e is FileSystemEntry => e !== null);
  const files =
    walkable.length > 0 && walkable.length === entries.length
      ? (await Promise.all(walkable.map(filesUnder))).flat().filter((f) => !isHidden(f))
      : [...transfer.files];
  return Promise.all(files.map(async (file) => ({ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) })));
}
