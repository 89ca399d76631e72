import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonical, documentHash, hashString, sha256 } from '../../core/canonical';
import { fromHex, toHex, utf8Decode, utf8Encode } from '../../core/encoding';
import { FormatError } from '../../core/errors';
import { parseStrictJson } from '../../core/json/strict-json';
import type { JsonValue } from '../../core/types';

interface Vectors {
  rfc8785_appendixB_numbers: [string, string][];
  jcs_testdata: Record<string, { inputText: string; expectedUtf8Hex: string }>;
}
const vectors = JSON.parse(readFileSync('/work/shared/spec/vectors.json', 'utf8')) as Vectors;

function doubleFromHex(hex: string): number {
  return new DataView(fromHex(hex).buffer).getFloat64(0, false);
}

const canonicalText = (doc: JsonValue | object) => utf8Decode(canonical(doc));

describe('canonical', () => {
  describe('RFC 8785 appendix B number serialization', () => {
    const finite = vectors.rfc8785_appendixB_numbers.filter(([, expected]) => !expected.startsWith('ERROR'));
    const invalid = vectors.rfc8785_appendixB_numbers.filter(([, expected]) => expected.startsWith('ERROR'));

    it.each(finite)('writes the IEEE-754 double %s as %s', (hex, expected) => {
      expect(canonicalText([doubleFromHex(hex)])).toBe(`[${expected}]`);
      expect(canonicalText({ n: doubleFromHex(hex) })).toBe(`{"n":${expected}}`);
    });

    it.each(invalid)('refuses the IEEE-754 double %s (%s) with FormatError json', (hex) => {
      expect(() => canonical({ n: doubleFromHex(hex) })).toThrow(FormatError);
      expect(() => canonical({ n: doubleFromHex(hex) })).toThrow(/cannot be written as canonical JSON/);
    });
  });

  describe('JCS reference test data', () => {
    it.each(Object.entries(vectors.jcs_testdata))(
      'canonicalizes "%s" to the reference bytes',
      (name, { inputText, expectedUtf8Hex }) => {
        // The strict reader takes objects only; the "arrays" vector has an array at the top.
        const doc = inputText.trimStart().startsWith('{')
          ? parseStrictJson(inputText)
          : (JSON.parse(inputText) as JsonValue);
        expect(toHex(canonical(doc)), name).toBe(expectedUtf8Hex);
      },
    );
  });

  it('sorts member names by UTF-16 code units, not by code points or locale', () => {
    // By code point U+FB33 comes before U+1F602; by UTF-16 code units (FB33 vs D83D…) it comes after.
    expect(canonicalText({ '\ufb33': 1, '\u{1f602}': 2, é: 3, z: 4 })).toBe('{"z":4,"é":3,"😂":2,"דּ":1}');
  });

  it('writes -0 as 0 and keeps member order independent of insertion order', () => {
    expect(canonicalText({ b: -0, a: [1e21, 1e-7] })).toBe('{"a":[1e+21,1e-7],"b":0}');
    expect(canonical({ a: 1, b: 2 })).toEqual(canonical({ b: 2, a: 1 }));
  });

  it('keeps a "__proto__" member read by the strict parser', () => {
    expect(canonicalText(parseStrictJson('{"__proto__":{"x":1},"a":2}'))).toBe('{"__proto__":{"x":1},"a":2}');
  });

  it('refuses a string with a lone surrogate, which has no UTF-8 form', () => {
    expect(() => canonical({ a: '\ud800' })).toThrow(FormatError);
  });

  it('is idempotent: canonical(parse(canonical(x))) equals canonical(x)', () => {
    const docs = fc.dictionary(
      fc.string({ unit: 'binary', maxLength: 8 }),
      fc.jsonValue({ maxDepth: 6, stringUnit: 'binary' }),
      { maxKeys: 8 },
    );
    fc.assert(
      fc.property(docs, (doc) => {
        const once = canonical(doc);
        expect(canonical(parseStrictJson(once))).toEqual(once);
        expect(JSON.parse(utf8Decode(once))).toEqual(JSON.parse(JSON.stringify(doc)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('sha256 / hashString / documentHash', () => {
  it('computes SHA-256 (FIPS 180 "abc" vector)', () => {
    expect(toHex(sha256(utf8Encode('abc')))).toBe(
      'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad',
    );
  });

  it('writes sha256: and the lowercase hex digest, as the platform hash does', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (b) => {
        expect(hashString(b)).toBe(`sha256:${createHash('sha256').update(b).digest('hex')}`);
      }),
      { numRuns: 200 },
    );
  });

  it('hashes the canonical bytes of the whole document, signature included', () => {
    const signed = { b: 1, a: 'x', signature: { alg: 'Ed25519', publicKey: 'k', value: 'v' } };
    expect(documentHash(signed)).toBe(
      hashString(utf8Encode('{"a":"x","b":1,"signature":{"alg":"Ed25519","publicKey":"k","value":"v"}}')),
    );
    const { signature: _omitted, ...unsigned } = signed;
    expect(documentHash(unsigned)).not.toBe(documentHash(signed));
  });

  it('gives the same hash for the same document written with other whitespace and member order', () => {
    const a = parseStrictJson('{ "x": [1, 2.50, {"q": true}], "y": "\\u00e9" }');
    const b = parseStrictJson('{"y":"é","x":[1,2.5,{"q":true}]}');
    expect(documentHash(a)).toBe(documentHash(b));
  });
});
