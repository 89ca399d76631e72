/**
 * Hostile decision records (formats §6): records that do not carry the secretariat's signature over
 * exactly their content, records about another exercise, and outcomes that do not fit the exercise.
 * Readers are lenient on unknown members, so everything else rests on the signature and the schema.
 */
import { base64UrlEncode, fromHex, utf8Encode } from '../../../../core/encoding';
import {
  SMALL_ORDER_POINTS,
  clone,
  concat,
  fileOf,
  forgeSmallOrder,
  mark,
  signAs,
  signWithNonCanonicalR,
  withLargeS,
  withRaw,
} from './corpus-kit';
import type { Draft, HostileFile, ManifestEntry, Seed } from './corpus-kit';

/** The hostile decision records. */
export async function decisionCases(seed: Seed): Promise<HostileFile[]> {
  const out: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array, code: string, message: string, attack: string): void => {
    const entry: ManifestEntry = { file: `decision/${name}.decision.json`, importer: 'decision', code, message, attack };
    out.push({ bytes, entry });
  };
  const signed = seed.decision;
  const unsigned = (change: (d: Draft) => unknown = () => {}): Draft => {
    const d: Draft = clone(signed);
    delete d.signature;
    change(d);
    return d;
  };
  /** The demo decision changed by `change` and signed again by the secretariat: only the change is wrong. */
  const resigned = async (change: (d: Draft) => unknown): Promise<Uint8Array> => fileOf(await signAs(unsigned(change), seed.secretariatSecret));
  const raw = (change: (d: Draft) => unknown, ...raws: string[]): Uint8Array => {
    const d: Draft = clone(signed);
    change(d);
    return withRaw(d, ...raws);
  };
  const MISMATCH = 'the signature does not match the document';

  // ---- the signature ----
  const tampered: Draft = clone(signed);
  tampered.outcome.selected = ['cand-02'];
  add('tampered-selection', fileOf(tampered), 'signature', MISMATCH, 'the selected candidate changed after the secretariat signed');
  add('member-added-after-signing', fileOf({ ...signed, note: 'cand-02 was preferred by the chair' }), 'signature', MISMATCH,
    'a member added after signing: readers ignore unknown members, but the signature covers them');
  add('signed-by-member', fileOf(await signAs(unsigned(), seed.memberSecret('m-chile'))), 'signature', "not by the secretariat's key",
    'a record signed by the chair\'s key instead of the secretariat\'s');
  add('unsigned', fileOf(unsigned()), 'signature', 'not signed', 'a merge result without signature passed off as the decision');
  for (const i of [0, 2, 3]) {
    const { order, hex } = SMALL_ORDER_POINTS[i];
    add(`small-order-key-order-${order}-${i}`, fileOf(forgeSmallOrder(unsigned(), hex)), 'signature', 'small-order',
      `a record "signed" under a small-order key (order ${order}) that lax verification accepts for any content`);
  }
  add('signature-s-plus-l', fileOf(withLargeS(signed, 1n)), 'signature', MISMATCH, 'the genuine signature with S + L (malleable verifiers accept it)');
  add('signature-non-canonical-r', fileOf(signWithNonCanonicalR(unsigned(), seed.secretariatSecret)), 'signature', MISMATCH,
    'signed with the secretariat key, R written non-canonically (ZIP-215 accepts it)');
  add('proto-carries-signature', raw((d) => {
    d[mark(0)] = d.signature;
    delete d.signature;
  }, '"__proto__"'), 'signature', 'not signed', 'the signature moved into a __proto__ member, for readers that follow prototypes');
  add('signature-alg-none', fileOf({ ...signed, signature: { ...(signed.signature as object), alg: 'none' } }), 'schema', 'must be "Ed25519"', 'alg "none"');

  // ---- another exercise, or another version of it ----
  add('other-exercise', await resigned((d) => (d.exerciseId = 'ccm-isu-director')), 'mismatch', 'is for exercise ccm-isu-director',
    'a genuinely signed record of another exercise shown as this one\'s decision');
  add('other-package-version', await resigned((d) => (d.exerciseHash = `sha256:${'5'.repeat(64)}`)), 'mismatch', 'another version of exercise',
    'a signed record merged from another version of the package');

  // ---- outcomes that do not fit the exercise (signed, so only the fit is wrong) ----
  const fit = async (name: string, change: (d: Draft) => unknown, message: string, attack: string): Promise<void> =>
    add(name, await resigned(change), 'schema', message, attack);
  await fit('selects-unknown-candidate', (d) => (d.outcome.selected = ['cand-99']), 'who is not a candidate', 'a selected candidate who was never on the list');
  await fit('consensus-off-scale', (d) => (d.outcome.consensus[0].score = 6), 'is not a point of the scale', 'a consensus score of 6 on a 1–5 scale');
  await fit('consensus-between-points', (d) => (d.outcome.consensus[0].score = 3.5), 'is not a point of the scale', 'a consensus score of 3.5');
  await fit('consensus-blank-justification', (d) => (d.outcome.consensus[0].justification = ' \n\t'), 'empty justification', 'a consensus score justified by whitespace');
  await fit('consensus-unknown-criterion', (d) => (d.outcome.consensus[0].criterionId = 'charisma'), 'which is not a criterion', 'a consensus score on a criterion not in the rubric');
  await fit('concurrence-not-on-panel', (d) => (d.outcome.concurrences[0].memberId = 'm-france'), 'who is not on the panel', 'a concurrence from someone not on the panel');

  // ---- the schema ----
  await fit('decided-feb-30', (d) => (d.outcome.decidedAt = '2026-02-30T12:00:00Z'), 'must be a real UTC date', 'decidedAt on 30 February');
  await fit('decided-leap-second', (d) => (d.outcome.decidedAt = '2016-12-31T23:59:60Z'), 'must be a real UTC date', 'decidedAt on a leap second');
  await fit('outcome-missing-proto', (d) => {
    Object.defineProperty(d, '__proto__', { value: { outcome: d.outcome }, enumerable: true, writable: true, configurable: true });
    delete d.outcome;
  }, 'outcome is missing', 'outcome left out, with __proto__ supplying one to readers that follow prototypes');
  await fit('inputs-object', (d) => (d.inputs = { 'm-chile': d.inputs[0] }), 'must be a list', 'inputs as an object');
  await fit('rank-zero', (d) => (d.candidates[0].rank = 0), 'must be a whole number of at least 1 or null', 'a rank of 0');
  await fit('rank-fraction', (d) => (d.candidates[0].rank = 1.5), 'must be a whole number of at least 1 or null', 'a rank of 1.5');
  await fit('criterion-n-negative', (d) => (Object.values(d.candidates[0].criteria as object)[0].n = -1), 'must be a whole number of at least 0', 'a criterion summary with n = -1');
  await fit('fingerprint-uppercase', (d) => (d.inputs[0].fingerprint = (d.inputs[0].fingerprint as string).toUpperCase()), 'must be a key fingerprint', 'a fingerprint in upper case');
  await fit('panel-score-string', (d) => (d.candidates[0].panelScore = '4.2'), 'must be a number or null', 'a panel score written as text');
  await fit('member-totals-bad-key', (d) => (d.candidates[0].memberTotals['../m-chile'] = 4), 'is not a member id', 'a member total keyed by a path');
  await fit('rationale-20001-chars', (d) => (d.outcome.rationale = 'x'.repeat(20_001)), 'at most 20,000 characters', 'a rationale of 20,001 characters');
  await fit('format-version-2', (d) => (d.formatVersion = 2), 'must be 1', 'formatVersion 2');

  // ---- not JSON the formats allow ----
  add('bom', concat(new Uint8Array([0xef, 0xbb, 0xbf]), fileOf(signed)), 'json', 'byte-order mark', 'a UTF-8 byte-order mark');
  add('duplicate-outcome', raw((d) => (d[mark(0)] = null), '"outcome"'), 'json', 'duplicate member name "outcome"', 'outcome twice: readers keeping the last see no decision');
  add('duplicate-selected-escaped', raw((d) => (d.outcome[mark(0)] = ['cand-02']), '"s\\u0065lected"'), 'json', 'duplicate member name "selected"',
    'selected twice, the second escaped, naming another candidate');
  add('reliability-1e999', raw((d) => (d.reliability.icc21 = mark(0)), '1e999'), 'json', 'too large to represent', 'a reliability of 1e999');
  add('lone-surrogate', raw((d) => (d.outcome.rationale = mark(0)), '"\\ud800 reasons"'), 'json', 'surrogate', 'a lone surrogate in the rationale');
  add('truncated', fileOf(signed).slice(0, 2000), 'json', 'not valid JSON', 'a record cut short');
  add('sheet-renamed', seed.demo.sheets[1].bytes, 'format', 'a score sheet, not a decision record', 'a score sheet given as the decision');
  add('trust-renamed', fileOf(seed.trust), 'format', 'a trust file, not a decision record', 'a trust file given as the decision');
  add('exercise-renamed', utf8Encode(JSON.stringify(seed.exercise)), 'format', 'an exercise (exercise.json), not a decision record', 'exercise.json given as the decision');
  add('identity-key-raw', fileOf({ ...signed, signature: { alg: 'Ed25519', publicKey: base64UrlEncode(fromHex(SMALL_ORDER_POINTS[0].hex)), value: base64UrlEncode(new Uint8Array(64)) } }),
    'signature', 'small-order', 'the identity key with an all-zero signature value (S = 0, R not even a point)');
  return out;
}
