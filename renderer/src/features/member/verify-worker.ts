// The package check run off the main thread: the file is read piece by piece (Blob.slice), each
// document's CRC and hash checked as it arrives, and only one document is held at a time.

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
  const pkg = await readPackageFrom(await packageSource(file), {
    onProgress: (checked, total) => {
      const now = performance.now();
      if (now - last < PROGRESS_INTERVAL_MS && checked < total) return;
      last = now;
      scope.postMessage({ kind: 'progress', checked, total });
    },
  });
  const documents = new Map<string, WorkerDocument>();
  for (const [path, content] of pkg.documents)
    documents.set(
      path,
      content instanceof Uint8Array ? new Blob([content as Uint8Array<ArrayBuffer>]) : content,
    );
  return { kind: 'done', exercise: pkg.exercise, exerciseHash: pkg.exerciseHash, documents };
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
