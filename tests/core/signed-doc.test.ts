import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ed25519 } from '@noble/curves/ed25519.js';
import { canonical } from '../../core/canonical';
import { memorySigner, publicKeyOf } from '../../core/crypto/ed25519';
import { signDocument, unsignedPart, verifyDocumentSignature } from '../../core/crypto/signed-doc';
import { base64UrlDecode, base64UrlEncode, fromHex, utf8Decode } from '../../core/encoding';
import { FormatError } from '../../core/errors';
import { parseStrictJson } from '../../core/json/strict-json';
import type { JsonObject, JsonValue, Signer } from '../../core/types';

const signer = memorySigner(fromHex('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb'));
const other = memorySigner(fromHex('c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7'));

const sheet = {
  format: 'panelscore.scores',
  formatVersion: 1,
  exerciseId: 'ccm-isu-director',
  memberId: 'm-norway',
  revision: 3,
  candidates: [
    {
      candidateId: 'cand-01',
      recused: false,
      ratings: [{ criterionId: 'leadership', score: 4, evidence: 'Clear, "concrete" examples — é' }],
    },
  ],
};

/** Round-trips a document through its canonical text, as a file on disk would. */
const reread = (doc: object): JsonObject => parseStrictJson(canonical(doc));

function signatureError(doc: JsonObject): FormatError {
  try {
    verifyDocumentSignature(doc);
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    expect((e as FormatError).code).toBe('signature');
    return e as FormatError;
  }
  throw new Error('expected verifyDocumentSignature to refuse the document');
}

function withSignature(doc: JsonObject, signature: JsonValue): JsonObject {
  return { ...doc, signature };
}

describe('signDocument', () => {
  it('adds an Ed25519 signature over canonical(doc without signature), by the signer key', async () => {
    const signed = await signDocument(sheet, signer);
    expect(signed.signature.alg).toBe('Ed25519');
    expect(base64UrlDecode(signed.signature.publicKey)).toEqual(signer.publicKey);
    const value = base64UrlDecode(signed.signature.value);
    expect(value).toHaveLength(64);
    expect(ed25519.verify(value, canonical(sheet), signer.publicKey, { zip215: false })).toBe(true);
  });

  it('leaves the input untouched and replaces an existing signature', async () => {
    const before = JSON.stringify(sheet);
    const first = await signDocument(sheet, signer);
    expect(JSON.stringify(sheet)).toBe(before);
    const resigned = await signDocument(first, other);
    expect(base64UrlDecode(resigned.signature.publicKey)).toEqual(other.publicKey);
    expect(verifyDocumentSignature(reread(resigned)).publicKey).toEqual(other.publicKey);
  });

  it('refuses to return a document when the signer hands back a signature that does not verify', async () => {
    const broken: Signer = { publicKey: signer.publicKey, sign: (m) => other.sign(m) };
    await expect(signDocument(sheet, broken)).rejects.toThrow(/does not verify/);
  });
});

