// Candidate documents under encryption at rest. A large import stores a document as a Blob, which
// IndexedDB writes to a file of its own, in clear; a Blob cannot be sealed inside a transaction
// (reading it is asynchronous). So while encryption is on, documents are read into bytes first and
// sealed with their row like everything else.

/** True for a Blob (or File). */
export function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

/** Document rows with a stored Blob turned into rows with the bytes (for sealing, and for backups). */
export async function inlineDocumentBlobs<T extends { bytes?: Uint8Array; blob?: Blob }>(
  rows: readonly T[],
): Promise<T[]> {
  return Promise.all(
    rows.map(async (row) => {
      if (!isBlob(row.blob)) return row;
      const { blob, ...rest } = row;
      return { ...rest, bytes: new Uint8Array(await blob.arrayBuffer()) } as T;
    }),
  );
}
