import { describe, it } from 'vitest';
import { parseExercise } from '../../core/formats/exercise';
import {
  exerciseDraft,
  expectFormatError,
  publicKeyText,
  type RejectionCase,
} from './helpers/format-builders';

const otherKey = publicKeyText(new Uint8Array(32).fill(9));

// One case per rule of formats §2.1 that exercise.json alone can break (the zip rules are core/package's).
const exerciseRules: RejectionCase[] = [
  {
    rule: 'a scale whose max is not above its min',
    change: (d) => {
      Object.assign(d.scale, { min: 5, max: 5, labels: {} });
    },
    says: ['scale.max is 5', 'greater than scale.min'],
  },
  {
    rule: 'a scale with a zero step',
    change: (d) => (d.scale.step = 0),
    says: ['scale.step is 0', 'greater than 0'],
  },
  { rule: 'a scale with a negative step', change: (d) => (d.scale.step = -1), says: ['scale.step is -1'] },
  {
    rule: 'a scale that is not a whole number of steps',
    change: (d) => (d.scale.step = 3),
    says: ['scale 1–5 step 3', 'whole number from 1 to 100'],
  },
  {
    rule: 'a scale of more than 100 steps',
    change: (d) => {
      Object.assign(d.scale, { min: 0, max: 101, step: 1 });
    },
    says: ['101 steps'],
  },
  {
    rule: 'a scale bound given as text',
    change: (d) => (d.scale.min = '1'),
    says: ['scale.min is "1" but must be a number'],
  },
  {
    rule: 'a label key that is not a number',
    change: (d) => (d.scale.labels.good = 'x'),
    says: ['scale.labels has the key "good"', 'not a number'],
  },
  {
    rule: 'a label key with a leading zero',
    change: (d) => (d.scale.labels['03'] = 'x'),
    says: ['scale.labels has the key "03"'],
  },
  {
    rule: 'a label key that is not a scale point',
    change: (d) => (d.scale.labels['2.5'] = 'x'),
    says: ['scale.labels has the key "2.5"', 'not a point of the scale 1–5 step 1'],
  },
  {
    rule: 'two label keys for the same point',
    change: (d) => (d.scale.labels['3.0'] = 'x'),
    says: ['scale.labels has the keys "3" and "3.0"', 'same scale point'],
  },
  {
    rule: 'a label that is not text',
    change: (d) => (d.scale.labels['2'] = 2),
    says: ['scale.labels["2"] is 2 but must be text'],
  },
  {
    rule: 'an anchor key off the scale',
    change: (d) => (d.criteria[0].anchors['6'] = 'x'),
    says: ['criteria[0].anchors has the key "6"', 'not a point'],
  },
  {
    rule: 'two anchor keys for the same point',
    change: (d) => (d.criteria[0].anchors['5.00'] = 'x'),
    says: ['criteria[0].anchors has the keys "5" and "5.00"'],
  },
  {
    rule: 'a zero divergence threshold',
    change: (d) => (d.divergenceThreshold = 0),
    says: ['divergenceThreshold is 0', 'greater than 0'],
  },
  {
    rule: 'a negative divergence threshold',
    change: (d) => (d.divergenceThreshold = -1),
    says: ['divergenceThreshold is -1'],
  },
  {
    rule: 'no criteria',
    change: (d) => (d.criteria = []),
    says: ['criteria is an empty list', 'at least 1 entry'],
  },
  {
    rule: 'more than 100 criteria',
    change: (d) => {
      const template: object = d.criteria[1];
      d.criteria = Array.from({ length: 101 }, (_, i) => ({ ...template, id: `c${i}` }));
    },
    says: ['criteria is a list of 101 entries', 'at most 100'],
  },
  {
    rule: 'two criteria with one id',
    change: (d) => (d.criteria[1].id = 'leadership'),
    says: ['criteria[1].id "leadership" is also the id of criteria[0]', 'unique'],
  },
  {
    rule: 'an unknown criterion kind',
    change: (d) => (d.criteria[0].kind = 'soft'),
    says: ['criteria[0].kind is "soft"', '"core" or "functional" or "technical"'],
  },
  {
    rule: 'a zero weight',
    change: (d) => (d.criteria[0].weight = 0),
    says: ['criteria[0].weight is 0', 'greater than 0'],
  },
  {
    rule: 'a negative weight',
    change: (d) => (d.criteria[1].weight = -2),
    says: ['criteria[1].weight is -2'],
  },
  {
    rule: 'an indicator that is not text',
    change: (d) => (d.criteria[0].indicators = ['ok', 3]),
    says: ['criteria[0].indicators[1] is 3 but must be text'],
  },
  {
    rule: 'questions that are not a list',
    change: (d) => (d.criteria[0].questions = 'why?'),
    says: ['criteria[0].questions is "why?" but must be a list'],
  },
  { rule: 'no candidates', change: (d) => (d.candidates = []), says: ['candidates is an empty list'] },
  {
    rule: 'more than 10,000 candidates',
    change: (d) => (d.candidates = Array.from({ length: 10_001 }, (_, i) => ({ id: `c${i}`, name: 'x' }))),
    says: ['candidates is a list of 10001 entries', 'at most 10000'],
  },
  {
    rule: 'two candidates with one id',
    change: (d) => (d.candidates[1].id = 'cand-01'),
    says: ['candidates[1].id "cand-01" is also the id of candidates[0]'],
  },
  {
    rule: 'a field that is not text',
    change: (d) => (d.candidates[0].fields.Age = 40),
    says: ['candidates[0].fields.Age is 40 but must be text'],
  },
  {
    rule: 'fields that are a list',
    change: (d) => (d.candidates[0].fields = ['a']),
    says: ['candidates[0].fields is a list of 1 entry but must be an object'],
  },
  {
    rule: 'two documents at one path',
    change: (d) => {
      d.candidates[1].documents = [{ ...d.candidates[0].documents[0] }];
    },
    says: [
      'candidates[1].documents[0].path "documents/cand-01/cv.pdf" is also the path of candidates[0].documents[0]',
    ],
  },
  {
    rule: 'an absolute document path',
    change: (d) => (d.candidates[0].documents[0].path = '/etc/passwd'),
    says: ['candidates[0].documents[0].path is "/etc/passwd"', 'relative path'],
  },
  {
    rule: 'a ".." segment',
    change: (d) => (d.candidates[0].documents[0].path = 'documents/../cv.pdf'),
    says: ['documents[0].path'],
  },
  {
    rule: 'an empty segment',
    change: (d) => (d.candidates[0].documents[0].path = 'documents//cv.pdf'),
    says: ['documents[0].path'],
  },
  {
    rule: 'a "." segment',
    change: (d) => (d.candidates[0].documents[0].path = './cv.pdf'),
    says: ['documents[0].path'],
  },
  {
    rule: 'a backslash',
    change: (d) => (d.candidates[0].documents[0].path = 'documents\\cv.pdf'),
    says: ['documents[0].path', 'no backslash'],
  },
  {
    rule: 'a fractional size',
    change: (d) => (d.candidates[0].documents[0].size = 10.5),
    says: ['documents[0].size is 10.5', 'whole number of at least 0'],
  },
  {
    rule: 'a negative size',
    change: (d) => (d.candidates[0].documents[0].size = -1),
    says: ['documents[0].size is -1'],
  },
  {
    rule: 'a size beyond 2^53 - 1',
    change: (d) => (d.candidates[0].documents[0].size = 2 ** 53),
    says: ['documents[0].size'],
  },
  {
    rule: 'an uppercase document hash',
    change: (d) => (d.candidates[0].documents[0].sha256 = `sha256:${'AB'.repeat(32)}`),
    says: ['documents[0].sha256', 'lowercase hex'],
  },
  { rule: 'an empty panel', change: (d) => (d.panel = []), says: ['panel is an empty list'] },
  {
    rule: 'more than 1,000 panel members',
    change: (d) =>
      (d.panel = Array.from({ length: 1001 }, (_, i) => ({ id: `m${i}`, name: 'x', role: 'member' }))),
    says: ['panel is a list of 1001 entries'],
  },
  {
    rule: 'two members with one id',
    change: (d) => (d.panel[2].id = 'm-laos'),
    says: ['panel[2].id "m-laos" is also the id of panel[1]'],
  },
  {
    rule: 'an unknown role',
    change: (d) => (d.panel[1].role = 'observer'),
    says: ['panel[1].role is "observer"', '"chair" or "member"'],
  },
  {
    rule: 'two chairs',
    change: (d) => (d.panel[2].role = 'chair'),
    says: ['panel[2] is a second chair (panel[0] is chair too)'],
  },
  {
    rule: 'one key pinned for two members',
    change: (d) => {
      d.panel[2].publicKey = d.panel[0].publicKey;
    },
    says: ['panel[2].publicKey is the same key as panel[0].publicKey'],
  },
  {
    rule: "a member pinned to the secretariat's key",
    change: (d) => {
      d.panel[1].publicKey = d.secretariat.publicKey;
    },
    says: ["panel[1].publicKey is the secretariat's own key"],
  },
  {
    rule: "a signature by a key other than the secretariat's",
    change: (d) => (d.signature.publicKey = otherKey),
    says: ['signed by key', "not by the secretariat's key"],
  },
  {
    rule: 'a signature algorithm other than Ed25519',
    change: (d) => (d.signature.alg = 'RS256'),
    says: ['signature.alg is "RS256" but must be "Ed25519"'],
  },
  {
    rule: 'a signature value that is not 64 bytes',
    change: (d) => (d.signature.value = String(d.signature.value).slice(0, -4)),
    says: ['signature.value', '61 bytes, not 64'],
  },
  {
    rule: 'an unknown member in the signature',
    change: (d) => (d.signature.keyId = 'k1'),
    says: ['unknown member "keyId" at signature'],
  },
  { rule: 'a missing signature', change: (d) => delete d.signature, says: ['signature is missing'] },
];

describe('parseExercise', () => {
  it.each(exerciseRules)('rejects $rule (§2.1)', ({ change, says }) => {
    expectFormatError(() => parseExercise(exerciseDraft(change)), 'schema', ...says, 'ask the secretariat');
  });
});
