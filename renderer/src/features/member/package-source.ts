// Reading a package file in the verify worker: slices of the File, every document read into one
// reused buffer, so memory stays near one document whatever the size of the package.

import { EXERCISE_ENTRY } from '../../../../core/package/package';
import { type ByteSource, readZipLayout } from '../../../../core/package/zip-source';
import { METHOD_STORED } from '../../../../core/package/zip-format';

/** A span of the file, from `start` to before `end`. */
export type Range = { start: number; end: number };

/** A ByteSource over a File or Blob: each read is one slice, nothing else of the file is loaded. */
export function blobSource(file: Blob): ByteSource {
  return {
    size: file.size,
    read: async (offset, length) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer()),
  };
}

/**
 * Where the stored documents' data lies in the file: the reads the check only hashes. Deflated
 * documents are not among them: their inflater keeps input across reads, which a reused (and
 * detached) buffer would pull from under it. Empty when the layout does not read (the check
 * itself then says why).
 */
export async function documentRanges(file: Blob): Promise<Range[]> {
  try {
    const layout = await readZipLayout(blobSource(file));
    return layout
      .filter((e) => e.name !== EXERCISE_ENTRY && e.method === METHOD_STORED)
      .map((e) => ({ start: e.dataStart, end: e.dataStart + e.compressedSize }));
  } catch {
    return [];
  }
}

/**
 * Like blobSource, but a read inside a document's data lands in one buffer reused from read to
 * read (a BYOB stream reader): the check reads one document at a time and only hashes it. With a
 * fresh buffer per read, each waited for the worker's collector: ~90 MB for a 300 MB package.
 * A view handed out earlier is detached by the next such read, so stale bytes cannot be used.
 */
export function reusingSource(file: Blob, documents: readonly Range[]): ByteSource {
  let pool = new ArrayBuffer(0);
  const inDocument = (offset: number, length: number) => documents.some((r) => offset >= r.start && offset + length <= r.end);
  const fresh = async (offset: number, length: number) => new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
  return {
    size: file.size,
    read: async (offset, length) => {
      if (!inDocument(offset, length)) return fresh(offset, length);
      let reader: ReadableStreamBYOBReader;
      try {
        reader = file.slice(offset, offset + length).stream().getReader({ mode: 'byob' });
      } catch {
        return fresh(offset, length); // an engine without byte streams from Blobs
      }
      if (pool.byteLength < length) pool = new ArrayBuffer(length);
      let filled = 0;
      while (filled < length) {
        const { value, done } = await reader.read(new Uint8Array(pool, filled, length - filled));
        if (value) pool = value.buffer; // each read transfers the buffer: keep the new one
        if (done || !value) break;
        filled += value.length;
      }
      // Closes the stream now, not when the collector finds it: each open one holds a pipe of its own.
      await reader.cancel();
      return new Uint8Array(pool, 0, filled);
    },
  };
}

/** The source the worker checks a package file through: one reused buffer for the documents. */
export async function packageSource(file: Blob): Promise<ByteSource> {
  return reusingSource(file, await documentRanges(file));
}
