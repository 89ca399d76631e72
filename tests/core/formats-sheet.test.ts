import { describe, expect, it } from 'vitest';
import { exerciseHash, parseExercise } from '../../core/formats/exercise';
import {
  checkSheetAgainstExercise,
  parseScoreSheet,
  parseUnsignedScoreSheet,
} from '../../core/formats/sheet';
import { parseStrictJson } from '../../core/json/strict-json';
import type { Exercise, JsonObject, ScoreSheet } from '../../core/types';
import {
  asJson,
  exerciseDraft,
  expectFormatError,
  MEMBER_SECRETS,
  publicKeyText,
  signedExercise,
  signedSheet,
  validSheet,
  withPlaceholderSignature,
  type Draft,
} from './helpers/format-builders';

/** A valid sheet (placeholder signature by m-norway's key) as plain JSON, changed by `change`. */
function sheet(change: (doc: Draft) => unknown = () => {}): JsonObject {
  const doc = asJson(withPlaceholderSignature(validSheet(), publicKeyText(MEMBER_SECRETS['m-norway'])));
  change(doc);
  return doc;
}

/** validExercise() with a placeholder signature, changed by `change`, parsed. */
function exercise(change: (doc: Draft) => unknown = () => {}): Exercise {
  return parseExercise(exerciseDraft(change));
}

/** A sheet whose only rating is `score` for cand-01 on leadership. */
function scoring(score: number): ScoreSheet {
  return parseScoreSheet(
    sheet(
      (d) =>
        (d.candidates = [
          { candidateId: 'cand-01', recused: false, ratings: [{ criterionId: 'leadership', score }] },
        ]),
    ),
  );
}

const rejections: { rule: string; change: (doc: Draft) => unknown; says: string[] }[] = [
  {
    rule: 'an unknown member in a rating',
    change: (d) => (d.candidates[0].ratings[0].confidence = 'high'),
    says: ['unknown member "confidence" at candidates[0].ratings[0]'],
  },
  {
    rule: 'an unknown top-level member',
    change: (d) => (d.device = 'laptop'),
    says: ['unknown member "device" at the top level'],
  },
  {
    rule: 'another format',
    change: (d) => (d.format = 'panelscore.exercise'),
    says: ['format is "panelscore.exercise"', 'not a score sheet'],
  },
  { rule: 'another format version', change: (d) => (d.formatVersion = 2), says: ['formatVersion is 2'] },
  {
    rule: 'a revision of 0',
    change: (d) => (d.revision = 0),
    says: ['revision is 0', 'whole number of at least 1'],
  },
  { rule: 'a fractional revision', change: (d) => (d.revision = 1.5), says: ['revision is 1.5'] },
  {
    rule: 'a revision beyond 2^53 - 1',
    change: (d) => (d.revision = 2 ** 53),
    says: ['revision is 9007199254740992'],
  },
  {
    rule: 'a member id that is not an identifier',
    change: (d) => (d.memberId = 'm norway'),
    says: ['memberId is "m norway"', 'identifier'],
  },
  {
    rule: 'a malformed exercise hash',
    change: (d) => (d.exerciseHash = 'sha256:abc'),
    says: ['exerciseHash is "sha256:abc"', 'hash'],
  },
  {
    rule: 'an impossible issue date',
    change: (d) => (d.issuedAt = '2026-02-29T10:00:00Z'),
    says: ['issuedAt'],
  },
  {
    rule: 'a score given as text',
    change: (d) => (d.candidates[0].ratings[0].score = '4'),
    says: ['candidates[0].ratings[0].score is "4" but must be a number'],
  },
  {
    rule: 'recused given as text',
    change: (d) => (d.candidates[0].recused = 'no'),
    says: ['candidates[0].recused is "no" but must be true or false'],
  },
  {
    rule: 'a candidate listed twice',
    change: (d) => (d.candidates[1].candidateId = 'cand-01'),
    says: ['candidates[1].candidateId "cand-01" also appears at candidates[0]'],
  },
  {
    rule: 'a criterion rated twice for one candidate',
    change: (d) => (d.candidates[0].ratings[1].criterionId = 'leadership'),
    says: ['candidates[0].ratings[1].criterionId "leadership" also appears at candidates[0].ratings[0]'],
  },
  {
    rule: 'a recusal without a reason',
    change: (d) => delete d.candidates[1].recusalReason,
    says: ['candidates[1] is recused but has no recusalReason'],
  },
  {
    rule: 'a recusal with ratings',
    change: (d) => (d.candidates[1].ratings = [{ criterionId: 'leadership', score: 2 }]),
    says: ['candidates[1] is recused but has 1 rating(s)', 'empty ratings list'],
  },
  {
    rule: 'a reason without a recusal',
    change: (d) => (d.candidates[0].recusalReason = 'none'),
    says: ['candidates[0] has a recusalReason but recused is false'],
  },
  {
    rule: 'evidence over 20,000 code points',
    change: (d) => (d.candidates[0].ratings[0].evidence = '😀'.repeat(20_001)),
    says: ['candidates[0].ratings[0].evidence', 'at most 20,000'],
  },
  {
    rule: 'a comment over 20,000 code points',
    change: (d) => (d.candidates[0].comment = 'x'.repeat(20_001)),
    says: ['candidates[0].comment', 'at most 20,000'],
  },
  { rule: 'a missing signature', change: (d) => delete d.signature, says: ['signature is missing'] },
];

