// Worker thread of parallel-merge.ts: loads core, then waits for one job. It takes sheet indexes
// from the shared counter until none are left, checks each sheet with core's per-file step, and
// posts the checks back by index.
import { parentPort } from 'node:worker_threads';
import type { SheetCheck } from '../../core/merge/check-sheet';
import { checkSheetBytes, mergeContext } from '../../core/merge/merge';
import type { MergeWorkerInput, MergeWorkerOutput } from './parallel-merge';
import { installNativeHashes } from './native-hashes';

installNativeHashes();
parentPort?.once('message', ({ pkg, trust, sheets, next }: MergeWorkerInput) => {
  const context = mergeContext(pkg, trust);
  const checks: [number, SheetCheck][] = [];
  const transfer: ArrayBuffer[] = [];
  for (let i = Atomics.add(next, 0, 1); i < sheets.length; i = Atomics.add(next, 0, 1)) {
    const check = checkSheetBytes(sheets[i], context);
    checks.push([i, check]);
    if (check.accepted) transfer.push(check.accepted.scores.scores.buffer as ArrayBuffer, check.accepted.scores.status.buffer as ArrayBuffer);
  }
  parentPort?.postMessage({ checks } satisfies MergeWorkerOutput, transfer);
});
