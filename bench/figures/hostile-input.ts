/**
 * Hostile input: how many handcrafted hostile files each importer is tried with (the package,
 * sheet, trust and decision corpus in tests/fixtures/hostile/manifest.json, the CSV and PDF cases),
 * the fuzz cases per test run, and the CSV import of the largest accepted and refused files.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { HOSTILE_CSVS } from '../../tests/helpers/hostile-csv-cases';
import { HOSTILE_PDFS } from '../../tests/helpers/hostile-pdf-cases';
import type { Figure, FigureSet } from '../figure';

const ROOT = resolve(__dirname, '..', '..');

/** The CSV import as the app runs it (tests/renderer/hostile/csv-import-pipeline.ts), bundled: it is renderer code. */
type ImportCsv = (bytes: Uint8Array) => unknown;

async function loadCsvImport(): Promise<{ importCandidateCsv: ImportCsv; dispose: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'panelscore-bench-csv-'));
  const outfile = join(dir, 'csv-import.mjs');
  await build({
    entryPoints: [resolve(ROOT, 'tests/renderer/hostile/csv-import-pipeline.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile,
    logLevel: 'error',
  });
  const loaded = (await import(pathToFileURL(outfile).href)) as { importCandidateCsv: ImportCsv };
  return { importCandidateCsv: loaded.importCandidateCsv, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Fuzz runs of tests/renderer/hostile/csv-import-fuzz.test.ts (three properties). */
const CSV_FUZZ_RUNS = 3 * 3_000;

function fastestMs(importCandidateCsv: ImportCsv, name: string): number {
  const csv = HOSTILE_CSVS.find((c) => c.name === name);
  if (!csv) throw new Error(`no hostile CSV named ${name}`);
  const bytes = csv.bytes();
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = performance.now();
    importCandidateCsv(bytes);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

export const figures: FigureSet = {
  title: 'Hostile input',
  measure: async (log) => {
    const manifest = JSON.parse(readFileSync(resolve(ROOT, 'tests/fixtures/hostile/manifest.json'), 'utf8')) as { cases: { importer: string }[] };
    const perImporter = new Map<string, number>();
    for (const c of manifest.cases) perImporter.set(c.importer, (perImporter.get(c.importer) ?? 0) + 1);
    perImporter.set('csv', HOSTILE_CSVS.length);
    perImporter.set('pdf', HOSTILE_PDFS.length);
    log(`hostile cases: ${[...perImporter].map(([k, v]) => `${k} ${v}`).join(', ')}`);
    const counts: Figure[] = [...perImporter].map(([importer, count]) => ({
      name: `hostile-cases-${importer}`,
      label: `Hostile files tried on the ${importer} importer`,
      value: count,
      unit: 'files',
    }));
    const csv = await loadCsvImport();
    const time = (name: string) => fastestMs(csv.importCandidateCsv, name);
    const timings = { accept: time('rows-10000-no-ids.csv'), rows: time('rows-100k.csv'), field: time('huge-field-2mb.csv') };
    csv.dispose();
    return [
      ...counts,
      { name: 'csv-fuzz-cases', label: 'CSV import fuzz cases per test run', value: CSV_FUZZ_RUNS, unit: 'cases' },
      { name: 'csv-import-10000-rows', label: 'CSV import, 10,000 candidates (ids generated)', value: timings.accept, unit: 'ms', target: { max: 2_000 } },
      { name: 'csv-refuse-100k-rows', label: 'CSV import refusing 100,000 rows', value: timings.rows, unit: 'ms', target: { max: 2_000 } },
      { name: 'csv-refuse-2mb-field', label: 'CSV import refusing a 2 MB field', value: timings.field, unit: 'ms', target: { max: 2_000 } },
    ];
  },
};