describe('verifyDocumentSignature', () => {
  it('returns the signing key of a document signed by signDocument', async () => {
    const signed = await signDocument(sheet, signer);
    expect(verifyDocumentSignature(reread(signed)).publicKey).toEqual(signer.publicKey);
  });

  it('verifies regardless of whitespace and member order in the file', async () => {
    const signed = await signDocument(sheet, signer);
    const pretty = JSON.stringify({ signature: signed.signature, ...unsignedPart(signed) }, null, 2);
    expect(verifyDocumentSignature(parseStrictJson(pretty)).publicKey).toEqual(signer.publicKey);
  });

  it('verifies documents with unusual content: prototype names, -0, astral characters', async () => {
    const doc = parseStrictJson('{"__proto__":{"a":-0},"constructor":"😂","n":1E+2}');
    const signed = await signDocument(doc, signer);
    expect(verifyDocumentSignature(reread(signed)).publicKey).toEqual(signer.publicKey);
  });

  it('says the file changed when a signed member is altered', async () => {
    const signed = reread(await signDocument(sheet, signer));
    const message = signatureError({ ...signed, revision: 4 }).message;
    expect(message).toBe(
      'the signature does not match the document: the file was changed after it was signed, or is damaged; ask the sender for a fresh copy',
    );
  });

  it('refuses a signature copied from another document', async () => {
    const a = reread(await signDocument(sheet, signer));
    const b = reread(await signDocument({ ...sheet, revision: 9 }, signer));
    expect(signatureError(withSignature(a, b.signature)).message).toMatch(/does not match the document/);
  });

  it('says the document is not signed when there is no signature member', () => {
    const e = signatureError(reread(sheet));
    expect(e.message).toMatch(/not signed/);
    expect(e.path).toBe('signature');
  });

  describe('signature shape', () => {
    const base = reread(sheet);
    const pk = base64UrlEncode(signer.publicKey);
    const value = base64UrlEncode(new Uint8Array(64));

    it.each<[string, JsonValue, RegExp, string]>([
      ['an array', [], /must be an object/, 'signature'],
      ['a string', 'Ed25519', /must be an object/, 'signature'],
      ['null', null, /must be an object/, 'signature'],
      [
        'an extra member',
        { alg: 'Ed25519', publicKey: pk, value, keyId: 'x' },
        /unknown member "keyId"/,
        'signature.keyId',
      ],
      ['no "alg"', { publicKey: pk, value }, /no "alg"/, 'signature.alg'],
      ['no "publicKey"', { alg: 'Ed25519', value }, /no "publicKey"/, 'signature.publicKey'],
      ['no "value"', { alg: 'Ed25519', publicKey: pk }, /no "value"/, 'signature.value'],
      ['alg "ed25519"', { alg: 'ed25519', publicKey: pk, value }, /only "Ed25519"/, 'signature.alg'],
      ['alg "EdDSA"', { alg: 'EdDSA', publicKey: pk, value }, /only "Ed25519"/, 'signature.alg'],
      ['a numeric key', { alg: 'Ed25519', publicKey: 5, value }, /base64url string/, 'signature.publicKey'],
      [
        'a padded key',
        { alg: 'Ed25519', publicKey: `${pk}=`, value },
        /public key is not valid/,
        'signature.publicKey',
      ],
      [
        'a standard-base64 value',
        { alg: 'Ed25519', publicKey: pk, value: `${value.slice(0, -2)}+A` },
        /signature value is not valid/,
        'signature.value',
      ],
      [
        'a 31-byte key',
        { alg: 'Ed25519', publicKey: base64UrlEncode(signer.publicKey.subarray(1)), value },
        /31 bytes long, not 32/,
        'signature.publicKey',
      ],
      [
        'a 63-byte value',
        { alg: 'Ed25519', publicKey: pk, value: base64UrlEncode(new Uint8Array(63)) },
        /63 bytes long, not 64/,
        'signature.value',
      ],
    ])('refuses a signature that is %s', (_name, signature, message, path) => {
      const e = signatureError(withSignature(base, signature));
      expect(e.message).toMatch(message);
      expect(e.path).toBe(path);
    });
  });

  it('refuses the identity key with a signature that lax verification accepts', () => {
    const identity = fromHex('0100000000000000000000000000000000000000000000000000000000000000');
    const forged = new Uint8Array(64);
    forged.set(identity);
    const doc = reread(sheet);
    expect(ed25519.verify(forged, canonical(doc), identity, { zip215: true })).toBe(true);
    const e = signatureError(
      withSignature(doc, {
        alg: 'Ed25519',
        publicKey: base64UrlEncode(identity),
        value: base64UrlEncode(forged),
      }),
    );
    expect(e.message).toMatch(/small-order/);
  });

  describe('tamper evidence', () => {
    const documents = fc.dictionary(fc.string({ maxLength: 6 }), fc.jsonValue({ maxDepth: 3 }), {
      minKeys: 1,
      maxKeys: 5,
    });

    it('breaks when any single byte of the signed file changes (unless the change means the same JSON)', async () => {
      const samples = fc.sample(documents, { numRuns: 40, seed: 7 });
      const signedFiles = await Promise.all(
        samples.map(async (d) => canonical(await signDocument(d, signer))),
      );
      fc.assert(
        fc.property(
          fc.constantFrom(...signedFiles),
          fc.nat(),
          fc.integer({ min: 1, max: 255 }),
          (file, at, delta) => {
            const changed = Uint8Array.from(file);
            changed[at % file.length] = (changed[at % file.length] + delta) & 255;
            let doc: JsonObject;
            try {
              doc = parseStrictJson(changed);
            } catch {
              return; // no longer JSON: refused before the signature is even looked at
            }
            // e.g. "1e+21" -> "1E+21" or "\u000f" -> "\u000F" change bytes but not the document.
            fc.pre(utf8Decode(canonical(doc)) !== utf8Decode(file));
            expect(() => verifyDocumentSignature(doc)).toThrow(FormatError);
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('breaks when any bit of the signature value changes', async () => {
      const signed = reread(await signDocument(sheet, signer));
      const sig = signed.signature as { alg: string; publicKey: string; value: string };
      const raw = base64UrlDecode(sig.value);
      for (let bit = 0; bit < 512; bit++) {
        const flipped = Uint8Array.from(raw);
        flipped[bit >> 3] ^= 1 << (bit & 7);
        expect(() =>
          verifyDocumentSignature(withSignature(signed, { ...sig, value: base64UrlEncode(flipped) })),
        ).toThrow(FormatError);
      }
    });

    it('breaks when the public key is swapped for another valid key', async () => {
      const signed = reread(await signDocument(sheet, signer));
      const sig = signed.signature as { alg: string; publicKey: string; value: string };
      const swapped = withSignature(signed, {
        ...sig,
        publicKey: base64UrlEncode(
          publicKeyOf(fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60')),
        ),
      });
      expect(signatureError(swapped).message).toMatch(/does not match/);
    });
  });
});

describe('unsignedPart', () => {
  it('drops only the signature member and copies the rest', async () => {
    const signed = await signDocument(sheet, signer);
    const unsigned = unsignedPart(signed);
    expect(unsigned).toEqual(sheet);
    expect('signature' in unsigned).toBe(false);
    expect('signature' in signed).toBe(true);
    expect(utf8Decode(canonical(unsigned))).toBe(utf8Decode(canonical(sheet)));
  });

  it('keeps a "__proto__" member as data', () => {
    const doc = parseStrictJson('{"__proto__":1,"signature":2}');
    expect(Object.keys(unsignedPart(doc))).toEqual(['__proto__']);
    expect(utf8Decode(canonical(unsignedPart(doc)))).toBe('{"__proto__":1}');
  });
});
