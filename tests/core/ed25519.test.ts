import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import {
  fingerprint,
  generateSecretKey,
  isSmallOrderKey,
  memorySigner,
  publicKeyOf,
  verifyStrict,
} from '../../core/crypto/ed25519';
import { base64UrlEncode, fromHex, toHex, utf8Encode } from '../../core/encoding';
import { FormatError } from '../../core/errors';

interface Rfc8032Vector {
  name: string;
  secretKey: string;
  publicKey: string;
  message: string;
  signature: string;
}
const { rfc8032_ed25519: rfc8032 } = JSON.parse(readFileSync('/work/shared/spec/vectors.json', 'utf8')) as {
  rfc8032_ed25519: Rfc8032Vector[];
};

const L = 2n ** 252n + 27742317777372353535851937790883648493n;
const P = 2n ** 255n - 19n;

function le32(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number((n >> BigInt(8 * i)) & 255n);
  return out;
}
function fromLe(b: Uint8Array): bigint {
  return b.reduceRight((acc, byte) => (acc << 8n) | BigInt(byte), 0n);
}
function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** Signs with a chosen R encoding whose point is the identity: S = k·a, valid since [S]B = [k]A. */
function signWithIdentityR(rBytes: Uint8Array, msg: Uint8Array, secret: Uint8Array): Uint8Array {
  const { scalar, pointBytes } = ed25519.utils.getExtendedPublicKey(secret);
  const k = fromLe(sha512(concat(rBytes, pointBytes, msg))) % L;
  return concat(rBytes, le32((k * scalar) % L));
}

// The eight points of order dividing 8 (the torsion subgroup), canonically encoded.
const SMALL_ORDER_POINTS = [
  '0100000000000000000000000000000000000000000000000000000000000000', // identity
  'ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f', // order 2
  '0000000000000000000000000000000000000000000000000000000000000000', // order 4
  '0000000000000000000000000000000000000000000000000000000000000080', // order 4
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05', // order 8
  '26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc85', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a', // order 8
  'c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac03fa', // order 8
];
const IDENTITY = fromHex(SMALL_ORDER_POINTS[0]);
const ZERO_S = new Uint8Array(32);

const secret = fromHex(rfc8032[0].secretKey);
const signer = memorySigner(secret);
const message = utf8Encode('{"format":"panelscore.scores"}');

describe('RFC 8032 section 7.1 test vectors', () => {
  it.each(rfc8032)('$name: derives the public key, signs deterministically and verifies', async (v) => {
    expect(toHex(publicKeyOf(fromHex(v.secretKey)))).toBe(v.publicKey);
    const sig = await memorySigner(fromHex(v.secretKey)).sign(fromHex(v.message));
    expect(toHex(sig)).toBe(v.signature);
    expect(verifyStrict(fromHex(v.signature), fromHex(v.message), fromHex(v.publicKey))).toBe(true);
  });
});

