import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { memorySigner } from '../../core/crypto/ed25519';
import { bytesEqual, utf8Encode } from '../../core/encoding';
import { FormatError } from '../../core/errors';
import { readPackage, readPackageFrom, writePackage } from '../../core/package/package';
import type { PackageDraft } from '../../core/package/package';
import type { ByteSource } from '../../core/package/zip-source';
import { SECRETARIAT_SECRET, validExercise } from './helpers/format-builders';

const secretariat = memorySigner(SECRETARIAT_SECRET);

/** Deterministic bytes that deflate cannot shrink (stored in the archive, like a PDF). */
function noise(length: number, seed: number): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return x >>> 24;
  });
}

const CV = 'documents/cand-01/cv.pdf';
const SCAN = 'documents/cand-01/scan.pdf';
const NOTE = 'documents/cand-02/note.txt';
const files = new Map<string, Uint8Array>([
  [CV, noise(300_000, 1)],
  [SCAN, noise(9_500_000, 2)],
  [NOTE, utf8Encode('Referee note on the second candidate. '.repeat(200))],
]);

function draft(): PackageDraft {
  const ex: PackageDraft = validExercise();
  ex.candidates[0].documents = [
    { path: CV, mediaType: 'application/pdf' },
    { path: SCAN, mediaType: 'application/pdf' },
  ];
  ex.candidates[1].documents = [{ path: NOTE, mediaType: 'text/plain' }];
  return ex;
}

const honest = (await writePackage(draft(), files, secretariat)).bytes;

/** A source like a File read through Blob.slice: every read is a fresh copy; reads are recorded. */
function fileLikeSource(bytes: Uint8Array, reads: number[] = []): ByteSource {
  return {
    size: bytes.length,
    read: (offset, length) => {
      reads.push(length);
      return Promise.resolve(bytes.slice(offset, offset + length));
    },
  };
}

async function verdict(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
    return 'accepted';
  } catch (error) {
    expect(error).toBeInstanceOf(FormatError);
    return `${(error as FormatError).code}: ${(error as FormatError).message}`;
  }
}

