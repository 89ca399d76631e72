/**
 * Strict RFC 8259 reader for the exchange files (formats §1): JSON.parse cannot see duplicate
 * member names, lone surrogate escapes or excessive nesting, so every input goes through this:
 * JSON.parse plus one scan for what it misses (json-layout.ts), or on any doubt careful-reader.ts.
 */
import { findInvalidUtf8 } from '../encoding';
import { FormatError } from '../errors';
import type { JsonObject } from '../types';
import { CarefulReader, MAX_DEPTH } from './careful-reader';
import { memberCountsMatch, scanJsonLayout } from './json-layout';

export { MAX_DEPTH };

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
// With the `u` flag a well-formed surrogate pair is one code point, so this matches lone halves only.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** A strictly parsed document, and whether its text was already canonical. */
export interface StrictJsonDocument {
  doc: JsonObject;
  /** The input is exactly canonical(doc) (RFC 8785), so its bytes can stand for the canonical bytes. */
  canonical: boolean;
}

/**
 * Parses one JSON document that must be an object, refusing a BOM, invalid UTF-8, lone surrogates,
 * any syntax error, duplicate member names, nesting deeper than 32 and non-finite numbers
 * (FormatError `json`). `__proto__` and `constructor` members become plain own data properties.
 */
export function parseStrictJson(input: Uint8Array | string): JsonObject {
  return parseStrictJsonDocument(input).doc;
}

/** Like parseStrictJson, also telling whether the input was already in canonical form. */
export function parseStrictJsonDocument(input: Uint8Array | string): StrictJsonDocument {
  const text = decodeText(input);
  // Fast path: the engine's JSON.parse builds the value, one scan adds the checks it lacks. On any
  // doubt (and for every error) the careful reader below decides, so both give the same answers.
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    value = undefined;
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const layout = scanJsonLayout(text, MAX_DEPTH);
    if (layout !== null && (layout.namesAscending || memberCountsMatch(value, layout.memberCounts))) {
      return { doc: value as JsonObject, canonical: layout.canonical };
    }
  }
  return { doc: new CarefulReader(text).parseDocument(), canonical: false };
}

/** The careful character-by-character reader alone (the fast path must agree with it; for tests). */
export function parseStrictJsonCarefully(input: Uint8Array | string): JsonObject {
  return new CarefulReader(decodeText(input)).parseDocument();
}

function decodeText(input: Uint8Array | string): string {
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    if (input.length >= 3 && input[0] === 0xef && input[1] === 0xbb && input[2] === 0xbf) throw bomError();
    try {
      text = decoder.decode(input);
    } catch {
      throw new FormatError(
        'json',
        `not valid JSON: the file is not valid UTF-8 (bad byte at offset ${findInvalidUtf8(input)}); it is damaged or was saved in another encoding`,
      );
    }
  }
  if (text.charCodeAt(0) === 0xfeff) throw bomError();
  if (typeof input === 'string') {
    const at = text.search(LONE_SURROGATE);
    if (at >= 0) new CarefulReader(text).fail(at, 'the text contains a lone UTF-16 surrogate (not a character)');
  }
  return text;
}

function bomError(): FormatError {
  return new FormatError(
    'json',
    'not valid JSON: the file starts with a byte-order mark (BOM); save it as UTF-8 without a BOM',
  );
}
