/**
 * Canonical JSON (RFC 8785 JCS) and SHA-256 hashes: the bytes every signature and
 * document hash in the formats is computed over.
 */
import canonicalize from 'canonicalize';
import { sha256 as providedSha256 } from './hash-provider';
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
  return utf8Encode(canonicalText(doc));
}

/**
 * The RFC 8785 canonical serialization of `doc` as a string. Fast path: where every object's
 * members are in UTF-16 code-unit order, JSON.stringify writes exactly the canonical form (same
 * number and string forms), so objects out of order are copied in order (or, when large, written
 * by hand) and JSON.stringify does the rest. Anything else (lone surrogates, non-finite numbers,
 * exotic objects) goes through `canonicalize`.
 */
export function canonicalText(doc: CanonicalInput): string {
  if (typeof doc === 'object' && doc !== null) {
    const piece = canonicalPiece(doc, 0);
    if (piece !== UNSUPPORTED) {
      const text = typeof piece === 'string' ? piece : JSON.stringify(piece === IN_ORDER ? doc : piece);
      // JSON.stringify escapes a lone surrogate as \udXXX, which RFC 8785 refuses: let canonicalize say so.
      if (!text.includes('\\ud')) return text;
    }
  }
  return referenceCanonicalText(doc);
}

/** The canonical serialization by the `canonicalize` package (the reference the fast path must equal). */
export function referenceCanonicalText(doc: CanonicalInput): string {
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
  return text;
}

/** Deeper than this the fast path gives up (cycles included) and canonicalize decides. */
const FAST_PATH_MAX_DEPTH = 64;
/** An object out of order with more members than this is written by hand rather than copied. */
const LARGEST_COPY = 256;
/** The value is in canonical order throughout: JSON.stringify(value) is its canonical text. */
const IN_ORDER = 0;
/** The value holds something JSON.stringify would not write the canonical way. */
const UNSUPPORTED = 1;

/**
 * What the fast path makes of a value: IN_ORDER, UNSUPPORTED, a copy in canonical order (an
 * object or array, for JSON.stringify), or its canonical text (a string, for large objects).
 */
type Piece = typeof IN_ORDER | typeof UNSUPPORTED | object | string;

function canonicalPiece(value: unknown, depth: number): Piece {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return IN_ORDER;
    case 'number':
      return Number.isFinite(value) ? IN_ORDER : UNSUPPORTED;
    case 'object':
      if (value === null) return IN_ORDER;
      if (depth > FAST_PATH_MAX_DEPTH) return UNSUPPORTED;
      return Array.isArray(value) ? arrayPiece(value, depth) : objectPiece(value, depth);
    default:
      return UNSUPPORTED; // undefined, functions, symbols, bigints
  }
}

function arrayPiece(array: unknown[], depth: number): Piece {
  if (Object.getPrototypeOf(array) !== Array.prototype) return UNSUPPORTED;
  let copy: unknown[] | null = null; // the items in canonical order, once one of them is not IN_ORDER
  let texts: Map<number, string> | null = null; // items written by hand
  for (let i = 0; i < array.length; i++) {
    const piece = canonicalPiece(array[i], depth + 1);
    if (piece === IN_ORDER) continue;
    if (piece === UNSUPPORTED) return UNSUPPORTED;
    copy ??= array.slice();
    if (typeof piece === 'string') (texts ??= new Map()).set(i, piece);
    else copy[i] = piece;
  }
  if (texts === null) return copy ?? IN_ORDER;
  const written = texts;
  return `[${copy!.map((item, i) => written.get(i) ?? JSON.stringify(item)).join(',')}]`;
}

function objectPiece(object: object, depth: number): Piece {
  const prototype: unknown = Object.getPrototypeOf(object);
  if (prototype !== Object.prototype && prototype !== null) return UNSUPPORTED;
  const record = object as Record<string, unknown>;
  const names = Object.keys(record);
  let ascending = true;
  let integerLike = false; // names the engine lists first, whatever the insertion order
  let changed: Map<string, Piece> | null = null; // members that are copies or texts, by name
  let asText = false;
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    if (i > 0 && !(names[i - 1] < name)) ascending = false;
    const first = name.charCodeAt(0);
    if (first <= 0x39 && first >= 0x30) integerLike = true;
    const piece = canonicalPiece(record[name], depth + 1);
    if (piece === IN_ORDER) continue;
    if (piece === UNSUPPORTED) return UNSUPPORTED;
    (changed ??= new Map()).set(name, piece);
    if (typeof piece === 'string') asText = true;
  }
  if (ascending && changed === null) return IN_ORDER;
  const order = ascending ? names : names.slice().sort(); // the default sort compares UTF-16 code units, as RFC 8785 does
  // A copy would list integer-like names first (the engine's rule), and a large one is slow to make.
  if (asText || (!ascending && (integerLike || names.length > LARGEST_COPY))) {
    const members = order.map((name) => {
      const piece = changed?.get(name);
      return `${JSON.stringify(name)}:${typeof piece === 'string' ? piece : JSON.stringify(piece ?? record[name])}`;
    });
    return `{${members.join(',')}}`;
  }
  const copy: Record<string, unknown> = {};
  for (const name of order) {
    // Assigning "__proto__" would set the prototype instead of adding a member.
    const value = changed?.get(name) ?? record[name];
    if (name === '__proto__') Object.defineProperty(copy, name, { value, enumerable: true, writable: true, configurable: true });
    else copy[name] = value;
  }
  return copy;
}

/** SHA-256 digest of bytes. */
export function sha256(bytes: Uint8Array): Uint8Array {
  return providedSha256(bytes);
}

/** `sha256:` followed by the lowercase hex SHA-256 of bytes. */
export function hashString(bytes: Uint8Array): HashString {
  return `sha256:${toHex(sha256(bytes))}`;
}

/** Document hash (formats §1): hashString of canonical(doc), signature member included. */
export function documentHash(doc: CanonicalInput): HashString {
  return hashString(canonical(doc));
}
