// Worker thread of sheet-checkers.ts: loads core, says it is ready, then takes one job. It claims
// sheet indexes from the shared counter until none are left, checks each sheet with core's
// per-file step, and posts the checks back by index.
import { parentPort } from 'node:worker_threads';
import type { SheetCheck } from '../../core/merge/check-sheet';
import { checkSheetBytes, mergeContext } from '../../core/merge/merge';
import { installNativeHashes } from './native-hashes';
import type { WorkerJob, WorkerMessage } from './sheet-checkers';

installNativeHashes();
parentPort?.once('message', ({ pkg, trust, sheets, from, next }: WorkerJob) => {
  const context = mergeContext(pkg, trust);
  const checks: [number, SheetCheck][] = [];
  const transfer: ArrayBuffer[] = [];
  const end = from + sheets.length;
  for (let i = Atomics.add(next, 0, 1); i < end; i = Atomics.add(next, 0, 1)) {
    const check = checkSheetBytes(sheets[i - from], context);
    checks.push([i, check]);
    if (check.accepted) transfer.push(check.accepted.scores.scores.buffer as ArrayBuffer, check.accepted.scores.status.buffer as ArrayBuffer);
  }
  parentPort?.postMessage({ checks } satisfies WorkerMessage, transfer);
});
parentPort?.postMessage({ ready: true } satisfies WorkerMessage);
