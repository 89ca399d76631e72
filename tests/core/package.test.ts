import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readPackage, writePackage } from '../../core/package/package';
import type { PackageDraft, VerifiedPackage } from '../../core/package/package';
import { readZipEntries } from '../../core/package/zip-reader';
import { writeZip } from '../../core/package/zip-writer';
import { documentHash, hashString } from '../../core/canonical';
import { fingerprint, memorySigner } from '../../core/crypto/ed25519';
import { signDocument, unsignedPart } from '../../core/crypto/signed-doc';
import { utf8Decode, utf8Encode } from '../../core/encoding';
import { FormatError } from '../../core/errors';
import { exerciseHash } from '../../core/formats/exercise';
import type { Exercise } from '../../core/types';
import { SECRETARIAT_SECRET, publicKeyText, testSecretKey, validExercise } from './helpers/format-builders';
import { craftZip, withByte } from './helpers/zip-craft';
import { listCentral, meaningFreeRanges } from './helpers/zip-inspect';

const secretariat = memorySigner(SECRETARIAT_SECRET);
const intruder = memorySigner(testSecretKey(9));

/** Deterministic bytes that deflate cannot shrink. */
function noise(length: number, seed: number): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 24;
  });
}

const CV = 'documents/cand-01/cv.pdf';
const LETTER = 'documents/cand-01/letter.pdf';
const BLANK = 'documents/cand-02/blank.pdf';
const files = new Map<string, Uint8Array>([
  [CV, utf8Encode('%PDF-1.7 curriculum vitae of Amina Diallo, deputy head of a treaty unit. '.repeat(40))],
  [LETTER, noise(700, 7)],
  [BLANK, new Uint8Array(60_000)],
]);

function draft(): PackageDraft {
  const ex: PackageDraft = validExercise();
  ex.candidates[0].documents = [
    { path: CV, mediaType: 'application/pdf' },
    { path: LETTER, mediaType: 'application/pdf', size: 1, sha256: `sha256:${'0'.repeat(64)}` },
  ];
  ex.candidates[1].documents = [{ path: BLANK, mediaType: 'application/pdf' }];
  return ex;
}

const honest = await writePackage(draft(), files, secretariat);

async function rejection(bytes: Uint8Array): Promise<FormatError> {
  const error: unknown = await readPackage(bytes).then(
    () => new Error('the package was accepted'),
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FormatError);
  return error as FormatError;
}

/** The entries of the honest package, with `changes` applied (undefined removes an entry). */
function repack(changes: Record<string, Uint8Array | undefined>): Uint8Array {
  const entries = new Map(readZipEntries(honest.bytes));
  for (const [name, content] of Object.entries(changes)) {
    if (content === undefined) entries.delete(name);
    else entries.set(name, content);
  }
  return writeZip([...entries].map(([name, content]) => ({ name, content })));
}

/** Where the packed data of the `index`-th local record of a writeZip archive starts. */
function localDataStart(bytes: Uint8Array, index: number): number {
  let at = 0;
  for (let i = 0; ; i++) {
    const start = at + 30 + bytes[at + 26] + (bytes[at + 27] << 8) + bytes[at + 28] + (bytes[at + 29] << 8);
    if (i === index) return start;
    at = start + (bytes[at + 18] | (bytes[at + 19] << 8) | (bytes[at + 20] << 16) | (bytes[at + 21] << 24));
  }
}

/** exercise.json bytes for `exercise` re-signed by `signer` (the signature claims the signer's key). */
async function resigned(exercise: Exercise, signer = secretariat): Promise<Uint8Array> {
  return utf8Encode(JSON.stringify(await signDocument(unsignedPart(exercise), signer)));
}

