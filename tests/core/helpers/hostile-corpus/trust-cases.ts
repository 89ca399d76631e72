/**
 * Hostile trust files (formats §4): unsigned, so every rule is all that stands between a tampered
 * file and a forged pin. Each must stop the merge as well as fail on import.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64UrlDecode, base64UrlEncode, fromHex, utf8Encode } from '../../../../core/encoding';
import { SMALL_ORDER_POINTS, clone, concat, fileOf, mark, notAPoint, withRaw } from './corpus-kit';
import type { Draft, HostileFile, ManifestEntry, Seed } from './corpus-kit';

/** The hostile trust files. */
export function trustCases(seed: Seed): HostileFile[] {
  const out: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array, code: string, message: string, attack: string, more: Partial<ManifestEntry> = {}): void => {
    out.push({ bytes, entry: { file: `trust/${name}.trust.json`, importer: 'trust', code, message, ...more, attack } });
  };
  const keyOf = (memberId: string): string => base64UrlEncode(ed25519.getPublicKey(seed.memberSecret(memberId)));
  const stranger = base64UrlEncode(ed25519.getPublicKey(seed.memberSecret('m-laos').map((b) => b ^ 0xa5)));
  const secretariat = base64UrlEncode(ed25519.getPublicKey(seed.secretariatSecret));
  /** The valid demo trust file with its members replaced. */
  const pins = (...members: [string, string][]): Uint8Array =>
    fileOf({ ...seed.trust, members: members.map(([memberId, publicKey]) => ({ memberId, publicKey })) });
  const changed = (change: (t: Draft) => void): Uint8Array => {
    const t: Draft = clone(seed.trust);
    change(t);
    return fileOf(t);
  };
  const raw = (change: (t: Draft) => void, ...raws: string[]): Uint8Array => {
    const t: Draft = clone(seed.trust);
    change(t);
    return withRaw(t, ...raws);
  };

  const rawBytes = (change: (t: Draft) => void, bytes: Uint8Array): Uint8Array => {
    const t: Draft = clone(seed.trust);
    change(t);
    return withRaw(t, bytes);
  };

  // ---- against the package ----
  add('member-not-on-panel', pins(['m-france', stranger]), 'trust', 'who is not on the panel', 'a pin for someone who is not on the panel');
  add('contradicts-package-pin', pins(['m-norway', stranger]), 'trust', 'but the package pins', 'a new key for m-norway, whose key the signed package pins');
  add('secretariat-key', pins(['m-laos', secretariat]), 'trust', "the secretariat's own key", 'm-laos pinned to the secretariat\'s key');
  add('key-of-other-member', pins(['m-laos', keyOf('m-norway')]), 'trust', 'which the package pins for "m-norway"', 'm-laos pinned to m-norway\'s key: one person, two seats');
  add('other-exercise', changed((t) => (t.exerciseId = 'ccm-isu-director')), 'trust', 'is for exercise "ccm-isu-director"', 'a trust file of another exercise');
  for (const i of [0, 1, 4]) {
    const { order, hex } = SMALL_ORDER_POINTS[i];
    add(`small-order-key-order-${order}`, pins(['m-laos', base64UrlEncode(fromHex(hex))]), 'trust', 'small-order',
      `m-laos pinned to a small-order key (order ${order}): a key that identifies nobody`);
  }
  add('key-not-on-curve', pins(['m-laos', base64UrlEncode(notAPoint())]), 'trust', 'not a point', 'm-laos pinned to 32 bytes that are no Ed25519 public key');

  // ---- the trust file's own rules ----
  add('member-twice', pins(['m-laos', stranger], ['m-laos', keyOf('m-laos')]), 'schema', 'a second time', 'm-laos pinned twice to two keys: readers keeping the last win');
  add('key-shared', pins(['m-laos', stranger], ['m-chile', stranger]), 'schema', 'one key cannot speak for two members', 'one key pinned for two members');
  add('format-version-2', changed((t) => (t.formatVersion = 2)), 'schema', 'must be 1', 'formatVersion 2');
  add('members-object', changed((t) => (t.members = { 'm-laos': keyOf('m-laos') })), 'schema', 'must be a list', 'members as an object');
  add('member-id-invalid', pins(['m laos', keyOf('m-laos')]), 'schema', 'must be an identifier', 'a memberId with a space');
  add('exercise-id-traversal', changed((t) => (t.exerciseId = '../isu-director-2026')), 'schema', 'must be an identifier', 'an exerciseId with a path in it');
  add('key-standard-base64', pins(['m-laos', keyOf('m-laos').replace(/-/g, '+').replace(/_/g, '/').replace(/^(.)/, '+')]), 'schema', 'standard base64', 'a key in standard base64');
  add('key-31-bytes', pins(['m-laos', base64UrlEncode(base64UrlDecode(keyOf('m-laos')).subarray(0, 31))]), 'schema', 'decodes to 31 bytes', 'a 31-byte key');
  add('key-number', changed((t) => (t.members[0].publicKey = 12345)), 'schema', 'must be text', 'a key that is a number');
  add('unknown-member-signature', changed((t) => (t.signature = { alg: 'Ed25519', publicKey: secretariat, value: 'AAAA' })), 'schema', 'unknown member "signature"',
    'a "signature" on a trust file, which is never signed: readers that trust it would be fooled');
  add('unknown-entry-member', changed((t) => (t.members[0].confirmedBy = 'phone')), 'schema', 'unknown member "confirmedBy"', 'an entry with a member §4 does not define');
  add('proto-member', raw((t) => (t[mark(0)] = { members: [] }), '"__proto__"'), 'schema', '__proto__', 'a __proto__ member carrying another member list');
  add('constructor-in-entry', changed((t) => (t.members[0].constructor = { prototype: { pinned: true } })), 'schema', 'constructor', 'constructor.prototype inside an entry');

  // ---- not a trust file, or not JSON ----
  add('format-misspelt', changed((t) => (t.format = 'panelscore.trusted')), 'format', 'not one of', 'a misspelt format',
    { mergeCode: 'schema', mergeMessage: 'must be "panelscore.trust"' });
  add('sheet-renamed', seed.demo.sheets[0].bytes, 'format', 'a score sheet, not a trust file', 'a score sheet given as the trust file',
    { mergeCode: 'schema', mergeMessage: 'must be "panelscore.trust"' });
  add('package-renamed', seed.demo.packageBytes, 'format', 'ZIP archive', 'the package given as the trust file',
    { mergeCode: 'json', mergeMessage: 'the trust file cannot be read' });
  add('bom', concat(new Uint8Array([0xef, 0xbb, 0xbf]), fileOf(seed.trust)), 'json', 'byte-order mark', 'a UTF-8 byte-order mark');
  add('invalid-utf8', rawBytes((t) => (t.members[0].memberId = mark(0)), concat(utf8Encode('"m-la'), new Uint8Array([0xf6]), utf8Encode('s"'))), 'json', 'not valid UTF-8', 'a memberId in Latin-1');
  add('duplicate-exercise-id', raw((t) => (t[mark(0)] = 'ccm-isu-director'), '"exerciseId"'), 'json', 'duplicate member name "exerciseId"', 'exerciseId twice');
  add('duplicate-members-escaped', raw((t) => (t[mark(0)] = []), '"m\\u0065mbers"'), 'json', 'duplicate member name "members"', 'members twice, the second escaped and empty');
  add('duplicate-public-key', raw((t) => (t.members[0][mark(0)] = stranger), '"publicKey"'), 'json', 'duplicate member name "publicKey"', 'an entry with two keys');
  add('lone-surrogate', raw((t) => (t.members[0].memberId = mark(0)), '"m-laos\\udc00"'), 'json', 'lone low-surrogate', 'a lone surrogate in a memberId');
  add('number-1e999', raw((t) => (t.formatVersion = mark(0)), '1e999'), 'json', 'too large to represent', 'formatVersion 1e999');
  add('nested-33-levels', raw((t) => (t[mark(0)] = mark(1)), '"x"', `${'['.repeat(32)}${']'.repeat(32)}`), 'json', 'nested more than 32 levels', 'nesting one level too deep');
  add('truncated', fileOf(seed.trust).slice(0, 60), 'json', 'not valid JSON', 'a trust file cut short');
  add('empty', new Uint8Array(0), 'json', 'the file is empty', 'an empty trust file');
  add('top-level-array', utf8Encode(`[${JSON.stringify(seed.trust)}]`), 'json', 'must be a JSON object', 'the trust file inside an array');
  return out;
}
