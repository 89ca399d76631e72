// Candidate documents under encryption at rest. A large import stores a document as a Blob, which
// IndexedDB writes to a file of its own, in clear; a Blob cannot be sealed inside a transaction
// (reading it is asynchronous). So while encryption is on, documents are read into bytes first and
// sealed with their row like everything else.

import { inflateExactly } from '../../../../core/package/zip-inflate';

/** True for a Blob (or File). */
export function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/** A document as a Blob: its bytes, or (packedSize given) its raw-deflate bytes that unpack to that many. */
export interface DocumentBlob {
  blob: Blob;
  packedSize?: number;
}

/** The document's bytes, unpacked when the Blob holds them deflated (exactly `packedSize` bytes, or it throws). */
export async function documentBlobBytes({ blob, packedSize }: DocumentBlob, name = 'document'): Promise<Uint8Array> {
  const bytes = new Uint8Array(await blob.arrayBuffer());
  return packedSize === undefined ? bytes : inflateExactly(bytes, packedSize, name);
}

/** Document rows with a stored Blob turned into rows with the bytes (for sealing, and for backups). */
export async function inlineDocumentBlobs<T extends { bytes?: Uint8Array; blob?: Blob; packedSize?: number; path?: string }>(
  rows: readonly T[],
): Promise<T[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (!isBlob(row.blob)) return row;
      const { blob, packedSize, ...rest } = row;
      const bytes = await documentBlobBytes(packedSize === undefined ? { blob } : { blob, packedSize }, row.path);
      return { ...rest, bytes } as T;
    }),
  );
}