describe('parseScoreSheet', () => {
  it('accepts a valid sheet and returns the very object it was given', () => {
    const doc = sheet();
    expect(parseScoreSheet(doc)).toBe(doc);
  });

  it('accepts a sheet signed for real', async () => {
    const signed = await signedSheet({ revision: 3 });
    expect(parseScoreSheet(asJson(signed)).revision).toBe(3);
  });

  it('accepts a sheet without optional members and with no candidates at all', () => {
    const bare = sheet((d) => {
      delete d.candidates[0].comment;
      delete d.candidates[0].ratings[0].evidence;
    });
    expect(Object.keys(parseScoreSheet(bare).candidates[0].ratings[0])).toEqual(['criterionId', 'score']);
    expect(parseScoreSheet(sheet((d) => (d.candidates = []))).candidates).toEqual([]);
  });

  it('accepts a revision written 2.0', () => {
    expect(
      parseScoreSheet(parseStrictJson(JSON.stringify(sheet()).replace('"revision":1', '"revision":2.0')))
        .revision,
    ).toBe(2);
  });

  it('accepts evidence of 20,000 code points', () => {
    expect(() =>
      parseScoreSheet(sheet((d) => (d.candidates[0].ratings[0].evidence = '😀'.repeat(20_000)))),
    ).not.toThrow();
  });

  it.each(rejections)('rejects $rule (§3)', ({ change, says }) => {
    expectFormatError(() => parseScoreSheet(sheet(change)), 'schema', ...says, 'ask the member');
  });
});

describe('parseUnsignedScoreSheet', () => {
  it('accepts a sheet before signing and refuses a signature member', () => {
    expect(parseUnsignedScoreSheet(asJson(validSheet())).memberId).toBe('m-norway');
    expectFormatError(() => parseUnsignedScoreSheet(sheet()), 'schema', 'unknown member "signature"');
  });
});

describe('checkSheetAgainstExercise', () => {
  it('accepts a sheet whose ids exist and whose scores are scale points', () => {
    expect(() => checkSheetAgainstExercise(parseScoreSheet(sheet()), exercise())).not.toThrow();
  });

  it('accepts an incomplete sheet (a candidate or criterion left out)', () => {
    const partial = parseScoreSheet(
      sheet(
        (d) =>
          (d.candidates = [
            { candidateId: 'cand-01', recused: false, ratings: [{ criterionId: 'diplomacy', score: 1 }] },
          ]),
      ),
    );
    expect(() => checkSheetAgainstExercise(partial, exercise())).not.toThrow();
  });

  it('accepts a score 1e-10 off a scale point', () => {
    expect(() => checkSheetAgainstExercise(scoring(4 + 1e-10), exercise())).not.toThrow();
  });

  it('accepts half points on a half-point scale and negative points on a negative scale', () => {
    const halves = exercise((d) => {
      d.scale = { min: 1, max: 4, step: 0.5, labels: { '1.5': 'Weak' } };
      delete d.criteria[0].anchors;
    });
    expect(() => checkSheetAgainstExercise(scoring(1.5), halves)).not.toThrow();
    const centred = exercise((d) => {
      d.scale = { min: -2, max: 2, step: 1 };
      delete d.criteria[0].anchors;
    });
    expect(() => checkSheetAgainstExercise(scoring(-2), centred)).not.toThrow();
  });

  it('rejects a score between scale points, naming the score, the scale and what to do', () => {
    const message = expectFormatError(() => checkSheetAgainstExercise(scoring(3.5), exercise()), 'schema');
    expect(message).toBe(
      'candidates[0].ratings[0].score is 3.5, which is not a point of the scale 1–5 step 1: ask the member to correct the score and re-export',
    );
  });

  it('rejects a score 1e-8 off a scale point and one outside the scale', () => {
    expectFormatError(
      () => checkSheetAgainstExercise(scoring(4 + 1e-8), exercise()),
      'schema',
      'not a point of the scale',
    );
    expectFormatError(() => checkSheetAgainstExercise(scoring(6), exercise()), 'schema', 'score is 6');
    expectFormatError(() => checkSheetAgainstExercise(scoring(0), exercise()), 'schema', 'score is 0');
  });

  it('rejects a sheet for another exercise', () => {
    const other = parseScoreSheet(sheet((d) => (d.exerciseId = 'other-exercise')));
    expectFormatError(
      () => checkSheetAgainstExercise(other, exercise()),
      'mismatch',
      'is for exercise "other-exercise", not "ccm-isu-director"',
    );
  });

  it('rejects a sheet made against another version of the exercise when the hash is given', async () => {
    const ex = await signedExercise();
    const bound = await signedSheet({}, MEMBER_SECRETS['m-norway'], ex);
    expect(() => checkSheetAgainstExercise(bound, ex, exerciseHash(ex))).not.toThrow();
    const stale = parseScoreSheet(sheet());
    expectFormatError(
      () => checkSheetAgainstExercise(stale, ex, exerciseHash(ex)),
      'mismatch',
      'another version of exercise',
      're-export',
    );
  });

  it('rejects a member who is not on the panel', () => {
    const stranger = parseScoreSheet(sheet((d) => (d.memberId = 'm-peru')));
    expectFormatError(
      () => checkSheetAgainstExercise(stranger, exercise()),
      'schema',
      'memberId "m-peru" is not on the panel',
    );
  });

  it('rejects a candidate the exercise does not have', () => {
    const unknown = parseScoreSheet(sheet((d) => (d.candidates[1].candidateId = 'cand-99')));
    expectFormatError(
      () => checkSheetAgainstExercise(unknown, exercise()),
      'schema',
      'candidates[1].candidateId "cand-99" is not a candidate',
    );
  });

  it('rejects a criterion the exercise does not have', () => {
    const unknown = parseScoreSheet(sheet((d) => (d.candidates[0].ratings[1].criterionId = 'charisma')));
    expectFormatError(
      () => checkSheetAgainstExercise(unknown, exercise()),
      'schema',
      'candidates[0].ratings[1].criterionId "charisma" is not a criterion',
    );
  });
});
