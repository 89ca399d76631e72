import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseScoreSheet, parseScoreSheetBySchema, parseUnsignedScoreSheet } from '../../core/formats/sheet';
import { validSheet } from './helpers/format-builders';

type Entry = ReturnType<typeof validSheet>['candidates'][number];

const SIGNATURE = {
  alg: 'Ed25519',
  publicKey: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo',
  value: 'VZvlKbm3a8VQhLRlY_xr3ASntcXmPTDZhgOKkpZEqgmFlcKovCj-1WE5dktsnc8tUTP3IzIGT6W-QRbNj2qrBg',
};

/** The sheet, or the message and path of the FormatError, that a parser gives for `value`. */
function outcome(parse: (value: unknown) => unknown, value: unknown): unknown {
  try {
    return { sheet: parse(value) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e), path: (e as { path?: unknown }).path };
  }
}

// Values a damaged or hand-edited sheet might hold where the fast check looks.
const oddValue = fc.oneof(
  fc.constantFrom<unknown>(
    undefined, null, true, 0, -0, 3, 4.5, Number.NaN, Number.POSITIVE_INFINITY, '', 'leadership', 'cand-01', 'cand-02',
    'not an id!', 'x'.repeat(65), 'é'.repeat(20_001), '😂'.repeat(10_001), '😂'.repeat(10_000), 'a\u0000b', '\ud800', ' ',
    'x'.repeat(64), '-lead', 'lead.ership_1', [], {}, [{}], { criterionId: 'leadership', score: 1 },
  ),
  fc.string({ unit: 'binary', maxLength: 5 }),
  fc.double(),
);
const entryMember = fc.constantFrom('candidateId', 'recused', 'recusalReason', 'ratings', 'comment', 'extra', '__proto__', 'toString');
const ratingMember = fc.constantFrom('criterionId', 'score', 'evidence', 'extra', '__proto__');

/** A signed-looking sheet with one member somewhere in its candidates list set, added or removed. */
const damagedSheets = fc
  .tuple(fc.nat(), fc.nat(), fc.boolean(), entryMember, ratingMember, oddValue, fc.constantFrom('set', 'delete', 'replace-entry'))
  .map(([i, j, inRating, entryName, ratingName, value, action]) => {
    const sheet = JSON.parse(JSON.stringify({ ...validSheet(), signature: SIGNATURE })) as { candidates: Record<string, unknown>[] };
    const entry = sheet.candidates[i % sheet.candidates.length];
    const ratings = entry.ratings as Record<string, unknown>[];
    const target = inRating && ratings.length > 0 ? ratings[j % ratings.length] : entry;
    const name = target === entry ? entryName : ratingName;
    if (action === 'replace-entry') {
      if (inRating && ratings.length > 0) ratings[j % ratings.length] = value as Record<string, unknown>;
      else sheet.candidates[i % sheet.candidates.length] = value as Record<string, unknown>;
    } else if (action === 'delete') {
      delete target[name];
    } else {
      Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
    }
    return sheet;
  });

describe('parseScoreSheet (fast path for the candidates list)', () => {
  it('accepts, refuses and words its refusals exactly as the schema alone does', () => {
    fc.assert(
      fc.property(damagedSheets, (sheet) => {
        expect(outcome(parseScoreSheet, sheet)).toEqual(outcome(parseScoreSheetBySchema, sheet));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['a score that is not a number', { score: Number.NaN }],
    ['an infinite score', { score: Number.POSITIVE_INFINITY }],
    ['a missing criterionId', { criterionId: undefined }],
    ['evidence over 20,000 characters', { evidence: 'é'.repeat(20_001) }],
    ['an unknown member', { weight: 2 }],
  ])('words %s in a rating as the schema does', (_name, change) => {
    const sheet = { ...validSheet(), signature: SIGNATURE };
    const entry = sheet.candidates[0];
    const broken = { ...sheet, candidates: [{ ...entry, ratings: [{ ...entry.ratings[0], ...change }] }] };
    expect(() => parseScoreSheet(broken)).toThrow();
    expect(outcome(parseScoreSheet, broken)).toEqual(outcome(parseScoreSheetBySchema, broken));
  });

  it.each([
    ['a candidate listed twice', (c: Entry[]) => [...c, { ...c[0] }]],
    ['a criterion rated twice', (c: Entry[]) => [{ ...c[0], ratings: [...c[0].ratings, { criterionId: 'leadership', score: 2 }] }, c[1]]],
    ['a criterion rated twice in a later entry', (c: Entry[]) => [c[0], { candidateId: 'cand-02', recused: false, ratings: [{ criterionId: 'leadership', score: 2 }, { criterionId: 'leadership', score: 3 }] }]],
    ['a recusal with ratings', (c: Entry[]) => [c[0], { ...c[1], ratings: [{ criterionId: 'leadership', score: 2 }] }]],
    ['a recusal without a reason', (c: Entry[]) => [c[0], { candidateId: 'cand-02', recused: true, ratings: [] }]],
    ['a reason without a recusal', (c: Entry[]) => [{ ...c[0], recusalReason: 'none' }, c[1]]],
  ])('words %s as the schema and rules do', (_name, change) => {
    const sheet = { ...validSheet(), signature: SIGNATURE };
    const broken = { ...sheet, candidates: change(sheet.candidates) };
    expect(() => parseScoreSheet(broken)).toThrow();
    expect(outcome(parseScoreSheet, broken)).toEqual(outcome(parseScoreSheetBySchema, broken));
  });

  it('refuses a bad rating deep in a large sheet with the schema message', () => {
    const sheet = { ...validSheet(), signature: SIGNATURE };
    const many = Array.from({ length: 2000 }, (_, c) => ({
      candidateId: `c-${c}`,
      recused: false,
      ratings: ['leadership', 'diplomacy'].map((criterionId) => ({ criterionId, score: 3 })),
    }));
    (many[1500].ratings[1] as { score: unknown }).score = '3';
    const big = { ...sheet, candidates: many };
    expect(() => parseScoreSheet(big)).toThrow(/^candidates\[1500\]\.ratings\[1\]\.score is "3" but must be a number/);
  });

  it('applies the same fast path to sheets before signing, and refuses a signature there', () => {
    expect(parseUnsignedScoreSheet(validSheet())).toEqual(validSheet());
    expect(() => parseUnsignedScoreSheet({ ...validSheet(), signature: SIGNATURE })).toThrow(/unknown member "signature"/);
  });
});
