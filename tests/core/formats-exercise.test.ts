import { describe, expect, it } from 'vitest';
import { documentHash } from '../../core/canonical';
import { exerciseHash, parseExercise, parseUnsignedExercise } from '../../core/formats/exercise';
import { parseStrictJson } from '../../core/json/strict-json';
import {
  asJson,
  exerciseDraft,
  expectFormatError,
  MEMBER_SECRETS,
  publicKeyText,
  signedExercise,
  validExercise,
  type Draft,
  type RejectionCase,
} from './helpers/format-builders';

const commonRules: RejectionCase[] = [
  {
    rule: 'an unknown top-level member',
    change: (d) => (d.colour = 'red'),
    says: ['unknown member "colour" at the top level', 'different version of the format'],
  },
  {
    rule: 'an unknown nested member',
    change: (d) => (d.criteria[0].colour = 'red'),
    says: ['unknown member "colour" at criteria[0]'],
  },
  { rule: 'a missing required member', change: (d) => delete d.title, says: ['title is missing'] },
  {
    rule: 'a missing nested member',
    change: (d) => delete d.panel[1].role,
    says: ['panel[1].role is missing'],
  },
  {
    rule: 'another format',
    change: (d) => (d.format = 'panelscore.scores'),
    says: ['format is "panelscore.scores"', 'not an exercise'],
  },
  {
    rule: 'another format version',
    change: (d) => (d.formatVersion = 2),
    says: ['formatVersion is 2 but must be 1'],
  },
  {
    rule: 'a non-ASCII exercise id',
    change: (d) => (d.exerciseId = 'café'),
    says: ['exerciseId is "café"', 'identifier'],
  },
  {
    rule: 'an identifier of 65 characters',
    change: (d) => (d.candidates[1].id = 'c'.repeat(65)),
    says: ['candidates[1].id', 'identifier'],
  },
  {
    rule: 'an identifier starting with a hyphen',
    change: (d) => (d.panel[0].id = '-chair'),
    says: ['panel[0].id is "-chair"'],
  },
  {
    rule: 'a date that does not exist',
    change: (d) => (d.issuedAt = '2026-02-30T09:00:00Z'),
    says: ['issuedAt is "2026-02-30T09:00:00Z"', 'real UTC date'],
  },
  { rule: 'a leap second', change: (d) => (d.issuedAt = '2016-12-31T23:59:60Z'), says: ['issuedAt'] },
  {
    rule: 'a timestamp with an offset',
    change: (d) => (d.issuedAt = '2026-05-02T09:00:00+02:00'),
    says: ['issuedAt'],
  },
  {
    rule: 'a title over 20,000 code points',
    change: (d) => (d.title = 'é'.repeat(20_001)),
    says: ['title is', '(20,001 characters)', 'at most 20,000'],
  },
  {
    rule: 'a number given as text',
    change: (d) => (d.criteria[0].weight = '2'),
    says: ['criteria[0].weight is "2" but must be a number'],
  },
  {
    rule: 'a secretariat key that is not 32 bytes',
    change: (d) => (d.secretariat.publicKey = 'AAAA'),
    says: ['secretariat.publicKey', '3 bytes, not 32'],
  },
  {
    rule: 'a padded key',
    change: (d) => (d.panel[0].publicKey += '='),
    says: ['panel[0].publicKey', 'padding'],
  },
  {
    rule: 'a key in standard base64',
    change: (d) => (d.panel[0].publicKey = `+${String(d.panel[0].publicKey).slice(1)}`),
    says: ['panel[0].publicKey', 'not base64url'],
  },
];

