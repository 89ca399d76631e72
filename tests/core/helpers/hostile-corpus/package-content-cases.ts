/**
 * Hostile packages, content level: exercise.json broken as JSON, against the schema or its
 * signature (most re-signed with the DEMO ONLY secretariat key so only the attack is wrong), and
 * documents that do not match what the signed exercise lists.
 */
import { utf8Decode, utf8Encode } from '../../../../core/encoding';
import { readZipEntries } from '../../../../core/package/zip-reader';
import { writeZip } from '../../../../core/package/zip-writer';
import { craftZip } from '../zip-craft';
import {
  SMALL_ORDER_POINTS,
  clone,
  concat,
  edit,
  fileOf,
  forgeSmallOrder,
  signAs,
  signWithNonCanonicalR,
  withLargeS,
} from './corpus-kit';
import type { Draft, HostileFile, ManifestEntry, Seed } from './corpus-kit';
import { base64UrlEncode, fromHex } from '../../../../core/encoding';

const CV1 = 'documents/cand-01/cv.pdf';

/** A package of `exerciseBytes` and the demo documents, changed by `documents` (undefined drops one). */
function pack(seed: Seed, exerciseBytes: Uint8Array, documents: Record<string, Uint8Array | undefined> = {}): Uint8Array {
  const entries = new Map(readZipEntries(seed.demo.packageBytes));
  entries.set('exercise.json', exerciseBytes);
  for (const [name, content] of Object.entries(documents)) {
    if (content === undefined) entries.delete(name);
    else entries.set(name, content);
  }
  return writeZip([...entries].map(([name, content]) => ({ name, content })));
}

/** The demo exercise (unsigned copy) changed by `change`. */
function changed(seed: Seed, change: (ex: Draft) => unknown): Draft {
  const ex: Draft = clone(seed.exercise);
  delete ex.signature;
  change(ex);
  return ex;
}

