/**
 * Shared fixtures of the ZIP reader tests: two honest entries to vary, and assertions that an
 * archive is rejected with a FormatError of code `zip` whose message matches.
 */
import { expect } from 'vitest';
import { readZipEntries } from '../../../core/package/zip-reader';
import { FormatError } from '../../../core/errors';
import { craftZip } from './zip-craft';
import type { CraftEntry, CraftOptions } from './zip-craft';

/** UTF-8 bytes of `s`. */
export const text = (s: string): Uint8Array => new TextEncoder().encode(s);
/** Content of the exercise.json entry (compressible). */
export const json = text(JSON.stringify({ format: 'panelscore.exercise', title: 'Director '.repeat(40) }));
/** Content of the CV entry (compressible). */
export const pdf = text('%PDF-1.7 fake but compressible '.repeat(30));

/** The FormatError (code `zip`) readZipEntries throws for `bytes`; fails the test if it accepts them. */
export function zipError(bytes: Uint8Array): FormatError {
  try {
    readZipEntries(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    expect((e as FormatError).code).toBe('zip');
    return e as FormatError;
  }
  throw new Error('the archive was accepted');
}

/** Expects the archive crafted from `entries` to be rejected with a message matching `pattern`. */
export function rejects(entries: CraftEntry[], pattern: RegExp, options?: CraftOptions): void {
  expect(zipError(craftZip(entries, options).bytes).message).toMatch(pattern);
}

/** An honest exercise.json entry, with `more` changed. */
export const exercise = (more: Partial<CraftEntry> = {}): CraftEntry => ({
  name: 'exercise.json',
  content: json,
  ...more,
});
/** An honest CV entry, with `more` changed. */
export const cv = (more: Partial<CraftEntry> = {}): CraftEntry => ({
  name: 'documents/cand-01/cv.pdf',
  content: pdf,
  ...more,
});
