// Verifies a package in a Web Worker when the platform has workers (Chromium, Electron),
// on this thread otherwise (component tests under jsdom). Same result, same errors.

import { FormatError } from '../../../../core/errors';
import type { VerifiedPackage } from '../../../../core/package/package';

/** What the worker answers: the verified package, or the check that failed. */
export type VerifyReply =
  | { ok: true; pkg: VerifiedPackage }
  | { ok: false; error: { code: string | null; message: string; path: string | null } };

function inWorker(bytes: Uint8Array): Promise<VerifiedPackage> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./verify-worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<VerifyReply>) => {
      worker.terminate();
      const reply = event.data;
      if (reply.ok) resolve(reply.pkg);
      else if (reply.error.code !== null)
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
    // The bytes move to the worker when they own their whole buffer; otherwise a copy goes.
    const whole =
      bytes.byteOffset === 0 &&
      bytes.byteLength === bytes.buffer.byteLength &&
      bytes.buffer instanceof ArrayBuffer;
    const sent = whole ? bytes : bytes.slice();
    worker.postMessage(sent, [sent.buffer as ArrayBuffer]);
  });
}

/** Reads and verifies a package (formats §2), off the main thread where possible. */
export async function readPackageOffThread(bytes: Uint8Array): Promise<VerifiedPackage> {
  if (typeof Worker === 'undefined') {
    const { readPackage } = await import('../../../../core/package/package');
    return readPackage(bytes);
  }
  return inWorker(bytes);
}
