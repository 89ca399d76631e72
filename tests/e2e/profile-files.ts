// Searching a browser profile's files on disk for text, as someone who finds the laptop would:
// used to prove that locked or deleted data is not readable in what Chromium keeps.

import { readFile, readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

/** Program files (the HTTP and V8 code caches of the app's own JavaScript, which carries the demo's names as constants). */
export const PROGRAM_CACHES = [`${sep}Cache${sep}`, `${sep}Code Cache${sep}`];

/** A text found in a file of the profile. */
export interface ProfileHit {
  file: string;
  text: string;
}

/** Every file under `dir` whose raw bytes contain `text` as UTF-8, UTF-16LE or Latin-1 (Chromium stores strings all three ways). */
export async function filesContaining(dir: string, texts: readonly string[]): Promise<ProfileHit[]> {
  const needles = texts.flatMap((text) =>
    [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le'), Buffer.from(text, 'latin1')].map((bytes) => ({
      text,
      bytes,
    })),
  );
  const hits: ProfileHit[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const bytes = await readFile(path).catch(() => null);
    if (!bytes) continue;
    for (const needle of needles) {
      if (bytes.includes(needle.bytes)) hits.push({ file: relative(dir, path), text: needle.text });
    }
  }
  return hits;
}

/** The hits outside the program caches: data the app stored, not its own code. */
export function outsideProgramCaches(hits: readonly ProfileHit[]): ProfileHit[] {
  return hits.filter((hit) => !PROGRAM_CACHES.some((cache) => `${sep}${hit.file}`.includes(cache)));
}
