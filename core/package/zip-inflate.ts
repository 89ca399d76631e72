/**
 * Bounded inflation of one ZIP entry: fflate's streaming Inflate fed in slices, so a zip bomb is
 * stopped as soon as it passes the size its directory entry declared, never materialised whole.
 */
import { Inflate } from 'fflate';
import { quoteName, zipError } from './zip-format';
import type { FormatError } from '../errors';

// Compressed bytes handed to fflate per push. One push inflates to at most ~1032 times its input
// (deflate's ceiling), so a bomb overshoots the declared size by at most ~17 MB, or by the
// declared size itself for large entries, which get larger slices because each push has a cost.
const MIN_SLICE = 16 * 1024;
const MAX_SLICE = 64 * 1024;
const DEFLATE_MAX_RATIO = 1032;

class Overflow extends Error {}

/**
 * Inflates the raw deflate stream `compressed` of entry `name`, which must unpack to exactly
 * `expectedSize` bytes and end exactly at its last byte (no trailing data, zero padding bits).
 * The bytes land in `into` when given (a buffer reused from entry to entry), else in a new array.
 */
export function inflateExactly(
  compressed: Uint8Array,
  expectedSize: number,
  name: string,
  into?: Uint8Array,
): Uint8Array {
  const out = into === undefined || into.length < expectedSize ? new Uint8Array(expectedSize) : into.subarray(0, expectedSize);
  let written = 0;
  const inflater = new ExactInflater(expectedSize, name, (chunk) => {
    out.set(chunk, written);
    written += chunk.length;
  });
  inflater.push(compressed, true);
  inflater.finish();
  return out;
}

/**
 * The same bounded inflation fed piece by piece (a large entry read from a file): `onData` hears
 * each unpacked chunk, which it must not keep beyond the call without copying it. Push the
 * compressed pieces in order, the last with `final`, then call finish() for the end checks.
 */
export class ExactInflater {
  private written = 0;
  private pushed = 0;
  private readonly inflater: Inflate;
  private readonly slice: number;

  constructor(
    private readonly expectedSize: number,
    private readonly name: string,
    onData: (chunk: Uint8Array) => void,
  ) {
    this.inflater = new Inflate((chunk) => {
      if (chunk.length > this.expectedSize - this.written) throw new Overflow();
      this.written += chunk.length;
      onData(chunk);
    });
    this.slice = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.ceil(expectedSize / DEFLATE_MAX_RATIO)));
  }

  /** Inflates the next piece of the compressed stream; `final` on the last one. */
  push(compressed: Uint8Array, final: boolean): void {
    this.pushed += compressed.length;
    if (this.pushed === 0) return;
    try {
      for (let at = 0; at < compressed.length; at += this.slice) {
        const end = Math.min(at + this.slice, compressed.length);
        this.inflater.push(compressed.subarray(at, end), final && end === compressed.length);
      }
    } catch (e) {
      if (e instanceof Overflow) {
        throw zipError(
          `entry ${quoteName(this.name)} unpacks to more than the ${this.expectedSize} bytes its directory entry declares`,
        );
      }
      throw corrupt(this.name, e instanceof Error ? e.message : String(e));
    }
  }

  /** Throws unless the stream was not empty, unpacked to exactly the declared size and ended where its input did. */
  finish(): void {
    if (this.pushed === 0) throw corrupt(this.name, 'it is empty');
    if (this.written !== this.expectedSize) {
      throw zipError(
        `entry ${quoteName(this.name)} unpacks to ${this.written} bytes, not the ${this.expectedSize} its directory entry declares`,
      );
    }
    const trailer = deflateTrailer(this.inflater);
    if (trailer !== null) throw corrupt(this.name, trailer);
  }
}

function corrupt(name: string, why: string): FormatError {
  return zipError(`entry ${quoteName(name)} is not valid deflate data (${why})`);
}

/** The parts of fflate 0.8's Inflate state that say where the stream ended (not public API). */
interface InflateState {
  s: { p?: unknown; f?: unknown; l?: unknown };
  p: unknown;
}

/**
 * Why the input does not end exactly where the finished deflate stream ends, or null when it
 * does. Inflate ignores bytes after the final block and the padding bits of the last byte;
 * rejecting them leaves no room in a package for bytes the signature and CRCs do not cover.
 * This reads fflate's private state; a test pins the behaviour, so a change in fflate fails CI
 * instead of silently weakening the check.
 */
function deflateTrailer(inflater: Inflate): string | null {
  const { s: state, p: rest } = inflater as unknown as InflateState;
  if (typeof state?.p !== 'number' || !(rest instanceof Uint8Array) || !state.f || state.l) {
    throw new Error(
      'fflate Inflate internals are not as expected: update deflateTrailer in core/package/zip-inflate.ts',
    );
  }
  const bit = state.p;
  const extra = rest.length - (bit === 0 ? 0 : 1);
  if (extra > 0) return `${extra} byte${extra === 1 ? '' : 's'} follow the end of the compressed stream`;
  if (bit !== 0 && rest[0] >> bit !== 0) return 'the unused bits of its last byte are not zero';
  return null;
}
