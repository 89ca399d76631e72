import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  base64UrlDecode,
  base64UrlEncode,
  bytesEqual,
  findInvalidUtf8,
  fromHex,
  toHex,
  utf8Decode,
  utf8Encode,
} from '../../core/encoding';
import { FormatError } from '../../core/errors';

const ascii = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    return (e as FormatError).code;
  }
  throw new Error('expected a FormatError, but nothing was thrown');
}

describe('utf8Encode / utf8Decode', () => {
  it('round-trips text from every Unicode plane', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (s) => {
        expect(utf8Decode(utf8Encode(s))).toBe(s);
      }),
      { numRuns: 500 },
    );
  });

  it('encodes multi-byte characters as UTF-8', () => {
    expect(toHex(utf8Encode('é€😂'))).toBe('c3a9e282acf09f9882');
  });

  it('keeps a leading byte-order mark as U+FEFF instead of dropping it', () => {
    expect(utf8Decode(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toBe('\ufeffA');
  });

  it.each([
    ['a lone continuation byte', [0x41, 0x80], 1],
    ['an overlong encoding of "/"', [0xc0, 0xaf], 0],
    ['an overlong three-byte form', [0xe0, 0x80, 0xaf], 0],
    ['an encoded surrogate (CESU-8)', [0x41, 0x42, 0xed, 0xa0, 0x80], 2],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 0],
    ['a truncated sequence at the end', [0x41, 0xe2, 0x82], 1],
    ['the byte FF', [0x7b, 0xff], 1],
  ])('refuses %s and names the offset of the bad byte', (_name, bytes, offset) => {
    const b = Uint8Array.from(bytes);
    expect(codeOf(() => utf8Decode(b))).toBe('encoding');
    expect(() => utf8Decode(b)).toThrow(`offset ${offset}`);
    expect(findInvalidUtf8(b)).toBe(offset);
  });

  it('finds an invalid byte exactly when the platform decoder refuses the bytes', () => {
    const fatal = new TextDecoder('utf-8', { fatal: true });
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 24 }), (b) => {
        let valid = true;
        try {
          fatal.decode(b);
        } catch {
          valid = false;
        }
        expect(findInvalidUtf8(b) === -1).toBe(valid);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('toHex / fromHex', () => {
  it('round-trips bytes through lowercase hex', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        const hex = toHex(b);
        expect(hex).toMatch(/^[0-9a-f]*$/);
        expect(fromHex(hex)).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });

  it('accepts upper-case digits', () => {
    expect(fromHex('00FFa0')).toEqual(Uint8Array.of(0, 255, 160));
  });

  it.each(['abc', '0g', 'zz', ' 00', '0x00'])('refuses %j with FormatError encoding', (s) => {
    expect(codeOf(() => fromHex(s))).toBe('encoding');
  });
});

describe('base64UrlEncode / base64UrlDecode', () => {
  // RFC 4648 section 10 test vectors (their padding removed, as base64url here has none).
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes %j as %j and back (RFC 4648 vectors)', (text, encoded) => {
    expect(base64UrlEncode(ascii(text))).toBe(encoded);
    expect(base64UrlDecode(encoded)).toEqual(ascii(text));
  });

  it('uses "-" and "_" where standard base64 uses "+" and "/"', () => {
    expect(base64UrlEncode(Uint8Array.of(0xfb, 0xef, 0xff))).toBe('--__');
    expect(base64UrlDecode('--__')).toEqual(Uint8Array.of(0xfb, 0xef, 0xff));
  });

  it('round-trips arbitrary bytes, including inputs longer than one output chunk', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 7000 }), (b) => {
        const s = base64UrlEncode(b);
        expect(s).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(s.length).toBe(Math.ceil((b.length * 4) / 3));
        expect(base64UrlDecode(s)).toEqual(b);
      }),
      { numRuns: 200 },
    );
  });

  it('decodes a string only when it is the one canonical encoding of its bytes', () => {
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
    const b64 = fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 12 });
    fc.assert(
      fc.property(b64, (s) => {
        let decoded: Uint8Array | null = null;
        try {
          decoded = base64UrlDecode(s);
        } catch (e) {
          expect((e as FormatError).code).toBe('base64url');
        }
        const rest = s.length % 4;
        const lastBits =
          alphabet.indexOf(s[s.length - 1] ?? 'A') & (rest === 2 ? 0x0f : rest === 3 ? 0x03 : 0);
        expect(decoded === null).toBe(rest === 1 || lastBits !== 0);
        if (decoded !== null) expect(base64UrlEncode(decoded)).toBe(s);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['padding', 'Zg=='],
    ['a single "=" of padding', 'Zm8='],
    ['"+" from standard base64', 'a+bc'],
    ['"/" from standard base64', 'a/bc'],
    ['a space', 'Zm9v Zg'],
    ['a newline', 'Zm9v\nZg'],
    ['a non-ASCII letter', 'Zm9é'],
    ['an impossible length (1 mod 4)', 'Zm9vY'],
    ['a single character', 'Z'],
    ['non-zero unused bits after one byte', 'Zh'],
    ['non-zero unused bits after two bytes', 'Zm9'],
  ])('refuses %s with FormatError base64url', (_name, s) => {
    expect(codeOf(() => base64UrlDecode(s))).toBe('base64url');
  });

  it('says what is wrong with a standard-base64 value', () => {
    expect(() => base64UrlDecode('ab+c')).toThrow(/standard base64/);
    expect(() => base64UrlDecode('abc=')).toThrow(/padding/);
  });
});

describe('bytesEqual', () => {
  it('is true for equal contents and false for any difference in content or length', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 40 }),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (b, at, delta) => {
          const same = Uint8Array.from(b);
          expect(bytesEqual(b, same)).toBe(true);
          const changed = Uint8Array.from(b);
          changed[at % b.length] = (changed[at % b.length] + delta) & 255;
          expect(bytesEqual(b, changed)).toBe(false);
          expect(bytesEqual(b, b.subarray(1))).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });
});
