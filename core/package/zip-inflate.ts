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
 */
export function inflateExactly(compressed: Uint8Array, expectedSize: number, name: string): Uint8Array {
  if (compressed.length === 0) throw corrupt(name, 'it is empty');
  const out = new Uint8Array(expectedSize);
  let written = 0;
  const inflater = new Inflate((chunk) => {
    if (chunk.length > expectedSize - written) throw new Overflow();
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    const slice = Math.min(MAX_SLICE, Math.max(MIN_SLICE, Math.ceil(expectedSize / DEFLATE_MAX_RATIO)));
    for (let at = 0; at < compressed.length; at += slice) {
      const end = Math.min(at + slice, compressed.length);
      inflater.push(compressed.subarray(at, end), end === compressed.length);
    }
  } catch (e) {
    if (e instanceof Overflow) {
      throw zipError(
        `entry ${quoteName(name)} unpacks to more than the ${expectedSize} bytes its directory entry declares`,
      );
    }
    throw corrupt(name, e instanceof Error ? e.message : String(e));
  }
  if (written !== expectedSize) {
    throw zipError(
      `entry ${quoteName(name)} unpacks to ${written} bytes, not the ${expectedSize} its directory entry declares`,
    );
  }
  const trailer = deflateTrailer(inflater);
  if (trailer !== null) throw corrupt(name, trailer);
  return out;
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
