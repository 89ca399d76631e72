// Runs in its own process so its peak RSS is the merge's alone: `merge` reads the files and
// merges them with core on one thread, `merge-parallel` as `panelscore merge` does (worker threads
// on the cores the load leaves free), `merge-two-threads` with one worker whatever the load,
// `floor` only reads them and JSON.parses each sheet. Prints JSON.
import { readFileSync } from 'node:fs';
import { mergeSheets } from '../../core/merge/merge';
import { readPackage } from '../../core/package/package';
import type { DecisionRecord } from '../../core/types';
import { installNativeHashes } from '../../cli/src/native-hashes';
import { mergeSheetsInParallel, startSheetCheckersFor } from '../../cli/src/parallel-merge';

async function main(): Promise<void> {
  const [mode, packagePath, ...sheetPaths] = process.argv.slice(2);
  const start = performance.now();
  // As `panelscore merge` does: worker threads load while the files are read.
  const parallel = mode === 'merge-parallel' ? {} : mode === 'merge-two-threads' ? { threads: 2 } : undefined;
  const checkers = parallel === undefined ? undefined : await startSheetCheckersFor(sheetPaths, parallel);
  const packageBytes = new Uint8Array(readFileSync(packagePath));
  const sheets = sheetPaths.map((p) => new Uint8Array(readFileSync(p)));
  let check: string;
  if (mode === 'floor') {
    const decoder = new TextDecoder();
    let ratings = 0;
    for (const bytes of sheets) ratings += (JSON.parse(decoder.decode(bytes)) as { candidates: unknown[] }).candidates.length;
    check = `${packageBytes.length}:${ratings}`;
  } else if (mode === 'merge' || parallel !== undefined) {
    installNativeHashes(); // as the CLI does
    const pkg = await readPackage(packageBytes);
    const record: DecisionRecord =
      parallel === undefined ? mergeSheets({ pkg, sheets }) : await mergeSheetsInParallel({ pkg, sheets }, checkers === undefined ? { threads: 1 } : { checkers });
    if (record.rejected.length > 0 || record.inputs.length !== sheets.length) {
      throw new Error(`the benchmark merge rejected sheets: ${record.rejected.map((r) => r.reason).join('; ')}`);
    }
    check = `${record.inputs.length}`;
  } else {
    throw new Error(`unknown mode ${mode}`);
  }
  const ms = performance.now() - start;
  process.stdout.write(JSON.stringify({ ms, maxRssBytes: process.resourceUsage().maxRSS * 1024, workers: checkers?.size ?? 0, check }));
}

main().catch((e: unknown) => {
  process.stderr.write(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exitCode = 1;
});
