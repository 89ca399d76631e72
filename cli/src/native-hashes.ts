// Gives core Node's native SHA-256, SHA-512 and Ed25519 verification (OpenSSL) in place of the
// pure-JS defaults: the merge hashes every sheet twice and verifies a signature over it.
import { createHash, createPublicKey, verify } from 'node:crypto';
import { useHashImplementation } from '../../core/hash-provider';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410); the 32 key bytes follow. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

function digest(algorithm: 'sha256' | 'sha512', bytes: Uint8Array): Uint8Array {
  const buffer = createHash(algorithm).update(bytes).digest();
  return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
}

function ed25519Verify(signature: Uint8Array, message: Uint8Array, publicKey: Uint8Array): boolean {
  const key = createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, publicKey]), format: 'der', type: 'spki' });
  return verify(null, message, key, signature);
}

/** Makes core hash and verify with node:crypto from now on (idempotent). */
export function installNativeHashes(): void {
  useHashImplementation({
    sha256: (bytes) => digest('sha256', bytes),
    sha512: (bytes) => digest('sha512', bytes),
    ed25519Verify,
  });
}
