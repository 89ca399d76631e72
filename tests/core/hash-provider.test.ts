import { afterEach, describe, expect, it } from 'vitest';
import { sha256 as nobleSha256, sha512 as nobleSha512 } from '@noble/hashes/sha2.js';
import { documentHash, hashString } from '../../core/canonical';
import { memorySigner, verifyStrict } from '../../core/crypto/ed25519';
import { fromHex, toHex, utf8Encode } from '../../core/encoding';
import { type HashImplementation, nobleHashes, sha512, useHashImplementation } from '../../core/hash-provider';

const ABC_SHA256 = 'sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const signer = memorySigner(fromHex('9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60'));

/** @noble's hashes, counting the calls, with an optional Ed25519 verifier. */
function counting(ed25519Verify?: HashImplementation['ed25519Verify']): HashImplementation & { calls: number } {
  const impl = {
    calls: 0,
    sha256: (b: Uint8Array) => (impl.calls++, nobleSha256(b)),
    sha512: (b: Uint8Array) => (impl.calls++, nobleSha512(b)),
    ...(ed25519Verify === undefined ? {} : { ed25519Verify }),
  };
  return impl;
}

describe('useHashImplementation', () => {
  afterEach(() => useHashImplementation(nobleHashes));

  it('makes core hash with the installed implementation', () => {
    const impl = counting();
    useHashImplementation(impl);
    const before = impl.calls;
    expect(hashString(utf8Encode('abc'))).toBe(ABC_SHA256);
    documentHash({ a: 1 });
    expect(toHex(sha512(new Uint8Array()))).toBe(toHex(nobleSha512(new Uint8Array())));
    expect(impl.calls - before).toBe(3);
  });

  it.each([
    ['a SHA-256 that is another hash', { sha256: (b: Uint8Array) => nobleSha512(b).subarray(0, 32), sha512: nobleSha512 }],
    ['a SHA-512 that is another hash', { sha256: nobleSha256, sha512: (b: Uint8Array) => nobleSha256(b) }],
    ['an Ed25519 verifier that accepts anything', { ...nobleHashes, ed25519Verify: () => true }],
    ['an Ed25519 verifier that refuses everything', { ...nobleHashes, ed25519Verify: () => false }],
  ])('refuses %s and keeps the implementation it had', (_name, impl) => {
    expect(() => useHashImplementation(impl)).toThrow(/was not installed/);
    expect(hashString(utf8Encode('abc'))).toBe(ABC_SHA256);
  });

  it('takes only "valid" from a native verifier: @noble still decides what it calls invalid', async () => {
    // Passes the install probe, then refuses every other signature (as a cofactorless check may).
    useHashImplementation({ ...nobleHashes, ed25519Verify: (_s, m) => m.length === 1 && m[0] === 0x72 });
    const message = utf8Encode('{"format":"panelscore.scores"}');
    expect(verifyStrict(await signer.sign(message), message, signer.publicKey)).toBe(true);
  });

  it('never lets a native "valid" skip the strict checks (small-order key, S >= L, non-canonical R)', async () => {
    const message = utf8Encode('x');
    const sig = await signer.sign(message);
    useHashImplementation({ ...nobleHashes, ed25519Verify: (_s, m) => !(m.length === 1 && m[0] === 0x73) });
    const identity = fromHex('0100000000000000000000000000000000000000000000000000000000000000');
    const sPlusL = Uint8Array.from(sig);
    sPlusL.set(fromHex('edd3f55c1a631258d69cf7a2def9de1400000000000000000000000000000010'), 32); // S := L
    const nonCanonicalR = Uint8Array.from(sig);
    nonCanonicalR.set(fromHex('0100000000000000000000000000000000000000000000000000000000000080'), 0);
    expect(verifyStrict(sig, message, identity)).toBe(false);
    expect(verifyStrict(sPlusL, message, signer.publicKey)).toBe(false);
    expect(verifyStrict(nonCanonicalR, message, signer.publicKey)).toBe(false);
    expect(verifyStrict(sig, message, signer.publicKey)).toBe(true);
  });

  it('treats a native verifier that throws as a "no" and lets @noble decide', async () => {
    useHashImplementation({
      ...nobleHashes,
      ed25519Verify: (_s, m) => {
        if (m.length === 1) return m[0] === 0x72;
        throw new Error('native failure');
      },
    });
    const message = utf8Encode('hello');
    expect(verifyStrict(await signer.sign(message), message, signer.publicKey)).toBe(true);
  });
});
