// Verifies a package file in a Web Worker when the platform has workers (Chromium, Electron),
// reading it piece by piece; on this thread from its bytes otherwise (component tests under jsdom).

import { FormatError } from '../../../../core/errors';
import { readPackage } from '../../../../core/package/package';
import type { Exercise, HashString } from '../../../../core/types';
import type { PackedDocument } from '../../db/exercises';

/**
 * A verified package as the member's import stores it: documents as bytes, or as slices of the
 * file (which IndexedDB copies on disk), deflated ones packed until they are read.
 */
export interface MemberPackage {
  exercise: Exercise;
  exerciseHash: HashString;
  documents: ReadonlyMap<string, Blob | Uint8Array | PackedDocument>;
}

/** How far the check has come: bytes of the file checked out of its size. */
export type VerifyProgress = (checked: number, total: number) => void;

/** Where a document lies in the file; for a deflated one, also its size unpacked. */
export interface WorkerDocument {
  offset: number;
  size: number;
  unpackedSize?: number;
}

/** What the worker posts: progress while it reads, then the verified package or the check that failed. */
export type VerifyReply =
  | { kind: 'progress'; checked: number; total: number }
  | { kind: 'done'; exercise: Exercise; exerciseHash: HashString; documents: Map<string, WorkerDocument> }
  | { kind: 'failed'; error: { code: string | null; message: string; path: string | null } };

function inWorker(file: Blob, onProgress: VerifyProgress): Promise<MemberPackage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<VerifyReply>) => {
      const reply = event.data;
      if (reply.kind === 'progress') {
        onProgress(reply.checked, reply.total);
        return;
      }
      worker.terminate();
      if (reply.kind === 'done') {
        // Documents become slices of the file: IndexedDB copies them on disk, not through memory.
        const documents = new Map<string, Blob | PackedDocument>();
        for (const [path, doc] of reply.documents) {
          const slice = file.slice(doc.offset, doc.offset + doc.size);
          documents.set(path, doc.unpackedSize === undefined ? slice : { packed: slice, size: doc.unpackedSize });
        }
        resolve({ exercise: reply.exercise, exerciseHash: reply.exerciseHash, documents });
      } else if (reply.error.code !== null)
        reject(new FormatError(reply.error.code, reply.error.message, reply.error.path ?? undefined));
      else reject(new Error(reply.error.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(
        new Error(
          `The package could not be checked (${event.message || 'the checking worker failed to start'}). Reload the window and try again.`,
        ),
      );
    };
    worker.postMessage(file);
  });
}

/** Reads and verifies a package (formats §2), off the main thread and piece by piece where possible. */
export async function readPackageOffThread(
  file: Blob | Uint8Array,
  onProgress: VerifyProgress = () => undefined,
): Promise<MemberPackage> {
  if (typeof Worker === 'undefined') {
    const bytes = file instanceof Uint8Array ? file : new Uint8Array(await file.arrayBuffer());
    return readPackage(bytes, { onProgress });
  }
  return inWorker(
    file instanceof Uint8Array ? new Blob([file as Uint8Array<ArrayBuffer>]) : file,
    onProgress,
  );
}
