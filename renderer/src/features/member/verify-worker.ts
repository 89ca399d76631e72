// The package check run off the main thread: unzip, signature and every document hash of a
// possibly large package, so the window stays responsive. One message in, one message out.

import { isFormatError } from '../../../../core/errors';
import { readPackage } from '../../../../core/package/package';
import type { VerifyReply } from './verify-off-thread';

interface WorkerScope {
  onmessage: ((event: MessageEvent<Uint8Array>) => void) | null;
  postMessage(message: VerifyReply, transfer?: Transferable[]): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.onmessage = (event) => {
  readPackage(event.data).then(
    (pkg) => {
      // Hand the document bytes over rather than copying them (several views may share one buffer).
      const buffers = new Set([...pkg.documents.values()].map((bytes) => bytes.buffer));
      scope.postMessage(
        { ok: true, pkg },
        [...buffers].filter((b): b is ArrayBuffer => b instanceof ArrayBuffer),
      );
    },
    (error: unknown) => {
      const failure = isFormatError(error)
        ? { code: error.code, message: error.message, path: error.path ?? null }
        : { code: null, message: error instanceof Error ? error.message : String(error), path: null };
      scope.postMessage({ ok: false, error: failure });
    },
  );
};
