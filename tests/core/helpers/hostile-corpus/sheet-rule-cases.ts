/**
 * Hostile score sheets, rule level: valid JSON that breaks the sheet schema (§3) or does not fit
 * the demo exercise. Signed again with m-norway's DEMO ONLY key, so that only the rule is broken.
 */
import { clone, fileOf, mark, signAs, withRaw } from './corpus-kit';
import type { Draft, HostileFile, ManifestEntry, Seed } from './corpus-kit';
import { sheetEntry } from './sheet-json-cases';

/** Defines `__proto__` on `target` as an ordinary data member (assignment would set the prototype). */
function defineProto(target: object, value: unknown): void {
  Object.defineProperty(target, '__proto__', { value, enumerable: true, writable: true, configurable: true });
}

/** The rule-level hostile sheets. */
export async function sheetRuleCases(seed: Seed): Promise<HostileFile[]> {
  const out: HostileFile[] = [];
  const add = (name: string, bytes: Uint8Array, code: string, message: string, attack: string, more: Partial<ManifestEntry> = {}): void => {
    out.push({ bytes, entry: sheetEntry(name, code, message, attack, more) });
  };
  const norway = seed.sheets.get('m-norway.r1.scores.json')!;
  const key = seed.memberSecret('m-norway');
  /** m-norway's sheet changed by `change` and signed again with m-norway's key. */
  const resigned = async (change: (doc: Draft) => unknown): Promise<Uint8Array> => {
    const doc: Draft = clone(norway);
    change(doc);
    return fileOf(await signAs(doc, key));
  };
  const rule = async (name: string, change: (doc: Draft) => unknown, message: string, attack: string, more: Partial<ManifestEntry> = {}): Promise<void> =>
    add(name, await resigned(change), 'schema', message, attack, more);
  const rating = (doc: Draft): Draft => doc.candidates[0].ratings[0];

  // ---- prototype keys and unknown members ----
  const unsignedProto: Draft = clone(norway);
  unsignedProto[mark(0)] = { isAdmin: true };
  add('proto-member-unsigned', withRaw(unsignedProto, '"__proto__"'), 'schema', '__proto__', 'a __proto__ member added by hand (prototype pollution in naive readers)');
  await rule('proto-member-signed', (doc) => defineProto(doc, { memberId: 'm-chile' }), '__proto__', 'a signed sheet whose __proto__ member carries another memberId');
  await rule('proto-carries-recused', (doc) => {
    delete doc.candidates[0].recused;
    defineProto(doc.candidates[0], { recused: false });
  }, 'recused is missing', 'recused left out, with __proto__ supplying it to readers that follow prototypes');
  await rule('constructor-in-rating', (doc) => (rating(doc).constructor = { prototype: { polluted: true } }), 'constructor', 'a rating carrying constructor.prototype');
  await rule('prototype-member', (doc) => (doc.prototype = { polluted: true }), 'prototype', 'a top-level member named prototype');
  await rule('unknown-top-level-member', (doc) => (doc.comment = 'looks harmless'), 'unknown member "comment"', 'a signed member formats §3 does not define');
  await rule('unknown-rating-member', (doc) => (rating(doc).weight = 10), 'unknown member "weight"', 'a rating that tries to set its own weight');

  // ---- wrong types and values ----
  await rule('format-version-2', (doc) => (doc.formatVersion = 2), 'must be 1', 'formatVersion 2');
  await rule('format-version-string', (doc) => (doc.formatVersion = '1'), 'must be 1', 'formatVersion written as text');
  await rule('revision-zero', (doc) => (doc.revision = 0), 'must be a whole number of at least 1', 'revision 0');
  await rule('revision-negative', (doc) => (doc.revision = -1), 'must be a whole number of at least 1', 'revision -1');
  await rule('revision-fraction', (doc) => (doc.revision = 1.5), 'must be a whole number of at least 1', 'revision 1.5, between two real revisions');
  await rule('revision-string', (doc) => (doc.revision = '2'), 'must be a number', 'revision written as text');
  await rule('revision-2-53', (doc) => (doc.revision = 2 ** 53), 'must be a whole number of at least 1', 'revision 2^53, where 2^53 + 1 reads as the same number');
  await rule('revision-1e308', (doc) => (doc.revision = 1e308), 'must be a whole number of at least 1', 'revision 1e308, to win every revision contest');
  await rule('candidates-object', (doc) => (doc.candidates = { 'cand-01': doc.candidates[0] }), 'must be a list', 'candidates as an object');
  await rule('ratings-null', (doc) => (doc.candidates[0].ratings = null), 'must be a list', 'ratings null');
  await rule('recused-string', (doc) => (doc.candidates[0].recused = 'false'), 'must be true or false', 'recused written as the text "false" (truthy)');
  await rule('recused-number', (doc) => (doc.candidates[0].recused = 0), 'must be true or false', 'recused written as 0');
  await rule('score-string', (doc) => (rating(doc).score = '4'), 'must be a number', 'a score written as text');
  await rule('score-null', (doc) => (rating(doc).score = null), 'must be a number', 'a null score');
  await rule('score-array', (doc) => (rating(doc).score = [4]), 'must be a number', 'a score wrapped in a list');
  await rule('score-boolean', (doc) => (rating(doc).score = true), 'must be a number', 'a score of true');
  await rule('score-object', (doc) => (rating(doc).score = { value: 4 }), 'must be a number', 'a score wrapped in an object');
  await rule('comment-number', (doc) => (doc.candidates[0].comment = 42), 'must be text', 'a comment that is a number');
  await rule('evidence-20001-chars', (doc) => (rating(doc).evidence = 'é'.repeat(20_001)), 'at most 20,000 characters', 'evidence of 20,001 code points');
  await rule('recusal-reason-20001-chars', (doc) => (doc.candidates[2].recusalReason = '\u{1F4A9}'.repeat(20_001)), 'at most 20,000 characters', 'a recusal reason of 20,001 astral code points');

  // ---- identifiers, timestamps, hashes ----
  const id = async (name: string, field: 'memberId' | 'candidateId' | 'criterionId', value: string, attack: string): Promise<void> =>
    rule(name, (doc) => {
      if (field === 'memberId') doc.memberId = value;
      else if (field === 'candidateId') doc.candidates[0].candidateId = value;
      else rating(doc).criterionId = value;
    }, 'must be an identifier', attack);
  await id('member-id-space', 'memberId', 'm norway', 'a memberId with a space');
  await id('member-id-leading-dash', 'memberId', '-m-norway', 'a memberId starting with a dash (an option to command-line tools)');
  await id('member-id-65-chars', 'memberId', `m${'-'.repeat(64)}`, 'a memberId of 65 characters');
  await id('member-id-non-ascii', 'memberId', 'm-nørway', 'a memberId with a non-ASCII letter');
  await id('member-id-newline', 'memberId', 'm-norway\n', 'a memberId with a trailing newline (regex $ would allow it)');
  await id('member-id-empty', 'memberId', '', 'an empty memberId');
  await id('candidate-id-traversal', 'candidateId', '../cand-01', 'a candidateId with a path in it');
  await id('criterion-id-slash', 'criterionId', 'team/budget', 'a criterionId with a slash');
  const when = async (name: string, value: string, attack: string): Promise<void> =>
    rule(name, (doc) => (doc.issuedAt = value), 'must be a real UTC date', attack);
  await when('issued-feb-30', '2026-02-30T09:00:00Z', 'issuedAt on 30 February');
  await when('issued-feb-29-2026', '2026-02-29T09:00:00Z', 'issuedAt on 29 February of a common year');
  await when('issued-leap-second', '2016-12-31T23:59:60Z', 'issuedAt on a leap second');
  await when('issued-hour-24', '2026-05-19T24:00:00Z', 'issuedAt at 24:00');
  await when('issued-lowercase', '2026-05-19t18:05:00z', 'issuedAt in lower case');
  await when('issued-10-fraction-digits', '2026-05-19T18:05:00.0000000001Z', 'issuedAt with 10 fraction digits');
  await when('issued-no-zone', '2026-05-19T18:05:00', 'issuedAt without a time zone');
  await when('issued-offset', '2026-05-19T20:05:00+02:00', 'issuedAt with an offset instead of Z');
  await when('issued-month-13', '2026-13-01T00:00:00Z', 'issuedAt in month 13');
  await rule('exercise-hash-uppercase', (doc) => (doc.exerciseHash = (doc.exerciseHash as string).toUpperCase().replace('SHA256', 'sha256')), 'must be a hash', 'an exerciseHash in upper-case hex');
  await rule('exercise-hash-sha1', (doc) => (doc.exerciseHash = `sha1:${'a'.repeat(40)}`), 'must be a hash', 'an exerciseHash that is a SHA-1');

  // ---- recusals and duplicates ----
  await rule('recused-with-ratings', (doc) => (doc.candidates[2].ratings = clone(doc.candidates[0].ratings)), 'is recused but has 7 rating(s)', 'a recusal that still scores the candidate');
  await rule('recused-without-reason', (doc) => delete doc.candidates[2].recusalReason, 'has no recusalReason', 'a recusal without its reason');
  await rule('reason-without-recusal', (doc) => (doc.candidates[0].recusalReason = 'Conflict'), 'has a recusalReason but recused is false', 'a reason on an entry that is not recused');
  await rule('duplicate-candidate', (doc) => (doc.candidates as unknown[]).push({ ...clone(doc.candidates[0] as object), comment: 'second opinion' }), 'also appears at candidates[0]', 'a candidate scored twice in one sheet');
  await rule('duplicate-criterion', (doc) => (doc.candidates[0].ratings as unknown[]).push({ criterionId: rating(doc).criterionId, score: 5 }), 'is rated at most once per criterion', 'a criterion rated twice for one candidate');

  // ---- against the exercise ----
  const scale = 'is not a point of the scale';
  for (const [name, score, attack] of [
    ['score-6', 6, 'a score above the scale'],
    ['score-0', 0, 'a score below the scale'],
    ['score-3-5', 3.5, 'a score between two scale points'],
    ['score-just-off', 4.000001, 'a score 1e-6 off a scale point (beyond the 1e-9 tolerance)'],
    ['score-1e308', 1e308, 'a score of 1e308'],
    ['score-denormal', 5e-324, 'the smallest denormal number'],
  ] as const) {
    await rule(name, (doc) => (rating(doc).score = score), scale, attack);
  }
  await rule('unknown-candidate', (doc) => (doc.candidates[0].candidateId = 'cand-99'), 'is not a candidate of exercise', 'scores for a candidate not in the exercise');
  await rule('unknown-criterion', (doc) => (rating(doc).criterionId = 'charisma'), 'is not a criterion of exercise', 'a score on a criterion not in the rubric');
  add('member-not-on-panel', fileOf(await signAs({ ...norway, memberId: 'm-france' }, seed.memberSecret('m-norway').map((b) => b ^ 0x5a))),
    'schema', 'is not on the panel', 'a sheet from someone not on the panel', { mergeReason: 'who is not on the panel' });
  add('replayed-into-other-exercise', await resigned((doc) => (doc.exerciseId = 'ccm-isu-director')), 'mismatch', 'not "isu-director-2026"',
    'a genuine m-norway sheet made for another exercise, replayed into this one', { mergeReason: 'not isu-director-2026' });
  add('other-package-version', await resigned((doc) => (doc.exerciseHash = `sha256:${'5'.repeat(64)}`)), 'mismatch', 'another version of exercise',
    'a sheet made against another version of this exercise\'s package', { mergeReason: 'different version of the exercise package' });
  return out;
}