/** The content-level hostile packages. */
export async function packageContentCases(seed: Seed): Promise<HostileFile[]> {
  const out: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array, code: string, message: string, attack: string): void => {
    const entry: ManifestEntry = { file: `package/${name}.panelpkg`, importer: 'package', code, message, attack };
    out.push({ bytes, entry });
  };
  const secretariat = seed.secretariatSecret;
  /** The demo exercise changed by `change` and signed again by the secretariat, packed with the demo documents. */
  const resigned = async (change: (ex: Draft) => unknown): Promise<Uint8Array> =>
    pack(seed, fileOf(await signAs(changed(seed, change), secretariat)));
  const signedText = utf8Decode(fileOf(seed.exercise));
  /** The signed demo exercise.json after one exact text edit, packed. */
  const edited = (from: string, to: string): Uint8Array => pack(seed, utf8Encode(edit(signedText, from, to)));
  const FORMAT_LINE = '"format": "panelscore.exercise",';
  const TITLE_LINE = `"title": ${JSON.stringify(seed.demo.exercise.title)},`;

  // ---- signature ----
  add('exercise-tampered-after-signing', edited(TITLE_LINE, '"title": "Director, Implementation Support Unit",'),
    'signature', 'the signature does not match the document', 'the title changed after the secretariat signed');
  add('exercise-signed-by-intruder', pack(seed, fileOf(await signAs(changed(seed, () => {}), seed.memberSecret('m-norway')))),
    'schema', "not by the secretariat's key", 'an exercise re-signed by a panel member\'s key while naming the real secretariat');
  for (const { order, hex } of SMALL_ORDER_POINTS.filter((_, i) => i === 0 || i === 1 || i === 4)) {
    const forged = forgeSmallOrder(changed(seed, (ex) => (ex.secretariat.publicKey = base64UrlEncode(fromHex(hex)))), hex);
    add(`exercise-small-order-key-order-${order}`, pack(seed, fileOf(forged)), 'signature', 'small-order',
      `a secretariat key of order ${order} with a forged signature (R = identity, S = 0) that lax verification accepts`);
  }
  add('exercise-signature-s-plus-l', pack(seed, fileOf(withLargeS(seed.exercise, 1n))), 'signature', 'does not match',
    'the genuine signature with S + L: verifiers that reduce S mod L accept it (malleability)');
  add('exercise-signature-non-canonical-r', pack(seed, fileOf(signWithNonCanonicalR(changed(seed, () => {}), secretariat))), 'signature', 'does not match',
    'signed by the real secretariat key with R written non-canonically (y = p + 1), which ZIP-215 accepts');
  add('exercise-unsigned', pack(seed, fileOf(changed(seed, () => {}))), 'schema', 'signature is missing', 'an exercise with no signature at all');
  add('exercise-signature-alg-none', pack(seed, fileOf({ ...seed.exercise, signature: { ...(seed.exercise.signature as object), alg: 'none' } })),
    'schema', 'signature.alg', 'the signature algorithm set to "none"');

  // ---- strict JSON ----
  add('exercise-bom', pack(seed, concat(new Uint8Array([0xef, 0xbb, 0xbf]), fileOf(seed.exercise))), 'json', 'byte-order mark', 'exercise.json with a UTF-8 byte-order mark');
  add('exercise-utf16', pack(seed, concat(new Uint8Array([0xff, 0xfe]), new Uint8Array(new Uint16Array([...signedText].map((c) => c.charCodeAt(0))).buffer))),
    'json', 'not valid UTF-8', 'exercise.json saved as UTF-16');
  add('exercise-overlong-utf8', pack(seed, concat(utf8Encode('{"format": "panelscore.exercise", "title": "'), new Uint8Array([0xc0, 0xa2]), utf8Encode('"}'))),
    'json', 'not valid UTF-8', 'an overlong encoding of a quote (C0 A2) that lax decoders turn into "');
  add('exercise-lone-surrogate', edited(TITLE_LINE, '"title": "Director \\ud800",'), 'json', 'surrogate', 'a lone surrogate escape in the title');
  add('exercise-duplicate-key', edited(FORMAT_LINE, `${FORMAT_LINE}\n  "exerciseId": "another-exercise",`), 'json', 'duplicate member name "exerciseId"',
    'exerciseId twice: parsers that keep the last one see another exercise');
  add('exercise-duplicate-key-escaped', edited(FORMAT_LINE, `${FORMAT_LINE}\n  "\\u0074itle": "Another title",`), 'json', 'duplicate member name "title"',
    'title twice, once written with a \\u escape');
  add('exercise-nested-40-deep', edited('"id": "cand-01",', `"id": "cand-01", "x": ${'['.repeat(40)}${']'.repeat(40)},`), 'json', 'nested more than 32 levels',
    'arrays nested 40 deep inside a candidate');
  add('exercise-weight-1e999', edited('"weight": 3', '"weight": 1e999'), 'json', 'too large to represent', 'a criterion weight of 1e999 (Infinity)');
  add('exercise-min-minus-1e999', edited('"min": 1,', '"min": -1e999,'), 'json', 'too large to represent', 'a scale minimum of -1e999');
  add('exercise-empty', pack(seed, new Uint8Array(0)), 'json', 'the file is empty', 'an empty exercise.json');
  add('exercise-top-level-array', pack(seed, utf8Encode(`[${signedText}]`)), 'json', 'must be a JSON object', 'the exercise wrapped in an array');

  // ---- prototype keys and unknown members ----
  add('exercise-proto-member', edited(FORMAT_LINE, `${FORMAT_LINE}\n  "__proto__": { "isAdmin": true },`), 'schema', '__proto__',
    'a top-level __proto__ member (prototype pollution in naive readers)');
  add('exercise-constructor-member', edited('"secretariat": {', '"secretariat": { "constructor": { "prototype": { "isAdmin": true } },'), 'schema', 'constructor',
    'a constructor.prototype member inside the secretariat');
  add('exercise-proto-label', edited('"labels": {', '"labels": { "__proto__": "polluted",'), 'schema', '__proto__',
    'a scale label keyed __proto__');
  add('exercise-proto-field', edited('"id": "cand-01",', '"id": "cand-01", "prototype": { "polluted": true },'), 'schema', 'prototype',
    'a candidate member named prototype');
  add('exercise-unknown-member', await resigned((ex) => (ex.autoImport = true)), 'schema', 'autoImport', 'a signed exercise with a member formats §2.1 does not define');

  // ---- schema and rules, re-signed so that only the rule is broken ----
  const rule = async (name: string, change: (ex: Draft) => unknown, message: string, attack: string): Promise<void> =>
    add(name, await resigned(change), 'schema', message, attack);
  await rule('exercise-format-version-2', (ex) => (ex.formatVersion = 2), 'must be 1', 'formatVersion 2');
  await rule('exercise-is-a-sheet', (ex) => (ex.format = 'panelscore.scores'), 'must be "panelscore.exercise"', 'an exercise.json whose format says score sheet');
  await rule('exercise-id-traversal', (ex) => (ex.exerciseId = '../isu-director-2026'), 'must be an identifier', 'an exerciseId with a path in it (used in file names)');
  await rule('exercise-id-65-chars', (ex) => (ex.exerciseId = `x${'y'.repeat(64)}`), 'must be an identifier', 'an exerciseId of 65 characters');
  await rule('exercise-issued-feb-30', (ex) => (ex.issuedAt = '2026-02-30T09:00:00Z'), 'must be a real UTC date', 'issuedAt on 30 February');
  await rule('exercise-issued-leap-second', (ex) => (ex.issuedAt = '2016-12-31T23:59:60Z'), 'must be a real UTC date', 'issuedAt on a leap second');
  await rule('exercise-issued-offset', (ex) => (ex.issuedAt = '2026-05-04T09:00:00+02:00'), 'must be a real UTC date', 'issuedAt with a time-zone offset');
  await rule('exercise-weight-zero', (ex) => (ex.criteria[0].weight = 0), 'must be a number greater than 0', 'a criterion of weight 0 (division by zero in totals)');
  await rule('exercise-weight-string', (ex) => (ex.criteria[0].weight = '2'), 'must be a number', 'a weight written as text');
  await rule('exercise-scale-step-zero', (ex) => (ex.scale.step = 0), 'scale.step is 0', 'a scale step of 0 (an endless scale)');
  await rule('exercise-scale-1000-steps', (ex) => (ex.scale = { min: 0, max: 1000, step: 1 }), 'steps from min to max', 'a scale of 1000 steps');
  await rule('exercise-labels-same-point', (ex) => (ex.scale.labels['1.0'] = 'Again'), 'for the same scale point', 'labels "1" and "1.0" for the same point');
  await rule('exercise-two-chairs', (ex) => (ex.panel[1].role = 'chair'), 'second chair', 'two chairs');
  await rule('exercise-duplicate-candidate', (ex) => (ex.candidates[1].id = 'cand-01'), 'ids must be unique', 'two candidates with the same id');
  await rule('exercise-no-candidates', (ex) => (ex.candidates = []), 'must have at least 1', 'no candidates');
  await rule('exercise-101-criteria', (ex) => (ex.criteria = Array.from({ length: 101 }, (_, i) => ({ ...(ex.criteria[0] as object), id: `k-${i}` }))), 'must have at most 100', '101 criteria');
  await rule('exercise-title-20001-chars', (ex) => (ex.title = '\u{1F600}'.repeat(20_001)), 'at most 20,000 characters', 'a title of 20,001 code points (emoji: 40,002 UTF-16 units)');
  await rule('exercise-member-has-secretariat-key', (ex) => (ex.panel[1].publicKey = ex.secretariat.publicKey), "the secretariat's own key", 'a member pinned to the secretariat\'s key');
  await rule('exercise-members-share-key', (ex) => (ex.panel[1].publicKey = ex.panel[0].publicKey), 'the same key as', 'two members pinned to one key');
  await rule('exercise-key-standard-base64', (ex) => {
    const key = ex.panel[0].publicKey as string;
    ex.panel[0].publicKey = `${key.slice(0, 40)}+/${key.slice(42)}`;
  }, 'standard base64', 'a pinned key in standard base64 (+ and /)');
  await rule('exercise-member-small-order-key', (ex) => (ex.panel[3].publicKey = base64UrlEncode(fromHex(SMALL_ORDER_POINTS[0].hex))), 'small-order',
    'the unpinned member pinned to the identity point, a key that "verifies" anything under lax rules');
  await rule('exercise-document-path-traversal', (ex) => (ex.candidates[0].documents[0].path = '../../.ssh/authorized_keys'), 'must be a relative path inside the package',
    'a signed document path that climbs out of the extraction folder');
  await rule('exercise-document-path-twice', (ex) => (ex.candidates[1].documents[0].path = CV1), 'is also the path of', 'two candidates listing the same document path');
  await rule('exercise-document-size-2-53', (ex) => (ex.candidates[0].documents[0].size = 2 ** 53), 'must be a whole number', 'a document size of 2^53 (not a safe integer)');

  // ---- documents against the signed list ----
  const cv = seed.demo.documents.get(CV1)!;
  const flipped = cv.slice();
  flipped[cv.length >> 1] ^= 0x01;
  add('document-tampered', pack(seed, fileOf(seed.exercise), { [CV1]: flipped }), 'hash', 'does not match the hash in the signed exercise', 'one bit of a CV changed after signing');
  add('document-truncated', pack(seed, fileOf(seed.exercise), { [CV1]: cv.slice(0, cv.length - 100) }), 'hash', 'but the signed exercise says', 'a CV cut short');
  add('document-missing', pack(seed, fileOf(seed.exercise), { [CV1]: undefined }), 'package', 'lacks the document', 'a listed CV left out');
  add('document-unlisted', pack(seed, fileOf(seed.exercise), { 'documents/cand-01/notes.html': utf8Encode('<script>fetch("//x")</script>') }), 'package', 'unexpected file',
    'an extra document the signed exercise does not list');
  add('document-case-variant', pack(seed, fileOf(seed.exercise), { 'EXERCISE.JSON': utf8Encode('{}') }), 'package', 'unexpected file',
    'EXERCISE.JSON beside exercise.json (one file on case-insensitive disks)');
  add('document-nul-in-name', craftZip([...readZipEntries(pack(seed, fileOf(seed.exercise)))].map(([name, content]) => ({ name, content })).concat([{ name: `${CV1}\u0000.exe`, content: cv }])).bytes,
    'package', 'unexpected file', 'a NUL byte in an entry name (C readers cut the name at the NUL)');
  add('exercise-lists-itself', await resigned((ex) => (ex.candidates[0].documents[0].path = 'exercise.json')), 'package', 'reserved', 'a document listed at exercise.json');
  add('exercise-missing', renamed(seed, 'Exercise.json'), 'package', 'has no exercise.json', 'exercise.json renamed Exercise.json');
  add('exercise-lookalike-name', renamed(seed, '\u0435xercise.json'), 'package', 'has no exercise.json', 'exercise.json spelt with a Cyrillic е');
  return out;
}

/** The demo package with exercise.json stored under another name. */
function renamed(seed: Seed, name: string): Uint8Array {
  const entries = [...readZipEntries(seed.demo.packageBytes)].map(([n, content]) => ({ name: n === 'exercise.json' ? name : n, content }));
  return writeZip(entries);
}