describe('writePackage', () => {
  it("fills in each document's size and sha256 from its bytes, replacing stale values", () => {
    const documents = honest.exercise.candidates.flatMap((c) => c.documents ?? []);
    expect(documents.map((d) => [d.path, d.size, d.sha256])).toEqual(
      [CV, LETTER, BLANK].map((path) => [path, files.get(path)!.length, hashString(files.get(path)!)]),
    );
  });

  it('writes the same bytes for the same input', async () => {
    expect((await writePackage(draft(), files, secretariat)).bytes).toEqual(honest.bytes);
  });

  it('writes exactly exercise.json and the listed documents, with no folder entries and a fixed timestamp', () => {
    const listing = listCentral(honest.bytes);
    expect(listing.map((e) => e.name)).toEqual(['exercise.json', CV, LETTER, BLANK]);
    expect(listing.every((e) => e.time === 0 && e.date === 0x21)).toBe(true);
  });

  it('deflates what compresses, and stores what deflate cannot shrink or would pack over 200 times', () => {
    const method = new Map(listCentral(honest.bytes).map((e) => [e.name, e.method]));
    expect(method.get('exercise.json')).toBe(8);
    expect(method.get(CV)).toBe(8);
    expect(method.get(LETTER)).toBe(0);
    expect(method.get(BLANK)).toBe(0);
  });

  it("refuses to sign with a key other than the secretariat's", async () => {
    const error = await writePackage(draft(), files, intruder).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormatError);
    expect((error as FormatError).code).toBe('signature');
    expect((error as FormatError).message).toContain(fingerprint(intruder.publicKey));
  });

  it('refuses a listed document without bytes, and bytes for a path nobody lists', async () => {
    const missing = new Map(files);
    missing.delete(LETTER);
    await expect(writePackage(draft(), missing, secretariat)).rejects.toThrow(
      /lists the document "documents\/cand-01\/letter.pdf", but no file was given/,
    );
    const extra = new Map(files).set('documents/cand-02/extra.pdf', new Uint8Array(3));
    await expect(writePackage(draft(), extra, secretariat)).rejects.toThrow(
      /no candidate lists a document at that path/,
    );
  });

  it('refuses an exercise that a reader would reject, instead of issuing it', async () => {
    const bad = draft();
    bad.scale = { min: 5, max: 1, step: 1 };
    await expect(writePackage(bad, files, secretariat)).rejects.toBeInstanceOf(FormatError);
  });
});

describe('readPackage', () => {
  it('returns the exercise, its hash and the documents of a package writePackage made', async () => {
    const pkg: VerifiedPackage = await readPackage(honest.bytes);
    expect(pkg.exercise).toEqual(honest.exercise);
    expect(pkg.exerciseHash).toBe(documentHash(honest.exercise));
    expect(pkg.exerciseHash).toBe(exerciseHash(pkg.exercise));
    expect(pkg.documents).toEqual(files);
  });

  it('rejects an archive with no exercise.json', async () => {
    const error = await rejection(repack({ 'exercise.json': undefined }));
    expect(error.code).toBe('package');
    expect(error.message).toMatch(/no exercise.json/);
  });

  it('rejects a file the exercise does not list', async () => {
    const error = await rejection(repack({ 'documents/cand-01/notes.txt': utf8Encode('extra') }));
    expect(error.code).toBe('package');
    expect(error.message).toMatch(
      /unexpected file "documents\/cand-01\/notes.txt".*tampered with; ask the secretariat to issue the package again/,
    );
  });

  it('rejects a folder entry such as documents/', async () => {
    const entries = [...readZipEntries(honest.bytes)].map(([name, content]) => ({ name, content }));
    const error = await rejection(craftZip([...entries, { name: 'documents/', method: 0 }]).bytes);
    expect(error.code).toBe('zip');
    expect(error.message).toMatch(/folder entry: "documents\/"/);
  });

  it('rejects a package that lacks a listed document', async () => {
    const error = await rejection(repack({ [LETTER]: undefined }));
    expect(error.message).toMatch(
      /lacks the document "documents\/cand-01\/letter.pdf" that the exercise lists for candidate cand-01/,
    );
  });

  it('rejects a document whose bytes were changed (same size, different hash)', async () => {
    const changed = files.get(CV)!.slice();
    changed[100] ^= 1;
    const error = await rejection(repack({ [CV]: changed }));
    expect(error.code).toBe('hash');
    expect(error.message).toMatch(/does not match the hash in the signed exercise/);
  });

  it('rejects a document whose size differs from the signed size', async () => {
    const error = await rejection(repack({ [CV]: Uint8Array.from([...files.get(CV)!, 0x20]) }));
    expect(error.code).toBe('hash');
    expect(error.message).toMatch(/but the signed exercise says/);
  });

  it('rejects an exercise.json changed after signing', async () => {
    const json = JSON.parse(utf8Decode(readZipEntries(honest.bytes).get('exercise.json')!)) as Exercise;
    const error = await rejection(
      repack({ 'exercise.json': utf8Encode(JSON.stringify({ ...json, title: 'Director (amended)' })) }),
    );
    expect(error.code).toBe('signature');
    expect(error.message).toMatch(/^exercise.json in the package: /);
  });

  it("rejects a package signed by a key other than the secretariat's", async () => {
    const byIntruder = await rejection(
      repack({ 'exercise.json': await resigned(honest.exercise, intruder) }),
    );
    expect(byIntruder.message).toContain(fingerprint(intruder.publicKey));
    const claimed = JSON.parse(utf8Decode(await resigned(honest.exercise, intruder))) as Exercise;
    claimed.signature.publicKey = publicKeyText(SECRETARIAT_SECRET);
    const forged = await rejection(repack({ 'exercise.json': utf8Encode(JSON.stringify(claimed)) }));
    expect(forged.code).toBe('signature');
  });

  it('accepts an exercise.json re-serialised differently but signed over the same content', async () => {
    // The signature covers canonical JSON, not bytes: spacing and member order may differ.
    const pkg = await readPackage(repack({ 'exercise.json': await resigned(honest.exercise) }));
    expect(pkg.exerciseHash).toBe(documentHash(honest.exercise));
  });

  it('rejects an exercise.json that is not strict JSON, saying where the problem is', async () => {
    const error = await rejection(
      repack({ 'exercise.json': utf8Encode('{"format": "panelscore.exercise", "format": 1}') }),
    );
    expect(error.code).toBe('json');
    expect(error.message).toMatch(
      /^exercise.json in the package: .*duplicate.*ask the secretariat to issue the package again/,
    );
  });

  it('rejects an exercise that lists a document at exercise.json', async () => {
    const exercise = structuredClone(honest.exercise);
    exercise.candidates[1].documents = [
      { path: 'exercise.json', mediaType: 'application/json', size: 1, sha256: `sha256:${'0'.repeat(64)}` },
    ];
    const error = await rejection(repack({ 'exercise.json': await resigned(exercise), [BLANK]: undefined }));
    expect(error.message).toMatch(/reserved for the exercise itself/);
  });
});

