import { describe, expect, it } from 'vitest';
import {
  approxEqual,
  base64UrlBytesProblem,
  codePointLength,
  isArchivePath,
  isHashString,
  isIdentifier,
  isTimestamp,
  isWholeNumber,
} from '../../core/formats/common';
import { base64UrlEncode } from '../../core/encoding';

describe('isIdentifier', () => {
  it('accepts ASCII letters, digits, dot, underscore and hyphen after a letter or digit', () => {
    for (const id of ['a', '7', 'cand-01', 'm_norway.2', 'A'.repeat(64)])
      expect(isIdentifier(id), id).toBe(true);
  });

  it('refuses empty, too long, badly started, non-ASCII or spaced strings', () => {
    for (const id of ['', 'a'.repeat(65), '-a', '.a', '_a', 'café', 'a b', 'a\n', 'a/b'])
      expect(isIdentifier(id), JSON.stringify(id)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    expect(isIdentifier(12)).toBe(false);
  });
});

describe('isTimestamp', () => {
  it('accepts real UTC instants with an optional fraction of up to nine digits', () => {
    for (const t of [
      '2026-05-02T09:00:00Z',
      '2024-02-29T23:59:59.123456789Z',
      '2000-02-29T00:00:00.5Z',
      '0000-01-01T00:00:00Z',
    ]) {
      expect(isTimestamp(t), t).toBe(true);
    }
  });

  it('refuses dates that do not exist', () => {
    for (const t of [
      '2026-02-30T00:00:00Z',
      '2023-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-13-01T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-01-00T00:00:00Z',
    ]) {
      expect(isTimestamp(t), t).toBe(false);
    }
  });

  it('refuses a leap second and other impossible times of day', () => {
    for (const t of ['2016-12-31T23:59:60Z', '2026-05-02T24:00:00Z', '2026-05-02T12:60:00Z'])
      expect(isTimestamp(t), t).toBe(false);
  });

  it('refuses other spellings: offsets, lowercase, missing seconds, long fractions, surrounding text', () => {
    for (const t of [
      '2026-05-02T09:00:00+00:00',
      '2026-05-02t09:00:00z',
      '2026-05-02T09:00Z',
      '2026-05-02T09:00:00.1234567890Z',
      ' 2026-05-02T09:00:00Z',
      '2026-05-02T09:00:00Z\n',
      '2026-05-02 09:00:00Z',
    ]) {
      expect(isTimestamp(t), t).toBe(false);
    }
  });
});

describe('isWholeNumber', () => {
  it('accepts numbers equal to an integer up to 2^53 - 1', () => {
    for (const x of [0, 1, 1.0, -3, 2 ** 53 - 1]) expect(isWholeNumber(x), String(x)).toBe(true);
  });

  it('refuses fractions, numbers beyond 2^53 - 1, non-finite values and strings', () => {
    for (const x of [1.5, 2 ** 53, Number.NaN, Infinity, '1'])
      expect(isWholeNumber(x), String(x)).toBe(false);
  });
});

describe('codePointLength', () => {
  it('counts a character outside the BMP once, not as two UTF-16 units', () => {
    expect(codePointLength('a😀é')).toBe(3);
    expect(codePointLength('😀'.repeat(20_000))).toBe(20_000);
  });
});

describe('approxEqual', () => {
  it('treats numbers closer than 1e-9 as equal and farther ones as different', () => {
    expect(approxEqual(3, 3 + 1e-10)).toBe(true);
    expect(approxEqual(3, 3 + 2e-9)).toBe(false);
  });
});

describe('isHashString', () => {
  it('accepts sha256: and 64 lowercase hex digits only', () => {
    expect(isHashString(`sha256:${'0a'.repeat(32)}`)).toBe(true);
    for (const h of [
      `sha256:${'0A'.repeat(32)}`,
      `sha256:${'0'.repeat(63)}`,
      `sha256:${'0'.repeat(65)}`,
      '0'.repeat(64),
      `SHA256:${'0'.repeat(64)}`,
    ]) {
      expect(isHashString(h), h).toBe(false);
    }
  });
});

describe('isArchivePath', () => {
  it('accepts relative slash-separated paths', () => {
    for (const p of ['cv.pdf', 'documents/cand-01/cv.pdf', 'a/.hidden', 'a/b..c'])
      expect(isArchivePath(p), p).toBe(true);
  });

  it('refuses absolute paths, empty, "." or ".." segments and backslashes', () => {
    for (const p of [
      '',
      '/documents/cv.pdf',
      'documents//cv.pdf',
      'documents/',
      './cv.pdf',
      'a/./b',
      'a/../b',
      '..',
      'documents\\cv.pdf',
    ]) {
      expect(isArchivePath(p), p).toBe(false);
    }
  });
});

describe('base64UrlBytesProblem', () => {
  const key = base64UrlEncode(new Uint8Array(32).fill(7));

  it('accepts canonical unpadded base64url of the expected length', () => {
    expect(base64UrlBytesProblem(key, 32)).toBeNull();
  });

  it('names the wrong length, padding and non-canonical trailing bits', () => {
    expect(base64UrlBytesProblem(base64UrlEncode(new Uint8Array(31)), 32)).toContain('31 bytes, not 32');
    expect(base64UrlBytesProblem(`${key}=`, 32)).toContain('padding');
    // 32 bytes leave two unused bits in the last character: set the lowest one.
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const lastBitsSet = key.slice(0, -1) + alphabet[alphabet.indexOf(key.slice(-1)) | 1];
    expect(base64UrlBytesProblem(lastBitsSet, 32)).toContain('canonical');
  });
});
