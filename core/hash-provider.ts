/**
 * The hashes (and, optionally, the Ed25519 check) that core uses. Core stays pure (pure-JS @noble
 * by default); a host with native crypto (CLI, Electron main, Node tests) may install it for speed.
 */
import { sha256 as nobleSha256, sha512 as nobleSha512 } from '@noble/hashes/sha2.js';
import { bytesEqual, fromHex } from './encoding';

/** SHA-256 and SHA-512 (bytes in, 32- and 64-byte digest out), and optionally a native Ed25519 verifier. */
export interface HashImplementation {
  sha256: (bytes: Uint8Array) => Uint8Array;
  sha512: (bytes: Uint8Array) => Uint8Array;
  /**
   * Plain RFC 8032 verification (signature, message, public key). Core trusts only its "valid"
   * answer, and only after its own strict checks; anything else goes to @noble (core/crypto/ed25519.ts).
   */
  ed25519Verify?: (signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array) => boolean;
}

/** The pure-JS implementation core starts with. */
export const nobleHashes: HashImplementation = { sha256: nobleSha256, sha512: nobleSha512 };

let current: HashImplementation = nobleHashes;

// RFC 8032 §7.1 TEST 2 (one-byte message 0x72), to check a native verifier before trusting it.
const PROBE_KEY = fromHex('3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c');
const PROBE_SIG = fromHex(
  '92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00',
);

/**
 * Makes core hash (and verify) with `impl` from now on (`nobleHashes` restores the default). The
 * candidate is checked on a few inputs first and refused (Error) when any answer is wrong.
 */
export function useHashImplementation(impl: HashImplementation): void {
  for (const length of [0, 3, 64, 111, 1000]) {
    const probe = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 0xff);
    if (!agrees(impl.sha256(probe), nobleSha256(probe)) || !agrees(impl.sha512(probe), nobleSha512(probe))) {
      throw new Error('the hash implementation given to core does not compute SHA-256 and SHA-512; it was not installed');
    }
  }
  const verify = impl.ed25519Verify;
  if (verify !== undefined) {
    const valid = verify(PROBE_SIG, Uint8Array.of(0x72), PROBE_KEY);
    const forged = verify(PROBE_SIG, Uint8Array.of(0x73), PROBE_KEY);
    if (valid !== true || forged !== false) {
      throw new Error('the Ed25519 verifier given to core does not verify RFC 8032 signatures; it was not installed');
    }
  }
  current = impl;
}

/** SHA-256 digest of bytes, with the installed implementation. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return current.sha256(bytes);
}

/** SHA-512 digest of bytes, with the installed implementation. */
export function sha512(bytes: Uint8Array): Uint8Array {
  return current.sha512(bytes);
}

/** The installed native Ed25519 verifier, if any (see HashImplementation.ed25519Verify). */
export function nativeEd25519Verify(): HashImplementation['ed25519Verify'] {
  return current.ed25519Verify;
}

function agrees(digest: unknown, expected: Uint8Array): boolean {
  return digest instanceof Uint8Array && bytesEqual(digest, expected);
}
