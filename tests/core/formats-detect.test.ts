import { describe, expect, it } from 'vitest';
import { exerciseHash } from '../../core/formats/exercise';
import { readDocument, readDocumentOf, SHEET_MAX_BYTES } from '../../core/formats/detect';
import { utf8Encode } from '../../core/encoding';
import {
  asJson,
  expectFormatError,
  signedExercise,
  signedSheet,
  validDecision,
  validTrust,
} from './helpers/format-builders';

const bytesOf = (doc: object) => utf8Encode(JSON.stringify(doc));

/** `doc` serialised and padded with trailing spaces to exactly `size` bytes. */
function padded(doc: object, size: number): Uint8Array {
  const bytes = new Uint8Array(size).fill(0x20);
  bytes.set(bytesOf(doc));
  return bytes;
}

describe('readDocument', () => {
  it('reads each kind of document by its format member', async () => {
    expect(readDocument(bytesOf(await signedExercise())).kind).toBe('exercise');
    expect(readDocument(bytesOf(await signedSheet())).kind).toBe('scores');
    expect(readDocument(bytesOf(validTrust())).kind).toBe('trust');
    expect(readDocument(bytesOf(validDecision())).kind).toBe('decision');
  });

  it('returns the parsed document, whose hash is that of the file', async () => {
    const signed = await signedExercise();
    const read = readDocument(bytesOf(signed));
    expect(read.kind === 'exercise' && exerciseHash(read.doc)).toBe(exerciseHash(signed));
  });

  it('applies the rules of the kind it detected', async () => {
    const sheet = asJson(await signedSheet());
    sheet.revision = 0;
    expectFormatError(() => readDocument(bytesOf(sheet)), 'schema', 'revision is 0', 'ask the member');
  });

  it('rejects an unknown format, naming it and the known ones', () => {
    expectFormatError(
      () => readDocument(bytesOf({ ...validTrust(), format: 'panelscore.roster' })),
      'format',
      '"panelscore.roster"',
      '"panelscore.scores"',
    );
  });

  it('rejects JSON without a format member', () => {
    expectFormatError(() => readDocument(bytesOf({ title: 'notes' })), 'format', 'no "format" member');
  });

  it('rejects a ZIP archive, pointing to the package import', () => {
    expectFormatError(
      () => readDocument(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0])),
      'format',
      'ZIP archive',
      'exercise package',
    );
  });

  it('passes strict JSON errors through (duplicate member names here)', () => {
    expectFormatError(
      () => readDocument(utf8Encode('{"format":"panelscore.trust","format":"panelscore.trust"}')),
      'json',
    );
  });

  it('accepts a document of exactly 16 MiB and rejects one byte more before parsing', async () => {
    const sheet = await signedSheet();
    expect(readDocument(padded(sheet, SHEET_MAX_BYTES)).kind).toBe('scores');
    const tooBig = padded(sheet, SHEET_MAX_BYTES + 1);
    tooBig[0] = 0x5b; // '[': would be a JSON error if it were parsed
    expectFormatError(() => readDocument(tooBig), 'size', '16 MiB');
  });
});

describe('readDocumentOf', () => {
  it('returns a document of the expected kind', async () => {
    expect(readDocumentOf(bytesOf(await signedSheet({ revision: 4 })), 'scores').revision).toBe(4);
  });

  it('rejects another kind, saying what the file is', () => {
    expectFormatError(
      () => readDocumentOf(bytesOf(validTrust()), 'scores'),
      'format',
      'this file is a trust file, not a score sheet',
    );
  });
});
