/**
 * Worker threads for the parallel merge. Each loads core (as cli/bin/panelscore.cjs does), says it
 * is ready, then takes one job: the sheets not yet taken, claimed one by one from a shared counter.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SheetCheck } from '../../core/merge/check-sheet';
import type { MergeInput } from '../../core/merge/merge';

/** The sheets to check and the counter every thread claims their indexes from (Atomics.add). */
export interface SheetJob {
  pkg: MergeInput['pkg'];
  trust: Uint8Array | undefined;
  sheets: readonly Uint8Array[];
  next: Int32Array;
}

/** A job as a worker receives it: only the sheets from index `from` on (the others were taken). */
export interface WorkerJob extends SheetJob {
  from: number;
}

/** What a worker says: that it is ready, then the checks it made, by sheet index. */
export type WorkerMessage = { ready: true } | { checks: [number, SheetCheck][] };

/** Worker threads started ahead of a merge, so that they load while the caller reads its files. */
export interface SheetCheckers {
  /** How many worker threads there are. */
  readonly size: number;
  /** Hands `job` to each worker as soon as it is ready (at once when it is). */
  offer: (job: SheetJob) => void;
  /** True while a worker has not been handed the job: the caller should let events run now and then. */
  readonly waiting: boolean;
  /**
   * Resolves, once every sheet is claimed and the workers that claimed some have answered, to their
   * checks. A worker that failed answers nothing: its sheets are left for the caller to check.
   */
  finish: () => Promise<[number, SheetCheck][]>;
  /** Stops every worker (after finish, or when the job is not for them after all). */
  stop: () => void;
}

const BOOT = `
const { workerData } = require('node:worker_threads');
for (const path of workerData.boot) require(path);
`;

type State = 'booting' | 'ready' | 'working' | 'done' | 'failed';

/** Starts `count` worker threads that will check sheets for one merge. */
export function startSheetCheckers(count: number): SheetCheckers {
  // Resolved here: an eval'd worker resolves bare names from the working directory.
  const boot = [join(__dirname, '..', 'bin', 'native-preloads.cjs'), createRequire(__filename).resolve('tsx/cjs'), join(__dirname, 'merge-worker.ts')];
  const checks: [number, SheetCheck][] = [];
  let job: SheetJob | undefined;
  let open = true;
  let onChange = (): void => undefined;
  const threads = Array.from({ length: count }, () => {
    const thread = { worker: new Worker(BOOT, { eval: true, execArgv: [], workerData: { boot } }), state: 'booting' as State };
    const settle = (state: State): void => {
      if (thread.state === 'done' || thread.state === 'failed') return;
      thread.state = state;
      if (state === 'ready') give(thread);
      onChange();
    };
    thread.worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) return settle('ready');
      checks.push(...message.checks);
      settle('done');
    });
    thread.worker.on('error', () => settle('failed'));
    thread.worker.on('exit', () => settle('failed'));
    return thread;
  });

  function give(thread: (typeof threads)[number]): void {
    if (!open || job === undefined || thread.state !== 'ready') return;
    const from = Math.min(Atomics.load(job.next, 0), job.sheets.length);
    if (from === job.sheets.length) return; // nothing left to claim
    thread.state = 'working';
    const message: WorkerJob = { ...job, sheets: job.sheets.slice(from), from };
    thread.worker.postMessage(message);
  }

  return {
    size: count,
    offer(offered) {
      job = offered;
      for (const thread of threads) give(thread);
    },
    get waiting() {
      return open && threads.some((t) => t.state === 'booting' || t.state === 'ready');
    },
    finish: () =>
      new Promise((done) => {
        onChange = () => {
          const claimed = job === undefined || Atomics.load(job.next, 0) >= job.sheets.length;
          const working = threads.some((t) => t.state === 'working');
          const coming = threads.some((t) => t.state === 'booting' || t.state === 'ready');
          if (working || (!claimed && coming)) return;
          open = false;
          done(checks);
        };
        onChange();
      }),
    stop() {
      open = false;
      for (const thread of threads) void thread.worker.terminate();
    },
  };
}
