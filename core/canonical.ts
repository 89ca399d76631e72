/**
 * Canonical JSON (RFC 8785 JCS) and SHA-256 hashes: the bytes every signature and
 * document hash in the formats is computed over.
 */
import canonicalize from 'canonicalize';
import { sha256 as nobleSha256 } from '@noble/hashes/sha2.js';
import { toHex, utf8Encode } from './encoding';
import { FormatError } from './errors';
import type { HashString, JsonValue } from './types';

/**
 * Anything canonical() accepts: a JSON value, or a typed document (an interface such as
 * `UnsignedExercise` is not assignable to JsonValue, but has the same JSON data model).
 */
export type CanonicalInput = JsonValue | object;

/** UTF-8 bytes of the RFC 8785 canonical serialization of `doc`. */
export function canonical(doc: CanonicalInput): Uint8Array {
  let text: string | undefined;
  try {
    text = canonicalize(doc);
  } catch (e) {
    const reason = e instanceof Error ? e.message : String(e);
    throw new FormatError(
      'json',
      `the document cannot be written as canonical JSON (${reason}); it holds a value JSON cannot represent`,
    );
  }
  if (text === undefined) {
    throw new FormatError('json', 'the document cannot be written as canonical JSON: it has no JSON value');
  }
  return utf8Encode(text);
}

/** SHA-256 digest of bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return nobleSha256(bytes);
}

/** `sha256:` followed by the lowercase hex SHA-256 of bytes. */
export function hashString(bytes: Uint8Array): HashString {
  return `sha256:${toHex(sha256(bytes))}`;
}

/** Document hash (formats §1): hashString of canonical(doc), signature member included. */
export function documentHash(doc: CanonicalInput): HashString {
  return hashString(canonical(doc));
}
