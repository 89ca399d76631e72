/**
 * Large merge: 50 members × 2,000 candidates × 10 criteria (1,000,000 ratings). Measures the
 * merge against a floor (reading the files + JSON.parse) and the merge process's peak RSS.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FigureSet } from '../figure';
import { generateExercise, writeGenerated } from '../generate';
import { runTypeScript } from '../node-process';

const SHAPE = { members: 50, candidates: 2000, criteria: 10 };
const WORKER = join(__dirname, '..', 'workers', 'merge-large-worker.ts');

interface WorkerResult {
  ms: number;
  maxRssBytes: number;
}

async function runWorker(mode: 'merge' | 'floor', packagePath: string, sheetPaths: string[]): Promise<WorkerResult> {
  return JSON.parse(await runTypeScript(WORKER, [mode, packagePath, ...sheetPaths])) as WorkerResult;
}

export const figures: FigureSet = {
  title: `merge of ${SHAPE.members} members × ${SHAPE.candidates.toLocaleString('en-US')} candidates × ${SHAPE.criteria} criteria`,
  async measure(log) {
    const dir = mkdtempSync(join(tmpdir(), 'panelscore-bench-'));
    try {
      const started = performance.now();
      const generated = await generateExercise(SHAPE);
      const { packagePath, sheetPaths } = writeGenerated(dir, generated);
      const totalBytes = generated.sheets.reduce((n, s) => n + s.length, 0);
      log(`generated ${sheetPaths.length} signed sheets (${(totalBytes / 1e6).toFixed(1)} MB) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      // Floor first, twice, keeping the faster run: the first warms the page cache.
      const floor = Math.min((await runWorker('floor', packagePath, sheetPaths)).ms, (await runWorker('floor', packagePath, sheetPaths)).ms);
      const merge = await runWorker('merge', packagePath, sheetPaths);
      log(`floor ${floor.toFixed(0)} ms, merge ${merge.ms.toFixed(0)} ms`);
      return [
        { name: 'merge-large-wall', label: 'large merge: wall time (read + verify + merge)', value: Math.round(merge.ms), unit: 'ms' },
        { name: 'merge-large-floor', label: 'large merge: floor (read files + JSON.parse)', value: Math.round(floor), unit: 'ms' },
        { name: 'merge-large-ratio', label: 'large merge: merge / floor', value: Math.round((merge.ms / floor) * 100) / 100, unit: '×', target: { max: 3 } },
        { name: 'merge-large-peak-rss', label: 'large merge: peak RSS of the merge process', value: Math.round(merge.maxRssBytes / 2 ** 20), unit: 'MiB', target: { max: 1536 } },
      ];
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