describe('verifyStrict', () => {
  it('accepts signatures from memorySigner over arbitrary messages', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (msg) => {
        expect(verifyStrict(await signer.sign(msg), msg, signer.publicKey)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('refuses a signature when any single byte of the message, signature or key changes', async () => {
    const sig = await signer.sign(message);
    fc.assert(
      fc.property(
        fc.constantFrom('message', 'signature', 'key'),
        fc.nat(),
        fc.integer({ min: 1, max: 255 }),
        (part, at, delta) => {
          const m = Uint8Array.from(message);
          const s = Uint8Array.from(sig);
          const k = Uint8Array.from(signer.publicKey);
          const target = part === 'message' ? m : part === 'signature' ? s : k;
          target[at % target.length] ^= delta;
          expect(verifyStrict(s, m, k)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses wrong lengths of signature and key', async () => {
    const sig = await signer.sign(message);
    expect(verifyStrict(sig.subarray(0, 63), message, signer.publicKey)).toBe(false);
    expect(verifyStrict(concat(sig, Uint8Array.of(0)), message, signer.publicKey)).toBe(false);
    expect(verifyStrict(sig, message, signer.publicKey.subarray(0, 31))).toBe(false);
    expect(verifyStrict(sig, message, concat(signer.publicKey, Uint8Array.of(0)))).toBe(false);
  });

  it('never throws, whatever bytes it is given', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 60, maxLength: 68 }),
        fc.uint8Array({ maxLength: 40 }),
        fc.uint8Array({ minLength: 30, maxLength: 34 }),
        (s, m, k) => {
          expect(verifyStrict(s, m, k)).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuses S >= L: a valid signature with L added to S', async () => {
    const sig = await signer.sign(message);
    const s = fromLe(sig.subarray(32));
    expect(verifyStrict(sig, message, signer.publicKey)).toBe(true);
    expect(verifyStrict(concat(sig.subarray(0, 32), le32(s + L)), message, signer.publicKey)).toBe(false);
    expect(verifyStrict(concat(sig.subarray(0, 32), le32(L)), message, signer.publicKey)).toBe(false);
  });

  it.each(SMALL_ORDER_POINTS)(
    'refuses small-order key %s even with a signature lax verification accepts',
    (hex) => {
      const key = fromHex(hex);
      const forged = concat(IDENTITY, ZERO_S); // R = identity, S = 0 "signs" anything under a small-order key
      expect(ed25519.verify(forged, message, key, { zip215: true })).toBe(true);
      expect(verifyStrict(forged, message, key)).toBe(false);
    },
  );

  it('accepts a signature whose R is the identity in its canonical encoding', () => {
    // Control for the next test: R = identity is legal when canonically encoded.
    expect(verifyStrict(signWithIdentityR(IDENTITY, message, secret), message, signer.publicKey)).toBe(true);
  });

  it.each([
    [
      'the identity with the sign bit set',
      '0100000000000000000000000000000000000000000000000000000000000080',
    ],
    ['the identity with y = p + 1', toHex(le32(P + 1n))],
    ['the identity with y = p + 1 and the sign bit set', toHex(le32(P + 1n + 2n ** 255n))],
  ])('refuses a non-canonical R encoding (%s) that lax verification accepts', (_name, rHex) => {
    const sig = signWithIdentityR(fromHex(rHex), message, secret);
    expect(ed25519.verify(sig, message, signer.publicKey, { zip215: true })).toBe(true);
    expect(verifyStrict(sig, message, signer.publicKey)).toBe(false);
  });

  it('refuses a public key in a non-canonical encoding (y >= p) of a large-order point', async () => {
    // Points with y < 19 have a second encoding y + p < 2^255; find one that is not of small order.
    let nonCanonical: Uint8Array | null = null;
    for (let y = 2n; y < 19n && nonCanonical === null; y++) {
      try {
        const point = ed25519.Point.fromBytes(le32(y));
        if (!point.isSmallOrder()) nonCanonical = le32(y + P);
      } catch {
        // y is not the y-coordinate of a curve point
      }
    }
    expect(nonCanonical).not.toBeNull();
    const key = nonCanonical!;
    expect(() => ed25519.Point.fromBytes(key, true)).not.toThrow();
    expect(verifyStrict(await signer.sign(message), message, key)).toBe(false);
  });
});

describe('isSmallOrderKey', () => {
  it('recognises the eight points of the torsion subgroup, all distinct', () => {
    const points = SMALL_ORDER_POINTS.map((h) => ed25519.Point.fromBytes(fromHex(h)));
    for (let i = 0; i < points.length; i++)
      for (let j = 0; j < i; j++) expect(points[i].equals(points[j])).toBe(false);
    for (const hex of SMALL_ORDER_POINTS) expect(isSmallOrderKey(fromHex(hex))).toBe(true);
  });

  it('recognises a non-canonical encoding of the identity', () => {
    expect(isSmallOrderKey(le32(P + 1n))).toBe(true);
  });

  it('is false for real keys, undecodable bytes and wrong lengths', () => {
    for (const v of rfc8032) expect(isSmallOrderKey(fromHex(v.publicKey))).toBe(false);
    expect(isSmallOrderKey(le32(2n))).toBe(false); // y = 2 is not on the curve
    expect(isSmallOrderKey(IDENTITY.subarray(0, 31))).toBe(false);
  });
});

describe('fingerprint', () => {
  it('is the first 8 bytes of SHA-256 of the key, as four space-separated groups of lowercase hex', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (key) => {
        const hex = createHash('sha256').update(key).digest('hex').slice(0, 16);
        const fp = fingerprint(key);
        expect(fp).toMatch(/^[0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4} [0-9a-f]{4}$/);
        expect(fp.replaceAll(' ', '')).toBe(hex);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same fingerprint for a key as bytes and as base64url', () => {
    expect(fingerprint(base64UrlEncode(signer.publicKey))).toBe(fingerprint(signer.publicKey));
  });

  it('refuses a key string that is not canonical base64url', () => {
    expect(() => fingerprint(`${base64UrlEncode(signer.publicKey)}=`)).toThrow(FormatError);
  });
});

describe('generateSecretKey / memorySigner', () => {
  it('makes fresh 32-byte keys that sign verifiably', async () => {
    const a = generateSecretKey();
    const b = generateSecretKey();
    expect(a).toHaveLength(32);
    expect(toHex(a)).not.toBe(toHex(b));
    const s = memorySigner(a);
    expect(s.publicKey).toEqual(publicKeyOf(a));
    expect(verifyStrict(await s.sign(message), message, s.publicKey)).toBe(true);
  });

  it('keeps its own copy of the secret key', async () => {
    const key = generateSecretKey();
    const s = memorySigner(key);
    key.fill(0);
    expect(verifyStrict(await s.sign(message), message, s.publicKey)).toBe(true);
  });
});
