/**
 * core's mergeSheets with its per-file step (parse, hash, verify, check) spread over worker
 * threads: the main thread and the workers take sheets from one shared counter, core combines.
 */
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { hashString } from '../../core/canonical';
import { type SheetCheck, type SheetContext, checkSheetFile } from '../../core/merge/check-sheet';
import { type MergeInput, checkSheetBytes, combineSheetChecks, mergeContext } from '../../core/merge/merge';
import type { DecisionRecord, HashString } from '../../core/types';

/** What a worker receives (merge-worker.ts). */
export interface MergeWorkerInput {
  pkg: MergeInput['pkg'];
  trust: Uint8Array | undefined;
  sheets: readonly Uint8Array[];
  /** Index of the next sheet to check, shared by every thread (Atomics.add). */
  next: Int32Array;
}

/** What a worker sends back: the checks it made, by sheet index. */
export interface MergeWorkerOutput {
  checks: [number, SheetCheck][];
}

/** How checkSheetFiles spreads the work. */
export interface ParallelOptions {
  /** Threads in all, the main thread included (default: the machine's parallelism, at most 8). */
  threads?: number;
  /** Workers started ahead (startSheetCheckers), used instead of starting new ones. */
  checkers?: SheetCheckers;
  /** Below this many bytes of sheets a worker costs more to start than it saves (default 4 MiB). */
  minBytes?: number;
  /** Check every file on workers (`threads` of them), so the calling thread stays free, e.g. a UI process. */
  offMainThread?: boolean;
}

// Workers load the TypeScript sources the way cli/bin/panelscore.cjs does, whatever loaded ours.
const BIN = join(__dirname, '..', 'bin');
const WORKER_BOOT = `
const { workerData } = require('node:worker_threads');
for (const path of workerData.boot) require(path);
`;
// Resolved here: an eval'd worker resolves bare names from the working directory.
const bootFiles = (): string[] => [
  join(BIN, 'native-preloads.cjs'),
  createRequire(__filename).resolve('tsx/cjs'),
  join(__dirname, 'merge-worker.ts'),
];

/**
 * The same decision record as mergeSheets(input), with the per-file step on worker threads when
 * the sheets are large enough to be worth it. Throws what mergeSheets throws (a bad trust file).
 */
export async function mergeSheetsInParallel(input: MergeInput, options: ParallelOptions = {}): Promise<DecisionRecord> {
  const context = mergeContext(input.pkg, input.trust);
  return combineSheetChecks(context, await checkSheetFiles(input, context, options));
}

/**
 * core's per-file step for every sheet of `input`, in input order (byte-identical copies are
 * checked once), spread over worker threads when worth it. `context` is mergeContext(input.pkg, input.trust).
 */
export async function checkSheetFiles(input: MergeInput, context: SheetContext, options: ParallelOptions = {}): Promise<SheetCheck[]> {
  const { sheets } = input;
  const count = workerCount(sheets.length, sheets.reduce((n, s) => n + s.length, 0), options);
  if (count === 0) {
    options.checkers?.stop();
    const byFileHash = new Map<HashString, SheetCheck>();
    return sheets.map((sheet) => {
      const fileHash = hashString(sheet);
      let check = byFileHash.get(fileHash);
      if (check === undefined) byFileHash.set(fileHash, (check = checkSheetFile(sheet, fileHash, context)));
      return check;
    });
  }

  const next = new Int32Array(new SharedArrayBuffer(4));
  const checkers = options.checkers ?? startSheetCheckers(count);
  const workers = checkers.run({ pkg: input.pkg, trust: input.trust, sheets, next });
  const checks = new Array<SheetCheck | undefined>(sheets.length);
  try {
    if (options.offMainThread !== true) {
      for (let i = Atomics.add(next, 0, 1); i < sheets.length; i = Atomics.add(next, 0, 1)) {
        checks[i] = checkSheetBytes(sheets[i], context);
      }
    }
  } catch (e) {
    checkers.stop();
    workers.catch(() => undefined); // the first error is the one to report
    throw e;
  }
  for (const output of await workers) {
    for (const [i, check] of output.checks) checks[i] = check;
  }
  return checks.map((check, i) => {
    if (check === undefined) throw new Error(`sheet ${i} was not checked by any thread (a bug in the parallel merge)`);
    return check;
  });
}

/**
 * How many worker threads checkSheetFiles uses for `sheetCount` files of `totalBytes` in all:
 * 0 (the calling thread alone) for small merges, else the threads beyond the calling one.
 */
export function workerCount(sheetCount: number, totalBytes: number, options: ParallelOptions = {}): number {
  const threads = Math.max(1, Math.floor(options.threads ?? Math.min(availableParallelism(), 8)));
  if (sheetCount === 0) return 0;
  if (options.offMainThread === true) return Math.min(threads, sheetCount);
  if (threads === 1 || sheetCount < 2 || totalBytes < (options.minBytes ?? 4 * 2 ** 20)) return 0;
  return Math.min(threads, sheetCount) - 1;
}

/** Worker threads that load core ahead of a merge, while the caller reads and verifies its files. */
export interface SheetCheckers {
  /** Gives every worker the job; resolves to their checks, and the workers stop. */
  run: (job: MergeWorkerInput) => Promise<MergeWorkerOutput[]>;
  /** Stops the workers without a job (when the merge turns out too small for them). */
  stop: () => void;
}

/**
 * Starts the worker threads checkSheetFiles would use for the sheet files at `paths` (by their
 * sizes on disk), so that they load while the caller reads the files; undefined when none.
 */
export async function startSheetCheckersFor(paths: readonly string[], options: ParallelOptions = {}): Promise<SheetCheckers | undefined> {
  const sizes = await Promise.all(paths.map((path) => stat(path).then((s) => s.size, () => 0)));
  const count = workerCount(paths.length, sizes.reduce((n, size) => n + size, 0), options);
  return count === 0 ? undefined : startSheetCheckers(count);
}

/** Starts `count` worker threads for checkSheetFiles (options.checkers); each takes one job. */
export function startSheetCheckers(count: number): SheetCheckers {
  const workers = Array.from({ length: count }, () => new Worker(WORKER_BOOT, { eval: true, execArgv: [], workerData: { boot: bootFiles() } }));
  return {
    run: (job) => Promise.all(workers.map((worker) => runJob(worker, job))),
    stop: () => workers.forEach((worker) => void worker.terminate()),
  };
}

function runJob(worker: Worker, job: MergeWorkerInput): Promise<MergeWorkerOutput> {
  return new Promise((done, fail) => {
    let reported = false;
    worker.once('message', (output: MergeWorkerOutput) => {
      reported = true;
      done(output);
      void worker.terminate();
    });
    worker.once('error', fail);
    worker.once('exit', (code) => {
      if (!reported) fail(new Error(`a merge worker thread stopped (exit code ${code}) before reporting its checks`));
    });
    worker.postMessage(job);
  });
}
