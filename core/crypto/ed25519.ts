/**
 * Ed25519 keys and the strict verification rule of formats §1.1 (RFC 8032 §5.1.7, cofactored,
 * canonical A and R, S < L, small-order keys refused), over @noble/curves.
 */
import { eddsa } from '@noble/curves/abstract/edwards.js';
import { ed25519 } from '@noble/curves/ed25519.js';
import { nativeEd25519Verify, sha256, sha512 } from '../hash-provider';
import { base64UrlDecode, bytesEqual, toHex } from '../encoding';
import type { Base64Url, Signer } from '../types';

const Point = ed25519.Point;
/** Order L of the prime-order subgroup. */
const L = Point.Fn.ORDER;
/**
 * Ed25519 over the same curve with the SHA-512 of core/hash-provider, so a host's native hash
 * serves the challenge hash of large documents; verification only (it needs no key clamping).
 */
const verifier = eddsa(Point, (message: Uint8Array) => sha512(message), { zip215: false });

/** A fresh random 32-byte Ed25519 secret key (RFC 8032 seed), from the platform CSPRNG. */
export function generateSecretKey(): Uint8Array {
  return ed25519.utils.randomSecretKey();
}

/** The 32-byte public key of a 32-byte secret key. */
export function publicKeyOf(secret: Uint8Array): Uint8Array {
  return ed25519.getPublicKey(secret);
}

/** A Signer over a secret key held in memory (CLI, tests); the key is copied. */
export function memorySigner(secret: Uint8Array): Signer {
  const key = Uint8Array.from(secret);
  const publicKey = publicKeyOf(key);
  return {
    publicKey,
    sign: (message: Uint8Array) => Promise.resolve(ed25519.sign(message, key)),
  };
}

/** Decodes a point only when `bytes` is its canonical encoding (y < p, no "negative zero" x). */
function decodeCanonicalPoint(bytes: Uint8Array): ReturnType<typeof Point.fromBytes> | null {
  try {
    const point = Point.fromBytes(bytes, false);
    return bytesEqual(point.toBytes(), bytes) ? point : null;
  } catch {
    return null;
  }
}

function scalarLE(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
  return n;
}

/** Strict Ed25519 verification of formats §1.1; false (never throws) for anything that does not verify. */
export function verifyStrict(sig: Uint8Array, msg: Uint8Array, pub: Uint8Array): boolean {
  try {
    if (!(sig instanceof Uint8Array) || !(pub instanceof Uint8Array) || !(msg instanceof Uint8Array))
      return false;
    if (sig.length !== 64 || pub.length !== 32) return false;
    const A = decodeCanonicalPoint(pub);
    if (A === null || A.isSmallOrder()) return false;
    if (decodeCanonicalPoint(sig.subarray(0, 32)) === null) return false;
    if (scalarLE(sig.subarray(32)) >= L) return false;
    // A host's native verifier may say "valid" first: with A and R canonical and S < L, it checks
    // [S]B = R + [k]A (cofactorless) or [8][S]B = [8]R + [8][k]A, with the same k; the first implies
    // the second, so its "valid" is ours. Its "invalid" is not (it may be cofactorless): @noble decides.
    const native = nativeEd25519Verify();
    if (native !== undefined && acceptsNatively(native, sig, msg, pub)) return true;
    return verifier.verify(sig, msg, pub, { zip215: false });
  } catch {
    return false;
  }
}

function acceptsNatively(
  native: (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean,
  sig: Uint8Array,
  msg: Uint8Array,
  pub: Uint8Array,
): boolean {
  try {
    return native(sig, msg, pub) === true;
  } catch {
    return false;
  }
}

/** True when `pub` decodes (canonically or not) to a point of small order, i.e. [8]A is the identity. */
export function isSmallOrderKey(pub: Uint8Array): boolean {
  if (pub.length !== 32) return false;
  try {
    return Point.fromBytes(pub, true).isSmallOrder();
  } catch {
    return false;
  }
}

/**
 * Key fingerprint of formats §1.2: first 8 bytes of SHA-256 of the key bytes, as `3f2a 91c0 77de 0b12`.
 * A base64url key is decoded strictly first (throws FormatError `base64url` when it is not).
 */
export function fingerprint(pub: Uint8Array | Base64Url): string {
  const bytes = typeof pub === 'string' ? base64UrlDecode(pub) : pub;
  const hex = toHex(sha256(bytes).subarray(0, 8));
  return `${hex.slice(0, 4)} ${hex.slice(4, 8)} ${hex.slice(8, 12)} ${hex.slice(12, 16)}`;
}
