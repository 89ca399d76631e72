import { createPublicKey, verify as nodeVerify } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha512 as nobleSha512 } from '@noble/hashes/sha2.js';
import { hashString } from '../../core/canonical';
import { publicKeyOf, verifyStrict } from '../../core/crypto/ed25519';
import { fromHex } from '../../core/encoding';
import { nobleHashes, useHashImplementation } from '../../core/hash-provider';
import { installNativeHashes } from '../../cli/src/native-hashes';

const Point = ed25519.Point;
const L = Point.Fn.ORDER;
const ORDER_8_POINT = Point.fromBytes(fromHex('26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05'));

const le = (n: bigint) => Uint8Array.from({ length: 32 }, (_, i) => Number((n >> BigInt(8 * i)) & 255n));
const fromLe = (b: Uint8Array) => b.reduceRight((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

/**
 * Signatures that hold under the cofactored equation of formats §1.1 but not the cofactorless one
 * OpenSSL checks: R or A carries an order-8 component (canonical encodings, S < L, A not small order).
 */
function torsionSignatures(secret: Uint8Array, message: Uint8Array): { sig: Uint8Array; pub: Uint8Array }[] {
  const { scalar: a } = ed25519.utils.getExtendedPublicKey(secret);
  const r = (fromLe(nobleSha512(concat(secret, message))) % (L - 1n)) + 1n;
  const sign = (R: Uint8Array, pub: Uint8Array) => {
    const k = fromLe(nobleSha512(concat(R, pub, message))) % L;
    return concat(R, le((r + k * a) % L));
  };
  const cases = [];
  const A = Point.BASE.multiply(a).toBytes();
  cases.push({ sig: sign(Point.BASE.multiply(r).add(ORDER_8_POINT).toBytes(), A), pub: A });
  const mixedA = Point.BASE.multiply(a).add(ORDER_8_POINT).toBytes();
  const withMixedKey = sign(Point.BASE.multiply(r).toBytes(), mixedA);
  const k = fromLe(nobleSha512(concat(withMixedKey.subarray(0, 32), mixedA, message))) % L;
  if (k % 8n !== 0n) cases.push({ sig: withMixedKey, pub: mixedA }); // with 8 | k both equations hold
  return cases;
}

function openSslAccepts(sig: Uint8Array, message: Uint8Array, pub: Uint8Array): boolean {
  const key = createPublicKey({ key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), pub]), format: 'der', type: 'spki' });
  return nodeVerify(null, message, key, sig);
}

/** verifyStrict under @noble alone and under node:crypto. */
function bothWays(sig: Uint8Array, message: Uint8Array, pub: Uint8Array): [boolean, boolean] {
  useHashImplementation(nobleHashes);
  const pure = verifyStrict(sig, message, pub);
  installNativeHashes();
  return [pure, verifyStrict(sig, message, pub)];
}

describe('installNativeHashes', () => {
  afterAll(() => useHashImplementation(nobleHashes));

  it('hashes as @noble does', () => {
    installNativeHashes();
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        const native = hashString(bytes);
        useHashImplementation(nobleHashes);
        expect(native).toBe(hashString(bytes));
        installNativeHashes();
      }),
      { numRuns: 200 },
    );
  });

  it('verifies exactly as @noble does, for valid and damaged signatures', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 300 }), fc.nat(), fc.nat(), (secret, message, at, bit) => {
        const pub = publicKeyOf(secret);
        const sig = ed25519.sign(message, secret);
        const [pure, native] = bothWays(sig, message, pub);
        expect(pure).toBe(true);
        expect(native).toBe(true);
        const damaged = concat(sig, message, pub);
        damaged[at % damaged.length] ^= 1 << (bit % 8);
        const [d, m, p] = [damaged.subarray(0, 64), damaged.subarray(64, 64 + message.length), damaged.subarray(64 + message.length)];
        const [pureDamaged, nativeDamaged] = bothWays(d, m, p);
        expect(nativeDamaged).toBe(pureDamaged);
      }),
      { numRuns: 150 },
    );
  });

  it('accepts, as formats §1.1 requires, signatures with a torsion component that OpenSSL alone refuses', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 64 }), (secret, message) => {
        for (const { sig, pub } of torsionSignatures(secret, message)) {
          expect(openSslAccepts(sig, message, pub)).toBe(false);
          expect(bothWays(sig, message, pub)).toEqual([true, true]);
        }
      }),
      { numRuns: 40 },
    );
  });
});
