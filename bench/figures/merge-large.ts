/**
 * Large merge: 50 members × 2,000 candidates × 10 criteria (1,000,000 ratings). Measures the merge
 * against a floor (reading the files + JSON.parse), on one thread and as `panelscore merge` runs it
 * (worker threads), for sheets as Panelscore writes them (canonical JSON) and as another program
 * might (pretty-printed, members out of order), and the merge process's peak RSS.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { utf8Encode } from '../../core/encoding';
import type { Figure, FigureSet } from '../figure';
import { type GeneratedExercise, generateExercise, writeGenerated } from '../generate';
import { runTypeScript } from '../node-process';

const SHAPE = { members: 50, candidates: 2000, criteria: 10 };
const WORKER = join(__dirname, '..', 'workers', 'merge-large-worker.ts');
/** Rounds of measurements; the fastest run of each counts (the machine may be busy with other work). */
const ROUNDS = 3;

interface WorkerResult {
  ms: number;
  maxRssBytes: number;
  /** Worker threads the merge started (the CLI starts none when the machine has no free core). */
  workers: number;
}

type Mode = 'floor' | 'merge' | 'merge-parallel' | 'merge-two-threads';

interface Run {
  mode: Mode;
  packagePath: string;
  sheetPaths: string[];
}

/**
 * The fastest of ROUNDS runs of each measurement, taken in turn (floor, merge, floor, merge, …)
 * so that a change in the machine's load meets every measurement alike. The first floor run also
 * warms the page cache.
 */
async function fastestOfRounds(runs: readonly Run[]): Promise<WorkerResult[]> {
  const best: WorkerResult[] = runs.map(() => ({ ms: Number.POSITIVE_INFINITY, maxRssBytes: 0, workers: 0 }));
  for (let round = 0; round < ROUNDS; round++) {
    for (const [i, { mode, packagePath, sheetPaths }] of runs.entries()) {
      const result = JSON.parse(await runTypeScript(WORKER, [mode, packagePath, ...sheetPaths])) as WorkerResult;
      const fastest = result.ms < best[i].ms ? result : best[i];
      best[i] = { ...fastest, maxRssBytes: Math.max(best[i].maxRssBytes, result.maxRssBytes) };
    }
  }
  return best;
}

/** The same sheets pretty-printed with members in the generator's order, as core/demo and other programs write them. */
function otherProgramLayout(generated: GeneratedExercise): GeneratedExercise {
  return { ...generated, sheets: generated.documents.map((doc) => utf8Encode(`${JSON.stringify(doc, null, 2)}\n`)) };
}

const ratio = (ms: number, floor: number) => Math.round((ms / floor) * 100) / 100;
const mib = (bytes: number) => Math.round(bytes / 2 ** 20);

export const figures: FigureSet = {
  title: `merge of ${SHAPE.members} members × ${SHAPE.candidates.toLocaleString('en-US')} candidates × ${SHAPE.criteria} criteria`,
  async measure(log) {
    const dir = mkdtempSync(join(tmpdir(), 'panelscore-bench-'));
    try {
      const started = performance.now();
      const generated = await generateExercise(SHAPE);
      mkdirSync(join(dir, 'canonical'));
      mkdirSync(join(dir, 'other'));
      const canonical = writeGenerated(join(dir, 'canonical'), generated);
      const other = writeGenerated(join(dir, 'other'), otherProgramLayout(generated));
      const totalBytes = generated.sheets.reduce((n, s) => n + s.length, 0);
      log(`generated ${canonical.sheetPaths.length} signed sheets (${(totalBytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);

      const [{ ms: floor }, single, parallel, twoThreads, { ms: otherFloor }, otherSingle] = await fastestOfRounds([
        { mode: 'floor', ...canonical },
        { mode: 'merge', ...canonical },
        { mode: 'merge-parallel', ...canonical },
        { mode: 'merge-two-threads', ...canonical },
        { mode: 'floor', ...other },
        { mode: 'merge', ...other },
      ]);
      log(`floor ${floor.toFixed(0)} ms, merge ${single.ms.toFixed(0)} ms on one thread, ${parallel.ms.toFixed(0)} ms as the CLI runs it (${parallel.workers} worker thread(s) in its fastest run)`);
      log(`with one worker thread whatever the load: ${twoThreads.ms.toFixed(0)} ms`);
      log(`pretty-printed sheets: floor ${otherFloor.toFixed(0)} ms, merge ${otherSingle.ms.toFixed(0)} ms on one thread`);
      const result: Figure[] = [
        { name: 'merge-large-floor', label: 'large merge: floor (read files + JSON.parse)', value: Math.round(floor), unit: 'ms' },
        { name: 'merge-large-wall', label: 'large merge: wall time, one thread (read + verify + merge)', value: Math.round(single.ms), unit: 'ms' },
        { name: 'merge-large-ratio', label: 'large merge: one thread / floor', value: ratio(single.ms, floor), unit: '×', target: { max: 3 } },
        { name: 'merge-large-parallel-wall', label: 'large merge: wall time as the CLI runs it (+ workers on free cores)', value: Math.round(parallel.ms), unit: 'ms' },
        { name: 'merge-large-parallel-ratio', label: 'large merge: as the CLI runs it / floor', value: ratio(parallel.ms, floor), unit: '×', target: { max: 3 } },
        { name: 'merge-large-two-threads-ratio', label: 'large merge: one worker thread whatever the load / floor', value: ratio(twoThreads.ms, floor), unit: '×' },
        { name: 'merge-large-other-layout-ratio', label: 'large merge of pretty-printed sheets: one thread / floor', value: ratio(otherSingle.ms, otherFloor), unit: '×' },
        { name: 'merge-large-peak-rss', label: 'large merge: peak RSS, one thread', value: mib(single.maxRssBytes), unit: 'MiB', target: { max: 1536 } },
        { name: 'merge-large-parallel-peak-rss', label: 'large merge: peak RSS as the CLI runs it', value: mib(parallel.maxRssBytes), unit: 'MiB', target: { max: 1536 } },
      ];
      return result;
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
