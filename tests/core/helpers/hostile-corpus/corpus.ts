/**
 * The whole hostile corpus, in memory: every file of tests/fixtures/hostile with its manifest entry,
 * plus the entries of the inputs built at test time. tests/fixtures/hostile/generate.ts writes it
 * out; tests/core/hostile-corpus.test.ts checks that the committed files are exactly what this makes.
 */
import type { HostileFile, ManifestEntry } from './corpus-kit';
import { buildSeed } from './corpus-kit';
import { decisionCases } from './decision-cases';
import { LARGE_INPUTS } from './large-inputs';
import { packageArchiveCases } from './package-archive-cases';
import { packageContentCases } from './package-content-cases';
import { sheetJsonCases } from './sheet-json-cases';
import { sheetKeyCases } from './sheet-key-cases';
import { sheetRuleCases } from './sheet-rule-cases';
import { trustCases } from './trust-cases';

/** Largest committed file and largest committed corpus, in bytes (the repository stays small). */
export const MAX_FILE_BYTES = 200 * 1024;
export const MAX_CORPUS_BYTES = 5 * 1024 * 1024;

/** What manifest.json holds. */
export interface Manifest {
  about: string;
  cases: ManifestEntry[];
}

/** Builds every committed hostile file and the manifest (committed files first, then test-time inputs). */
export async function buildCorpus(): Promise<{ files: HostileFile[]; manifest: Manifest }> {
  const seed = await buildSeed();
  const files = [
    ...packageArchiveCases(seed),
    ...(await packageContentCases(seed)),
    ...sheetJsonCases(seed),
    ...(await sheetRuleCases(seed)),
    ...(await sheetKeyCases(seed)),
    ...trustCases(seed),
    ...(await decisionCases(seed)),
  ];
  const seen = new Set<string>();
  let total = 0;
  for (const { entry, bytes } of files) {
    const file = entry.file ?? '';
    if (seen.has(file)) throw new Error(`two hostile files are named ${file}`);
    seen.add(file);
    if (bytes.length > MAX_FILE_BYTES) throw new Error(`${file} is ${bytes.length} bytes, over ${MAX_FILE_BYTES}: build it at test time instead`);
    total += bytes.length;
  }
  if (total > MAX_CORPUS_BYTES) throw new Error(`the corpus is ${total} bytes, over ${MAX_CORPUS_BYTES}`);
  return {
    files,
    manifest: {
      about:
        'Hostile inputs for every Panelscore importer and the rejection each must get. Regenerate with ' +
        '`npx tsx tests/fixtures/hostile/generate.ts`; checked by tests/core/hostile-corpus.test.ts. ' +
        'The cases are defined in tests/core/helpers/hostile-corpus/. Entries with "build" instead of "file" are too large to commit and are built at test time (large-inputs.ts there).',
      cases: [...files.map((f) => f.entry), ...LARGE_INPUTS.map((l) => l.entry)],
    },
  };
}

/** The manifest as committed: two-space JSON with a final newline. */
export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