describe('parseExercise', () => {
  it('accepts a valid exercise and returns the very object it was given', () => {
    const doc = exerciseDraft();
    expect(parseExercise(doc)).toBe(doc);
  });

  it('accepts an exercise signed for real', async () => {
    const signed = await signedExercise();
    expect(parseExercise(asJson(signed)).exerciseId).toBe('ccm-isu-director');
  });

  it('accepts an exercise without any optional member', () => {
    const doc = exerciseDraft((d) => {
      delete d.description;
      delete d.scale.labels;
      delete d.divergenceThreshold;
      d.criteria = [{ id: 'leadership', name: 'Leadership', kind: 'technical', weight: 0.5 }];
      d.candidates = [{ id: 'cand-01', name: 'A' }];
      d.panel = [{ id: 'm-1', name: 'B', role: 'member' }];
    });
    const parsed = parseExercise(doc);
    expect(Object.keys(parsed.criteria[0]).sort()).toEqual(['id', 'kind', 'name', 'weight']);
    expect('divergenceThreshold' in parsed).toBe(false);
  });

  it('accepts a half-point scale with a label at 1.5', () => {
    const doc = exerciseDraft((d) => {
      d.scale = { min: 1, max: 4, step: 0.5, labels: { '1.5': 'Weak', '4': 'Strong' } };
      d.criteria[0].anchors = { '1': 'None', '2.5': 'Some', '4.0': 'Ample' };
    });
    expect(parseExercise(doc).scale.labels).toEqual({ '1.5': 'Weak', '4': 'Strong' });
  });

  it('accepts a scale with a negative minimum and a key "-2"', () => {
    const doc = exerciseDraft((d) => {
      d.scale = { min: -2, max: 2, step: 1, labels: { '-2': 'Against', '0': 'Neutral', '2': 'For' } };
      d.criteria[0].anchors = { '-1': 'Weak' };
    });
    expect(parseExercise(doc).scale.min).toBe(-2);
  });

  it('accepts text of exactly 20,000 code points even when it is 40,000 UTF-16 units', () => {
    expect(parseExercise(exerciseDraft((d) => (d.title = '😀'.repeat(20_000)))).title).toHaveLength(40_000);
  });

  it('accepts formatVersion written 1.0 and a size written 12345.0', () => {
    const text = JSON.stringify(exerciseDraft())
      .replace('"formatVersion":1', '"formatVersion":1.0')
      .replace('"size":12345', '"size":12345.0');
    expect(parseExercise(parseStrictJson(text)).formatVersion).toBe(1);
  });

  it('checks a "__proto__" field like any other and keeps it as data', () => {
    const text = JSON.stringify(exerciseDraft()).replace('"Nationality"', '"__proto__"');
    const parsed = parseExercise(parseStrictJson(text));
    expect(Object.getOwnPropertyDescriptor(parsed.candidates[0].fields, '__proto__')?.value).toBe('Senegal');
    expectFormatError(
      () => parseExercise(parseStrictJson(text.replace('"__proto__":"Senegal"', '"__proto__":7'))),
      'schema',
      'fields.__proto__ is 7',
    );
  });

  it.each(commonRules)('rejects $rule (§1)', ({ change, says }) => {
    expectFormatError(() => parseExercise(exerciseDraft(change)), 'schema', ...says, 'ask the secretariat');
  });

  it('reports where the problem is in the error path', () => {
    let path: string | undefined;
    try {
      parseExercise(exerciseDraft((d) => (d.candidates[0].documents[0].size = -1)));
    } catch (e) {
      path = (e as { path?: string }).path;
    }
    expect(path).toBe('candidates[0].documents[0].size');
  });
});

describe('parseUnsignedExercise', () => {
  it('accepts an exercise before signing', () => {
    expect(parseUnsignedExercise(asJson(validExercise())).title).toBe(
      'Director, Implementation Support Unit',
    );
  });

  it('applies the same rules', () => {
    const doc: Draft = asJson(validExercise());
    doc.panel[1].publicKey = publicKeyText(MEMBER_SECRETS['m-norway']);
    expectFormatError(
      () => parseUnsignedExercise(doc),
      'schema',
      'panel[1].publicKey is the same key as panel[0].publicKey',
    );
  });

  it('refuses a signature member', () => {
    expectFormatError(() => parseUnsignedExercise(exerciseDraft()), 'schema', 'unknown member "signature"');
  });
});

describe('exerciseHash', () => {
  it('is the document hash of the whole exercise, signature included', async () => {
    const signed = await signedExercise();
    expect(exerciseHash(signed)).toBe(documentHash(asJson(signed)));
    expect(exerciseHash(signed)).not.toBe(documentHash(asJson({ ...signed, signature: undefined })));
  });
});
