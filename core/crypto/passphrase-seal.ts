// Encryption at rest and encrypted backups: a passphrase is stretched with scrypt (memory-hard)
// into a key; data is sealed with AES-256-GCM. Pure (noble), so it runs in the renderer, workers and tests.

import { gcm } from '@noble/ciphers/aes.js';
import { randomBytes } from '@noble/ciphers/utils.js';
import { scryptAsync } from '@noble/hashes/scrypt.js';
import { FormatError } from '../errors';

/** scrypt cost parameters, stored beside what they protect so they can be raised later. */
export interface ScryptParams {
  N: number;
  r: number;
  p: number;
}

/** OWASP's scrypt recommendation (N = 2^17, r = 8, p = 1: 128 MiB, about a second in a browser). */
export const DEFAULT_SCRYPT: ScryptParams = { N: 2 ** 17, r: 8, p: 1 };

/** What is needed, beside the passphrase, to derive the key again. */
export interface PassphraseKeyParams {
  kdf: 'scrypt';
  salt: Uint8Array;
  params: ScryptParams;
}

const KEY_BYTES = 32;
const NONCE_BYTES = 12;
const SALT_BYTES = 16;

/** Fresh parameters (random salt) for a new passphrase. */
export function newPassphraseKeyParams(params: ScryptParams = DEFAULT_SCRYPT): PassphraseKeyParams {
  return { kdf: 'scrypt', salt: randomBytes(SALT_BYTES), params };
}

/** Derives the 256-bit key for a passphrase; yields to the event loop while it works (async scrypt). */
export async function derivePassphraseKey(
  passphrase: string,
  key: PassphraseKeyParams,
  onProgress?: (fraction: number) => void,
): Promise<Uint8Array> {
  if (passphrase.length === 0) throw new FormatError('schema', 'the passphrase is empty: type the passphrase', 'passphrase');
  const { N, r, p } = key.params;
  return scryptAsync(passphrase.normalize('NFC'), key.salt, { N, r, p, dkLen: KEY_BYTES, maxmem: 2 ** 30, ...(onProgress ? { onProgress } : {}) });
}

/** A random 256-bit data key. */
export function newDataKey(): Uint8Array {
  return randomBytes(KEY_BYTES);
}

/** Seals bytes with a 256-bit key: nonce (12 bytes) || AES-GCM ciphertext and tag. `context` is bound as associated data. */
export function sealBytes(key: Uint8Array, plaintext: Uint8Array, context?: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  const sealed = gcm(key, nonce, context).encrypt(plaintext);
  const out = new Uint8Array(NONCE_BYTES + sealed.length);
  out.set(nonce, 0);
  out.set(sealed, NONCE_BYTES);
  return out;
}

/** Opens what sealBytes made; a wrong key, another context or any changed byte throws a FormatError. */
export function openBytes(key: Uint8Array, sealed: Uint8Array, context?: Uint8Array): Uint8Array {
  if (sealed.length < NONCE_BYTES + 16) {
    throw new FormatError('truncated', 'the encrypted data is truncated: restore it from a backup', '');
  }
  try {
    return gcm(key, sealed.subarray(0, NONCE_BYTES), context).decrypt(sealed.subarray(NONCE_BYTES));
  } catch {
    throw new FormatError('signature', 'the data cannot be decrypted: the passphrase is wrong, or the data was changed or damaged', '');
  }
}