describe('readPackageFrom', () => {
  it('verifies the same exercise as readPackage and locates stored documents as ranges of the file', async () => {
    const whole = await readPackage(honest);
    const streamed = await readPackageFrom(fileLikeSource(honest));
    expect(streamed.exerciseHash).toBe(whole.exerciseHash);
    expect(streamed.exercise).toEqual(whole.exercise);
    for (const [path, bytes] of whole.documents) {
      const content = streamed.documents.get(path);
      const located =
        content instanceof Uint8Array
          ? content
          : honest.subarray(content!.offset, content!.offset + content!.size);
      expect(bytesEqual(located, bytes), path).toBe(true);
    }
    expect(streamed.documents.get(SCAN)).not.toBeInstanceOf(Uint8Array);
    expect(streamed.documents.get(NOTE)).toBeInstanceOf(Uint8Array);
  });

  it('reads a large stored document in pieces of at most 2 MiB, and the file about once in all', async () => {
    const reads: number[] = [];
    await readPackageFrom(fileLikeSource(honest, reads));
    expect(Math.max(...reads)).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(reads.reduce((a, b) => a + b, 0)).toBeLessThan(honest.length * 1.1);
  });

  it('reports progress in bytes, never going back, ending at the size of the file', async () => {
    const seen: [number, number][] = [];
    await readPackageFrom(fileLikeSource(honest), {
      onProgress: (checked, total) => seen.push([checked, total]),
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen.every(([, total]) => total === honest.length)).toBe(true);
    expect(seen.every(([checked], i) => i === 0 || checked >= seen[i - 1][0])).toBe(true);
    expect(seen.at(-1)).toEqual([honest.length, honest.length]);
  });

  it('refuses a file that changes size while it is read', async () => {
    const source = fileLikeSource(honest);
    const shrinking: ByteSource = {
      size: honest.length,
      read: async (offset, length) =>
        (await source.read(offset, length)).subarray(0, offset > 1000 ? length - 1 : length),
    };
    expect(await verdict(() => readPackageFrom(shrinking))).toMatch(/^zip: .*could not be read whole/);
  });

  it('gives every package of the hostile corpus the verdict readPackage gives it', async () => {
    const folder = new URL('../fixtures/hostile/package/', import.meta.url);
    const names = readdirSync(folder).filter((n) => n.endsWith('.panelpkg'));
    expect(names.length).toBeGreaterThan(50);
    for (const name of names) {
      const bytes = new Uint8Array(readFileSync(new URL(name, folder)));
      const expected = await verdict(() => readPackage(bytes));
      expect(expected, name).not.toBe('accepted');
      expect(await verdict(() => readPackageFrom(fileLikeSource(bytes))), name).toBe(expected);
    }
  });
});

/** Deterministic bytes deflate packs about two to one (four random bits a byte): the writer deflates them. */
function halfNoise(length: number, seed: number): Uint8Array {
  return noise(length, seed).map((b) => b & 0x0f);
}

const BIG = 'documents/cand-01/scan.txt';
const bigFiles = new Map<string, Uint8Array>([
  [CV, noise(300_000, 1)],
  [BIG, halfNoise(9_000_000, 3)],
  [NOTE, utf8Encode('Referee note on the second candidate. '.repeat(200))],
]);
function bigDraft(): PackageDraft {
  const ex = draft();
  ex.candidates[0].documents = [
    { path: CV, mediaType: 'application/pdf' },
    { path: BIG, mediaType: 'text/plain' },
  ];
  return ex;
}
const deflatedBig = (await writePackage(bigDraft(), bigFiles, secretariat)).bytes;

describe('readPackageFrom, a large deflated document', () => {
  it('is read in pieces of at most 2 MiB and comes back as its unpacked bytes', async () => {
    const reads: number[] = [];
    const pkg = await readPackageFrom(fileLikeSource(deflatedBig, reads));
    expect(Math.max(...reads)).toBeLessThanOrEqual(2 * 1024 * 1024);
    const content = pkg.documents.get(BIG);
    expect(content).toBeInstanceOf(Uint8Array);
    expect(bytesEqual(content as Uint8Array, bigFiles.get(BIG)!)).toBe(true);
  });

  it('is handed to the holder in several parts, in order, and only the holder keeps it', async () => {
    const parts = new Map<number, Uint8Array[]>();
    const pkg = await readPackageFrom(fileLikeSource(deflatedBig), {
      hold: (size) => {
        const got: Uint8Array[] = [];
        parts.set(size, got);
        return { add: (part) => got.push(part.slice()), done: () => `held ${size}` };
      },
    });
    const big = parts.get(9_000_000)!;
    expect(big.length).toBeGreaterThan(1);
    const joined = new Uint8Array(9_000_000);
    big.reduce((at, part) => (joined.set(part, at), at + part.length), 0);
    expect(bytesEqual(joined, bigFiles.get(BIG)!)).toBe(true);
    expect(pkg.documents.get(BIG)).toBe('held 9000000');
    expect(pkg.documents.get(NOTE)).toBe(`held ${bigFiles.get(NOTE)!.length}`);
    const [note] = parts.get(bigFiles.get(NOTE)!.length)!;
    expect(bytesEqual(note, bigFiles.get(NOTE)!)).toBe(true);
    expect(pkg.documents.get(CV)).toEqual(expect.objectContaining({ size: 300_000 }));
  });

  it('is refused when a byte of its packed data was changed after the package was issued', async () => {
    const { documents } = await readPackageFrom(fileLikeSource(deflatedBig), {
      hold: () => ({ add: () => undefined, done: () => null }),
    });
    expect(documents.has(BIG)).toBe(true);
    const tampered = deflatedBig.slice();
    const at = new TextDecoder('latin1').decode(tampered).indexOf(BIG) + BIG.length + 2_000_000;
    tampered[at] ^= 0x10;
    expect(await verdict(() => readPackageFrom(fileLikeSource(tampered)))).toMatch(/^zip: /);
    expect(await verdict(() => readPackageFrom(fileLikeSource(tampered)))).toBe(
      await verdict(() => readPackage(tampered)),
    );
  });
});
