/**
 * core's mergeSheets with its per-file step (parse, hash, verify, check) spread over worker
 * threads: the main thread and the workers take sheets from one shared counter, core combines.
 */
import { stat } from 'node:fs/promises';
import { availableParallelism, loadavg } from 'node:os';
import { hashString } from '../../core/canonical';
import { type SheetCheck, type SheetContext, checkSheetFile } from '../../core/merge/check-sheet';
import { type MergeInput, checkSheetBytes, combineSheetChecks, mergeContext } from '../../core/merge/merge';
import type { DecisionRecord, HashString } from '../../core/types';
import { type SheetCheckers, startSheetCheckers } from './sheet-checkers';

export type { SheetCheckers };

/** How checkSheetFiles spreads the work. */
export interface ParallelOptions {
  /** Threads in all, the main thread included (default: the cores the machine's load leaves free, at most 8). */
  threads?: number;
  /** Workers started ahead (startSheetCheckers), used instead of starting new ones. */
  checkers?: SheetCheckers;
  /** Below this many bytes of sheets a worker costs more to start than it saves (default 4 MiB). */
  minBytes?: number;
  /** Check every file on workers (`threads` of them), so the calling thread stays free, e.g. a UI process. */
  offMainThread?: boolean;
}

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
  const checks = new Array<SheetCheck | undefined>(sheets.length);
  try {
    checkers.offer({ pkg: input.pkg, trust: input.trust, sheets, next });
    if (options.offMainThread !== true) {
      for (let i = Atomics.add(next, 0, 1); i < sheets.length; i = Atomics.add(next, 0, 1)) {
        checks[i] = checkSheetBytes(sheets[i], context);
        // A worker that has finished loading gets the sheets left only when this thread lets it know.
        if (checkers.waiting) await new Promise((resume) => setImmediate(resume));
      }
    }
    for (const [i, check] of await checkers.finish()) checks[i] = check;
  } finally {
    checkers.stop();
  }
  // Sheets claimed by a worker that failed are checked here: the result does not depend on who checks.
  return Array.from(checks, (check, i) => check ?? checkSheetBytes(sheets[i], context));
}

/**
 * How many worker threads checkSheetFiles uses for `sheetCount` files of `totalBytes` in all:
 * 0 (the calling thread alone) for small merges, else the threads beyond the calling one.
 */
export function workerCount(sheetCount: number, totalBytes: number, options: ParallelOptions = {}): number {
  const threads = Math.max(1, Math.floor(options.threads ?? freeCores()));
  if (sheetCount === 0) return 0;
  if (options.offMainThread === true) return Math.min(threads, sheetCount);
  if (threads === 1 || sheetCount < 2 || totalBytes < (options.minBytes ?? 4 * 2 ** 20)) return 0;
  return Math.min(threads, sheetCount) - 1;
}

/**
 * Cores not busy with other work, at most 8: a worker on a core that is already busy only slows
 * the merge down. The load average (0 where the system has none) may count this process once.
 */
function freeCores(): number {
  const busyElsewhere = Math.max(0, Math.floor(loadavg()[0] - 1));
  return Math.min(8, availableParallelism() - busyElsewhere);
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