describe('readPackage: any single-byte change to a signed package', () => {
  it('is rejected for every byte outside packed data, except the central-only attribute fields', async () => {
    const harmless = meaningFreeRanges(honest.bytes);
    const original = await readPackage(honest.bytes);
    const dataRanges = listCentral(honest.bytes).map((e, i) => {
      const start = localDataStart(honest.bytes, i);
      return [start, start + e.compressedSize];
    });
    let checked = 0;
    for (let at = 0; at < honest.bytes.length; at++) {
      if (dataRanges.some(([from, to]) => at >= from && at < to)) continue;
      checked++;
      for (const delta of [1, 0x80]) {
        const changed = withByte(honest.bytes, at, (honest.bytes[at] + delta) & 0xff);
        const result = await readPackage(changed).catch((e: unknown) => e);
        if (result instanceof FormatError) continue;
        expect(
          harmless.some(([from, to]) => at >= from && at < to),
          `byte ${at} changed by ${delta} was accepted`,
        ).toBe(true);
        expect((result as VerifiedPackage).documents).toEqual(original.documents);
      }
    }
    expect(checked).toBeGreaterThan(400);
    // Hundreds of full verifications: seconds on an idle machine, more on a loaded CI runner.
  }, 180_000);

  it('is rejected, unless it is in a byte that cannot change what is read, and then nothing read changes', async () => {
    // The exceptions are documented in meaningFreeRanges: central-only attribute fields and
    // alternative deflate encodings of the same bytes. Everything read is covered by the
    // signature (exercise.json) and the signed SHA-256 of each document.
    const original = await readPackage(honest.bytes);
    const harmless = meaningFreeRanges(honest.bytes);
    await fc.assert(
      fc.asyncProperty(
        fc.nat(honest.bytes.length - 1),
        fc.integer({ min: 1, max: 255 }),
        async (at, delta) => {
          const changed = withByte(honest.bytes, at, (honest.bytes[at] + delta) & 0xff);
          let result: VerifiedPackage;
          try {
            result = await readPackage(changed);
          } catch (e) {
            expect(e).toBeInstanceOf(FormatError);
            return;
          }
          expect(harmless.some(([from, to]) => at >= from && at < to)).toBe(true);
          expect(result.exerciseHash).toBe(original.exerciseHash);
          expect(result.documents).toEqual(original.documents);
        },
      ),
      { numRuns: 1500 },
    );
  }, 180_000);
});
