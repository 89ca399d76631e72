// The package check run off the main thread: the file is read piece by piece (Blob.slice), each
// document's CRC and hash checked as it arrives, and no document is kept: the answer says where
// each one lies in the file (deflated ones with their unpacked size, stored packed until read).

import { isFormatError } from '../../../../core/errors';
import { readPackageFrom } from '../../../../core/package/package';
import { packageSource } from './package-source';
import type { VerifyReply, WorkerDocument } from './verify-off-thread';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Blob>) => void) | null;
  postMessage(message: VerifyReply): void;
}

const scope = globalThis as unknown as WorkerScope;

// Progress is posted at most this often: enough for a smooth bar, few messages.
const PROGRESS_INTERVAL_MS = 50;

async function verify(file: Blob): Promise<VerifyReply> {
  let last = 0;
  const pkg = await readPackageFrom<WorkerDocument>(await packageSource(file), {
    onProgress: (checked, total) => {
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL_MS && checked < total) return;
      last = now;
      scope.postMessage({ kind: 'progress', checked, total });
    },
    // A deflated document is checked as it unpacks, and nothing of it kept but where it lies.
    hold: (unpackedSize, packed) => ({ add: () => undefined, done: () => ({ ...packed, unpackedSize }) }),
  });
  return { kind: 'done', exercise: pkg.exercise, exerciseHash: pkg.exerciseHash, documents: pkg.documents };
}

scope.onmessage = (event) => {
  verify(event.data).then(
    (reply) => scope.postMessage(reply),
    (error: unknown) => {
      const failure = isFormatError(error)
        ? { code: error.code, message: error.message, path: error.path ?? null }
        : { code: null, message: error instanceof Error ? error.message : String(error), path: null };
      scope.postMessage({ kind: 'failed', error: failure });
    },
  );
};
