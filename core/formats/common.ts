/**
 * The common value rules of formats §1 (identifiers, timestamps, numbers, text, hashes, keys,
 * archive paths) as plain predicates, and as the zod field schemas the document schemas share.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { z } from 'zod';
import { base64UrlDecode, bytesEqual } from '../encoding';
import type { Signature } from '../types';

/** Identifier rule of §1 (ASCII, 1 to 64 characters). */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
/** Timestamp rule of §1 (UTC, optional fraction of up to 9 digits). */
export const TIMESTAMP_PATTERN =
  /^([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,9})?Z$/;
/** Hash string rule of §1. */
export const HASH_PATTERN = /^sha256:[0-9a-f]{64}$/;
/** Longest text field, in Unicode code points (§1). */
export const TEXT_MAX_CODE_POINTS = 20_000;
/** Two numbers closer than this are equal (§1). */
export const TOLERANCE = 1e-9;

/** True when `s` is an identifier (`^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$`). */
export function isIdentifier(s: unknown): s is string {
  return typeof s === 'string' && ID_PATTERN.test(s);
}

/**
 * True when `s` matches the timestamp pattern and names a real UTC instant: the proleptic
 * Gregorian calendar (so year 0000, which the pattern allows, is a leap year), no leap second.
 */
export function isTimestamp(s: unknown): s is string {
  if (typeof s !== 'string') return false;
  const m = TIMESTAMP_PATTERN.exec(s);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return false;
  return hour <= 23 && minute <= 59 && second <= 59;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** True when `x` is a finite number equal to an integer of magnitude at most 2^53 - 1 (`1.0` is 1). */
export function isWholeNumber(x: unknown): x is number {
  return typeof x === 'number' && Number.isSafeInteger(x);
}

/** Number of Unicode code points in `s` (a surrogate pair counts once). */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length - 1; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

/** True when `a` and `b` differ by less than 1e-9 (§1 tolerance). */
export function approxEqual(a: number, b: number): boolean {
  return Math.abs(a - b) < TOLERANCE;
}

/** True when `s` is `sha256:` followed by 64 lowercase hex digits. */
export function isHashString(s: unknown): s is string {
  return typeof s === 'string' && HASH_PATTERN.test(s);
}

/**
 * True when `p` obeys the archive name rules of §2: relative, '/'-separated, no backslash,
 * no empty, `.` or `..` segment (so no leading or trailing slash either).
 */
export function isArchivePath(p: unknown): p is string {
  if (typeof p !== 'string' || p.length === 0 || p.includes('\\')) return false;
  return p.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Why `s` is not canonical unpadded base64url of exactly `length` bytes, or null when it is. */
export function base64UrlBytesProblem(s: string, length: number): string | null {
  let bytes: Uint8Array;
  try {
    bytes = base64UrlDecode(s);
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
  return bytes.length === length ? null : `it decodes to ${bytes.length} bytes, not ${length}`;
}

// ---- zod field schemas -------------------------------------------------------------------------
// Messages are clauses that complete "<path> is <value> but …" (core/formats/issues.ts).

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'an object',
  null: 'null',
};

/** Default clauses for zod's built-in issues ("must be text"); a schema's own message wins over these. */
export const clauseErrorMap: z.core.$ZodErrorMap = (issue) => {
  switch (issue.code) {
    case 'invalid_type':
      return `must be ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
    case 'invalid_value':
      return `must be ${issue.values.map((v) => JSON.stringify(v)).join(' or ')}`;
    case 'too_small':
      return issue.origin === 'array'
        ? `must have at least ${String(issue.minimum)} ${entries(issue.minimum)}`
        : `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      return issue.origin === 'array'
        ? `must have at most ${String(issue.maximum)} ${entries(issue.maximum)}`
        : `must be at most ${String(issue.maximum)}`;
    default:
      return undefined;
  }
};

function entries(n: number | bigint): string {
  return Number(n) === 1 ? 'entry' : 'entries';
}

/** An identifier (§1). */
export const identifierSchema = z.string().refine(isIdentifier, {
  error:
    "must be an identifier: 1 to 64 ASCII letters, digits, '.', '_' or '-', starting with a letter or digit",
});

/** A timestamp (§1). */
export const timestampSchema = z
  .string()
  .refine(isTimestamp, { error: 'must be a real UTC date and time written like 2026-05-02T09:00:00Z' });

/** A text field (§1: at most 20,000 code points). */
// A string of at most 20,000 UTF-16 units cannot have more code points: skip the count for those.
export const textSchema = z
  .string()
  .refine((s) => s.length <= TEXT_MAX_CODE_POINTS || codePointLength(s) <= TEXT_MAX_CODE_POINTS, {
    error: `must be at most ${TEXT_MAX_CODE_POINTS.toLocaleString('en-US')} characters (Unicode code points) long`,
  });

/** A hash string (§1). */
export const hashSchema = z
  .string()
  .refine(isHashString, { error: 'must be a hash: "sha256:" followed by 64 lowercase hex digits' });

/** A whole number (§1) of at least `min`. */
export function wholeNumberSchema(min: number): z.ZodNumber {
  return z
    .number()
    .refine((x) => isWholeNumber(x) && x >= min, { error: `must be a whole number of at least ${min}` });
}

/** A number greater than zero. */
export const positiveNumberSchema = z
  .number()
  .refine((x) => x > 0, { error: 'must be a number greater than 0' });

/** Canonical unpadded base64url of exactly `length` bytes; `what` names the value in messages. */
export function base64UrlBytesSchema(length: number, what: string): z.ZodString {
  return z.string().superRefine((s, ctx) => {
    const problem = base64UrlBytesProblem(s, length);
    if (problem !== null) {
      ctx.addIssue({
        code: 'custom',
        message: `must be ${what}, ${length} bytes in canonical unpadded base64url (${problem})`,
      });
    }
  });
}

/** An Ed25519 public key (32 bytes, base64url). */
export const publicKeySchema = base64UrlBytesSchema(32, 'an Ed25519 public key');

/**
 * Why 32 key bytes can never stand for a person under §1.1, or null when they can: not a curve
 * point, not its canonical encoding, or a small-order point (which lax verifiers let "sign" anything).
 */
export function unusableKeyProblem(key: Uint8Array): string | null {
  let point: ReturnType<typeof ed25519.Point.fromBytes>;
  try {
    point = ed25519.Point.fromBytes(key, true);
  } catch {
    return 'it is not a point of the Ed25519 curve, so no signature can ever verify under it';
  }
  if (point.isSmallOrder()) return 'it is a small-order point, a degenerate key that no person holds and that lax verifiers let "sign" anything';
  if (!bytesEqual(point.toBytes(), key)) return 'it is not the canonical encoding of its point';
  return null;
}

/** The signature member of §1.1 (structure only: verification is core/crypto/signed-doc.ts). */
export const signatureSchema: z.ZodType<Signature> = z.strictObject({
  alg: z.literal('Ed25519'),
  publicKey: publicKeySchema,
  value: base64UrlBytesSchema(64, 'an Ed25519 signature value'),
});

/**
 * An object used as a map, keys checked by `key` and values by `value`. Written by hand rather
 * than with z.record because zod skips a `__proto__` key, which the strict parser keeps as data.
 */
export function recordSchema<V>(
  key: z.ZodType<string>,
  value: z.ZodType<V>,
  keyRule: string,
): z.ZodType<Record<string, V>> {
  return z
    .custom<Record<string, V>>((v) => typeof v === 'object' && v !== null && !Array.isArray(v), {
      error: 'must be an object',
    })
    .superRefine((obj, ctx) => {
      for (const k of Object.keys(obj)) {
        if (!key.safeParse(k).success) {
          // The key is the sender's text: quote a long one shortened, so the message stays readable.
          const shown = k.length > 60 ? `${JSON.stringify(k.slice(0, 40)).slice(0, -1)}…" (${k.length.toLocaleString('en-US')} characters)` : JSON.stringify(k);
          ctx.addIssue({
            code: 'custom',
            message: `has the key ${shown}, which ${keyRule}`,
            params: { sentence: true },
          });
          return;
        }
        const r = value.safeParse(obj[k], { error: clauseErrorMap });
        if (!r.success) {
          for (const issue of r.error.issues) ctx.addIssue({ ...issue, path: [k, ...issue.path] });
          return;
        }
      }
    });
}
