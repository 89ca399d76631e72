/**
 * Hostile score sheets, signature and key level: tampering, forgeries under all 8 small-order keys
 * and their non-canonical encodings, malleable S and R, the wrong key for a member, and revision
 * and key conflicts that only the merge, seeing every sheet, can refuse.
 */
import { base64UrlDecode, base64UrlEncode } from '../../../../core/encoding';
import {
  NON_CANONICAL_SMALL_ORDER,
  SMALL_ORDER_POINTS,
  clone,
  concat,
  fileOf,
  forgeSmallOrder,
  notAPoint,
  signAs,
  signWithNonCanonicalR,
  withLargeS,
} from './corpus-kit';
import type { Draft, HostileFile, ManifestEntry, Seed } from './corpus-kit';
import { sheetEntry } from './sheet-json-cases';

const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A 43-character base64url key with the lowest unused bit of its last character set: the same bytes, spelt differently. */
function withTrailingBit(key: string): string {
  return key.slice(0, 42) + BASE64URL[BASE64URL.indexOf(key[42]) | 1];
}

/** The signature and key level hostile sheets. */
export async function sheetKeyCases(seed: Seed): Promise<HostileFile[]> {
  const out: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array, code: string, message: string, attack: string, more: Partial<ManifestEntry> = {}): void => {
    out.push({ bytes, entry: sheetEntry(name, code, message, attack, more) });
  };
  const norway = seed.sheets.get('m-norway.r1.scores.json')!;
  const laos = seed.sheets.get('m-laos.r1.scores.json')!;
  const kenya2 = seed.sheets.get('m-kenya.r2.scores.json')!;
  const stranger = seed.memberSecret('m-laos').map((b) => b ^ 0xa5);
  const MISMATCH = 'the signature does not match the document';

  // ---- tampering and broken signatures ----
  const tampered: Draft = clone(norway);
  tampered.candidates[0].ratings[0].score = 5;
  add('tampered-score', fileOf(tampered), 'signature', MISMATCH, 'a score raised after the member signed');
  add('tampered-member-id', fileOf({ ...norway, memberId: 'm-chile' }), 'signature', MISMATCH, 'm-norway\'s signed sheet relabelled as m-chile\'s');
  add('signature-copied', fileOf({ ...laos, signature: norway.signature }), 'signature', MISMATCH, 'another sheet\'s signature pasted onto this one');
  const zeroed: Draft = clone(laos);
  zeroed.signature.value = base64UrlEncode(new Uint8Array(64));
  add('signature-zeroes', fileOf(zeroed), 'signature', MISMATCH, 'a signature value of 64 zero bytes');
  const { signature: _, ...unsigned } = laos;
  add('unsigned', fileOf(unsigned), 'schema', 'signature is missing', 'a sheet with no signature');
  const sig = (change: (s: Draft) => void): Uint8Array => {
    const doc: Draft = clone(laos);
    change(doc.signature);
    return fileOf(doc);
  };
  add('signature-string', fileOf({ ...laos, signature: 'trust me' }), 'schema', 'signature is "trust me" but must be an object', 'a signature that is text');
  add('signature-alg-eddsa', sig((s) => (s.alg = 'EdDSA')), 'schema', 'must be "Ed25519"', 'alg "EdDSA"');
  add('signature-alg-lowercase', sig((s) => (s.alg = 'ed25519')), 'schema', 'must be "Ed25519"', 'alg in lower case');
  add('signature-alg-none', sig((s) => (s.alg = 'none')), 'schema', 'must be "Ed25519"', 'alg "none"');
  add('signature-extra-member', sig((s) => (s.kid = 'm-norway')), 'schema', 'unknown member "kid"', 'a key id beside the key, for readers that trust it');
  add('signature-key-padded', sig((s) => (s.publicKey = `${s.publicKey}=`)), 'schema', 'padding', 'a public key with base64 padding');
  add('signature-key-31-bytes', sig((s) => (s.publicKey = base64UrlEncode(base64UrlDecode(s.publicKey).subarray(0, 31)))), 'schema', 'decodes to 31 bytes', 'a 31-byte public key');
  add('signature-value-65-bytes', sig((s) => (s.value = base64UrlEncode(concat(base64UrlDecode(s.value), new Uint8Array(1))))), 'schema', 'decodes to 65 bytes', 'a 65-byte signature value');
  add('signature-key-trailing-bits', sig((s) => (s.publicKey = withTrailingBit(s.publicKey))),
    'schema', 'canonical', 'a public key whose last character carries non-zero unused bits (two spellings of one key)');

  // ---- forgeries that lax verification accepts ----
  // m-laos is not pinned: any key that verifies would be accepted as that member's, until confirmed.
  const laosUnsigned = (() => {
    const { signature: _s, ...rest } = laos;
    return rest;
  })();
  for (const [i, { order, hex }] of SMALL_ORDER_POINTS.entries()) {
    add(`small-order-key-${i}-order-${order}`, fileOf(forgeSmallOrder(laosUnsigned, hex)), 'signature', 'small-order',
      `m-laos's sheet "signed" under small-order key ${hex.slice(0, 8)}… (order ${order}), R = identity, S = 0: lax verification accepts it for any content`);
  }
  for (const [i, { what, hex }] of NON_CANONICAL_SMALL_ORDER.entries()) {
    add(`small-order-key-non-canonical-${i}`, fileOf(forgeSmallOrder(laosUnsigned, hex)), 'signature', 'small-order',
      `a forgery under ${what}, a non-canonical key encoding that ZIP-215 decodes`);
  }
  add('signature-s-plus-l', fileOf(withLargeS(laos, 1n)), 'signature', MISMATCH, 'm-laos\'s genuine signature with S + L: verifiers that reduce S mod L accept it (a second valid-looking signature)');
  add('signature-s-plus-8l', fileOf(withLargeS(laos, 8n)), 'signature', MISMATCH, 'S + 8L, which sets the top bit of S');
  add('signature-non-canonical-r', fileOf(signWithNonCanonicalR(laosUnsigned, seed.memberSecret('m-laos'))), 'signature', MISMATCH,
    'signed with m-laos\'s real key, R written non-canonically (y = p + 1); ZIP-215 accepts it');
  const offCurve: Draft = clone(laos);
  offCurve.signature.publicKey = base64UrlEncode(notAPoint());
  add('signature-key-not-on-curve', fileOf(offCurve), 'signature', MISMATCH, 'a public key that decodes to no curve point');

  // ---- the right signature, the wrong key for the member: only the merge knows the pins ----
  add('pinned-member-signed-by-stranger', fileOf(await signAs(norway, stranger)), 'merge', 'which is not the key pinned for m-norway',
    'm-norway\'s sheet re-signed by a key nobody pinned');
  add('pinned-member-signed-by-colleague', fileOf(await signAs(norway, seed.memberSecret('m-kenya'))), 'merge', 'which is not the key pinned for m-norway',
    'm-norway\'s sheet signed by m-kenya, who speaks for two seats');
  add('unpinned-member-signed-by-secretariat', fileOf(await signAs(laos, seed.secretariatSecret)), 'merge', "signed by the secretariat's key",
    'm-laos\'s sheet signed by the secretariat, which must not score');
  add('unpinned-member-signed-by-pinned-key', fileOf(await signAs(laos, seed.memberSecret('m-norway'))), 'merge', 'which is pinned for m-norway, not for m-laos',
    'm-laos\'s sheet signed by the key pinned for m-norway');
  add('unpinned-member-second-key', fileOf(await signAs({ ...laos, revision: 2 }, stranger)), 'merge', 'signed by 2 different keys',
    'a revision 2 of unpinned m-laos signed by another key than revision 1: which is the member?', { mergeWith: ['m-laos.r1.scores.json'] });

  // ---- revision conflicts ----
  const conflicting: Draft = clone(kenya2);
  conflicting.candidates[0].ratings[0].score = 1;
  add('revision-conflict-kenya-r2', fileOf(await signAs(conflicting, seed.memberSecret('m-kenya'))), 'merge', 'conflicts with another revision 2',
    'a second, different revision 2 of m-kenya beside the real one', { mergeWith: ['m-kenya.r1.scores.json', 'm-kenya.r2.scores.json'] });
  const norwayAgain: Draft = clone(norway);
  norwayAgain.issuedAt = '2026-05-19T18:06:00Z';
  add('revision-conflict-norway-r1', fileOf(await signAs(norwayAgain, seed.memberSecret('m-norway'))), 'merge', 'conflicts with another revision 1',
    'a revision 1 of m-norway that differs from the real one only in issuedAt', { mergeWith: ['m-norway.r1.scores.json'] });
  return out;
}
