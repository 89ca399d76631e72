/**
 * Byte/text conversions used by every file format: strict UTF-8, hex and the
 * canonical unpadded base64url of RFC 4648 §5 that the formats require for keys and signatures.
 */
import { bytesToHex, hexToBytes } from '@noble/hashes/utils.js';
import { FormatError } from './errors';

const encoder = new TextEncoder();
// ignoreBOM keeps a leading U+FEFF in the text instead of silently dropping it,
// so that callers that must refuse a byte-order mark can see it.
const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as TextEncoder does). */
export function utf8Encode(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Decodes UTF-8 strictly (a BOM is kept as U+FEFF); throws FormatError `encoding` on invalid bytes. */
export function utf8Decode(b: Uint8Array): string {
  try {
    return decoder.decode(b);
  } catch {
    const offset = findInvalidUtf8(b);
    throw new FormatError(
      'encoding',
      `the file is not valid UTF-8 text (bad byte at offset ${offset}): it may be damaged or saved in another encoding; save it as UTF-8 or ask the sender for a fresh copy`,
    );
  }
}

/** Byte offset of the first byte that breaks UTF-8 well-formedness, or -1 when the bytes are valid. */
export function findInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (c >= 0xc2 && c <= 0xdf) need = 1;
    else if (c >= 0xe0 && c <= 0xef) {
      need = 2;
      if (c === 0xe0) lo = 0xa0; // overlong
      if (c === 0xed) hi = 0x9f; // surrogates
    } else if (c >= 0xf0 && c <= 0xf4) {
      need = 3;
      if (c === 0xf0) lo = 0x90; // overlong
      if (c === 0xf4) hi = 0x8f; // above U+10FFFF
    } else return i;
    for (let k = 1; k <= need; k++) {
      if (i + k >= b.length) return i;
      const d = b[i + k];
      const [min, max] = k === 1 ? [lo, hi] : [0x80, 0xbf];
      if (d < min || d > max) return i;
    }
    i += need + 1;
  }
  return -1;
}

/** Lowercase hex of bytes. */
export function toHex(b: Uint8Array): string {
  return bytesToHex(b);
}

/** Bytes of an even-length hex string (either case); throws FormatError `encoding` otherwise. */
export function fromHex(s: string): Uint8Array {
  if (s.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(s)) {
    throw new FormatError('encoding', `"${abbreviate(s)}" is not hexadecimal bytes (pairs of 0-9, a-f)`);
  }
  return hexToBytes(s);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const DECODE = new Int8Array(128).fill(-1);
for (let i = 0; i < ALPHABET.length; i++) DECODE[ALPHABET.charCodeAt(i)] = i;

/** base64url of bytes, RFC 4648 §5, without padding. */
export function base64UrlEncode(b: Uint8Array): string {
  const parts: string[] = [];
  let chunk = '';
  let i = 0;
  for (; i + 2 < b.length; i += 3) {
    const n = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63] + ALPHABET[n & 63];
    if (chunk.length >= 4096) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = b.length - i;
  if (rest === 1) {
    const n = b[i] << 16;
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63];
  } else if (rest === 2) {
    const n = (b[i] << 16) | (b[i + 1] << 8);
    chunk += ALPHABET[n >> 18] + ALPHABET[(n >> 12) & 63] + ALPHABET[(n >> 6) & 63];
  }
  parts.push(chunk);
  return parts.join('');
}

/**
 * Decodes canonical unpadded base64url; throws FormatError `base64url` on padding, characters outside
 * the URL-safe alphabet, an impossible length or non-zero unused trailing bits.
 */
export function base64UrlDecode(s: string): Uint8Array {
  const shown = abbreviate(s);
  if (s.length % 4 === 1) {
    throw new FormatError(
      'base64url',
      `"${shown}" is not base64url: its length (${s.length}) is impossible; the value was probably cut off or altered`,
    );
  }
  const values = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    const v = code < 128 ? DECODE[code] : -1;
    if (v < 0) {
      const what =
        s[i] === '='
          ? 'padding "="'
          : s[i] === '+' || s[i] === '/'
            ? `"${s[i]}" (standard base64, not base64url)`
            : `the character ${JSON.stringify(s[i])}`;
      throw new FormatError(
        'base64url',
        `"${shown}" is not base64url without padding: it contains ${what} at position ${i + 1}`,
      );
    }
    values[i] = v;
  }
  const out = new Uint8Array(Math.floor((s.length * 3) / 4));
  let o = 0;
  let i = 0;
  for (; i + 3 < s.length; i += 4) {
    const n = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3];
    out[o++] = n >> 16;
    out[o++] = (n >> 8) & 255;
    out[o++] = n & 255;
  }
  const rest = s.length - i;
  if (rest > 0) {
    const last = values[s.length - 1];
    const unusedMask = rest === 2 ? 0x0f : 0x03;
    if ((last & unusedMask) !== 0) {
      throw new FormatError(
        'base64url',
        `"${shown}" is not in canonical base64url: its last character carries bits that are not part of the data; the value was altered`,
      );
    }
    const n = (values[i] << 18) | (values[i + 1] << 12) | (rest === 3 ? values[i + 2] << 6 : 0);
    out[o] = n >> 16;
    if (rest === 3) out[o + 1] = (n >> 8) & 255;
  }
  return out;
}

/** True when two byte arrays have the same length and contents. */
export function bytesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

function abbreviate(s: string): string {
  return s.length > 24 ? `${s.slice(0, 20)}…` : s;
}
