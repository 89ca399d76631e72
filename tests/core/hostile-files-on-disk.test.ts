import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOSTILE_CSVS } from '../helpers/hostile-csv-cases';
import { HOSTILE_PDFS } from '../helpers/hostile-pdf-cases';

const HOSTILE = join(process.cwd(), 'tests', 'fixtures', 'hostile');

/** The files of `folder` ending in `extension`, sorted. */
function filesIn(folder: string, extension: string): string[] {
  return readdirSync(join(HOSTILE, folder)).filter((name) => name.endsWith(extension)).sort();
}

describe('the hostile CSV and PDF corpora on disk', () => {
  it('holds every small CSV case byte for byte, and no stale file (regenerate with write-csv-corpus.ts)', () => {
    const small = HOSTILE_CSVS.filter((c) => !c.large);
    expect(filesIn('csv', '.csv')).toEqual(small.map((c) => c.name).sort());
    for (const c of small) expect(new Uint8Array(readFileSync(join(HOSTILE, 'csv', c.name))), c.name).toEqual(c.bytes());
  });

  it('holds every PDF case byte for byte, and no stale file (regenerate with write-pdf-corpus.ts)', () => {
    expect(filesIn('pdf', '.pdf')).toEqual(HOSTILE_PDFS.map((c) => c.name).sort());
    for (const c of HOSTILE_PDFS) expect(new Uint8Array(readFileSync(join(HOSTILE, 'pdf', c.name))), c.name).toEqual(c.bytes());
  });
});
