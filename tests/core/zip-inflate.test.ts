// Bounded inflation fed piece by piece (a large deflated entry read from a file) must reach the
// same bytes and the same verdicts as inflating the entry whole.

import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { bytesEqual } from '../../core/encoding';
import { ExactInflater, inflateExactly } from '../../core/package/zip-inflate';

/** Deterministic bytes deflate packs about two to one. */
function halfNoise(length: number, seed: number): Uint8Array {
  let x = seed;
  return Uint8Array.from({ length }, () => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 24) & 0x0f;
  });
}

/** Inflates `packed` pushed in pieces of `piece` bytes; the chunks heard, joined. */
function inPieces(packed: Uint8Array, expectedSize: number, piece: number): Uint8Array {
  const out: number[] = [];
  const inflater = new ExactInflater(expectedSize, 'doc.txt', (chunk) => chunk.forEach((b) => out.push(b)));
  for (let at = 0; at < packed.length; at += piece)
    inflater.push(packed.subarray(at, at + piece), at + piece >= packed.length);
  inflater.finish();
  return Uint8Array.from(out);
}

function verdict(run: () => unknown): string {
  try {
    run();
    return 'accepted';
  } catch (error) {
    return (error as Error).message;
  }
}

const plain = halfNoise(300_000, 7);
const packed = deflateSync(plain);

describe('ExactInflater', () => {
  it('unpacks a stream pushed in pieces to the bytes inflateExactly gives', () => {
    expect(bytesEqual(inPieces(packed, plain.length, 1000), plain)).toBe(true);
    expect(bytesEqual(inflateExactly(packed, plain.length, 'doc.txt'), plain)).toBe(true);
  });

  it('refuses, pushed in pieces, a stream that unpacks past its declared size, as inflateExactly does', () => {
    const whole = verdict(() => inflateExactly(packed, plain.length - 1, 'doc.txt'));
    expect(whole).toMatch(/unpacks to more than the 299999 bytes/);
    expect(verdict(() => inPieces(packed, plain.length - 1, 4096))).toBe(whole);
  });

  it('refuses, pushed in pieces, a stream that falls short of its declared size or has bytes after its end', () => {
    const short = verdict(() => inflateExactly(packed, plain.length + 1, 'doc.txt'));
    expect(short).toMatch(/unpacks to 300000 bytes, not the 300001/);
    expect(verdict(() => inPieces(packed, plain.length + 1, 4096))).toBe(short);
    const trailing = Uint8Array.from([...packed, 0]);
    const extra = verdict(() => inflateExactly(trailing, plain.length, 'doc.txt'));
    expect(extra).toMatch(/1 byte follow the end of the compressed stream/);
    expect(verdict(() => inPieces(trailing, plain.length, 4096))).toBe(extra);
  });

  it('refuses an empty stream', () => {
    const inflater = new ExactInflater(10, 'doc.txt', () => undefined);
    inflater.push(new Uint8Array(0), true);
    expect(verdict(() => inflater.finish())).toMatch(/doc\.txt.* is not valid deflate data \(it is empty\)/);
  });
});
