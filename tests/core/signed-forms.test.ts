import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonical } from '../../core/canonical';
import { memorySigner } from '../../core/crypto/ed25519';
import { signDocument, signedForms, unsignedPart, verifyDocumentSignature } from '../../core/crypto/signed-doc';
import { fromHex } from '../../core/encoding';
import { parseStrictJson } from '../../core/json/strict-json';
import type { JsonObject } from '../../core/types';

const signer = memorySigner(fromHex('4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb'));

// Names around "signature" in code-unit order, so the signature is sometimes last and sometimes not.
const name = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 5 }),
  fc.constantFrom('signature', 'signatur', 'signature2', 'signaturf', 'Signature', 'zeta', 'format', '__proto__', '0'),
);
const signatureValue = fc.oneof(
  fc.record({ alg: fc.constant('Ed25519'), publicKey: fc.string(), value: fc.string() }),
  fc.jsonValue({ maxDepth: 2 }),
);
const documents = fc
  .tuple(fc.dictionary(name, fc.jsonValue({ maxDepth: 3, stringUnit: 'binary' }), { maxKeys: 6 }), fc.option(signatureValue))
  .map(([members, signature]) => parseStrictJson(canonical(signature === null ? members : { ...members, signature })));

describe('signedForms', () => {
  it('gives canonical(doc) and canonical(doc without signature), whatever the members', () => {
    fc.assert(
      fc.property(documents, (doc) => {
        const expected = { document: canonical(doc), unsigned: canonical(unsignedPart(doc)) };
        expect(signedForms(doc)).toEqual(expected);
        expect(signedForms(doc, canonical(doc))).toEqual(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a later member ending in the same signature', { signature: { v: 1 }, zeta: { a: 0, signature: { v: 1 } } }],
    ['a later string that spells the tail', { signature: { v: 1 }, zeta: ',"signature":{"v":1}' }],
    ['a later list ending in the signature', { signature: { v: 1 }, zeta: [{ signature: { v: 1 } }] }],
    ['only a signature', { signature: { v: 1 } }],
    ['a non-ASCII signature', { a: 'é', signature: { v: '😂' } }],
  ])('is not fooled by %s', (_name, doc) => {
    const parsed = parseStrictJson(canonical(doc));
    expect(signedForms(parsed)).toEqual({ document: canonical(parsed), unsigned: canonical(unsignedPart(parsed)) });
  });

  it('cuts the signature out of the canonical bytes of a signed score sheet', async () => {
    const signed = (await signDocument({ format: 'panelscore.scores', memberId: 'm-norway', candidates: [{ é: '😂' }] }, signer)) as unknown as JsonObject;
    const forms = signedForms(signed, canonical(signed));
    expect(new TextDecoder().decode(forms.unsigned)).toBe('{"candidates":[{"é":"😂"}],"format":"panelscore.scores","memberId":"m-norway"}');
    expect(verifyDocumentSignature(signed, forms.unsigned).publicKey).toEqual(signer.publicKey);
  });

  it('lets verifyDocumentSignature refuse a document whose signed bytes do not match', async () => {
    const signed = (await signDocument({ a: 1 }, signer)) as unknown as JsonObject;
    const other = signedForms({ ...signed, a: 2 });
    expect(() => verifyDocumentSignature(signed, other.unsigned)).toThrow(/does not match the document/);
  });
});
