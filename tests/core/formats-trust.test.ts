import { describe, expect, it } from 'vitest';
import { parseExercise } from '../../core/formats/exercise';
import { checkTrustAgainstExercise, parseTrustFile } from '../../core/formats/trust';
import type { JsonObject, TrustFile } from '../../core/types';
import {
  asJson,
  exerciseDraft,
  expectFormatError,
  MEMBER_SECRETS,
  publicKeyText,
  SECRETARIAT_SECRET,
  validTrust,
  type Draft,
} from './helpers/format-builders';

function trust(change: (doc: Draft) => unknown = () => {}): JsonObject {
  const doc = asJson(validTrust());
  change(doc);
  return doc;
}

const exercise = () => parseExercise(exerciseDraft());
const freshKey = publicKeyText(new Uint8Array(32).fill(9));

/** A trust file naming `entries` (memberId, key) for validExercise(). */
function naming(...entries: [string, string][]): TrustFile {
  return parseTrustFile(
    trust((d) => (d.members = entries.map(([memberId, publicKey]) => ({ memberId, publicKey })))),
  );
}

describe('parseTrustFile', () => {
  it('accepts a valid trust file and returns the very object it was given', () => {
    const doc = trust();
    expect(parseTrustFile(doc)).toBe(doc);
  });

  it('accepts a trust file that confirms no key', () => {
    expect(parseTrustFile(trust((d) => (d.members = []))).members).toEqual([]);
  });

  it.each([
    {
      rule: 'an unknown member',
      change: (d: Draft) => (d.note = 'read aloud on 3 May'),
      says: ['unknown member "note" at the top level'],
    },
    {
      rule: 'an unknown member in an entry',
      change: (d: Draft) => (d.members[0].fingerprint = 'x'),
      says: ['unknown member "fingerprint" at members[0]'],
    },
    {
      rule: 'a signature (trust files are not signed)',
      change: (d: Draft) => (d.signature = {}),
      says: ['unknown member "signature"'],
    },
    {
      rule: 'another format',
      change: (d: Draft) => (d.format = 'panelscore.scores'),
      says: ['format is "panelscore.scores"', 'not a trust file'],
    },
    {
      rule: 'another format version',
      change: (d: Draft) => (d.formatVersion = 2),
      says: ['formatVersion is 2'],
    },
    { rule: 'missing members', change: (d: Draft) => delete d.members, says: ['members is missing'] },
    {
      rule: 'a member id that is not an identifier',
      change: (d: Draft) => (d.members[0].memberId = ''),
      says: ['members[0].memberId is ""', 'identifier'],
    },
    {
      rule: 'a key that is not 32 bytes',
      change: (d: Draft) => (d.members[0].publicKey = 'AAAAAAAA'),
      says: ['members[0].publicKey', '6 bytes, not 32'],
    },
    {
      rule: 'a member named twice',
      change: (d: Draft) => (d.members as unknown[]).push({ memberId: 'm-chile', publicKey: freshKey }),
      says: ['members[1] names "m-chile" a second time'],
    },
    {
      rule: 'one key for two members',
      change: (d: Draft) =>
        (d.members as unknown[]).push({ memberId: 'm-laos', publicKey: d.members[0].publicKey }),
      says: ['members[1] gives "m-laos" the key', 'one key cannot speak for two members'],
    },
  ])('rejects $rule (§4)', ({ change, says }) => {
    expectFormatError(() => parseTrustFile(trust(change)), 'schema', ...says, 'correct the trust file');
  });
});

describe('checkTrustAgainstExercise', () => {
  it('accepts keys for unpinned members and a key that repeats the pinned one', () => {
    const repeats = naming(['m-chile', freshKey], ['m-laos', publicKeyText(MEMBER_SECRETS['m-laos'])]);
    expect(() => checkTrustAgainstExercise(repeats, exercise())).not.toThrow();
  });

  it('rejects a trust file for another exercise', () => {
    const other = parseTrustFile(trust((d) => (d.exerciseId = 'other')));
    expectFormatError(
      () => checkTrustAgainstExercise(other, exercise()),
      'trust',
      'is for exercise "other", not "ccm-isu-director"',
    );
  });

  it('rejects a member who is not on the panel', () => {
    expectFormatError(
      () => checkTrustAgainstExercise(naming(['m-peru', freshKey]), exercise()),
      'trust',
      'names "m-peru", who is not on the panel',
    );
  });

  it('rejects a member named twice', () => {
    const twice: TrustFile = {
      ...validTrust(),
      members: [...validTrust().members, { memberId: 'm-chile', publicKey: freshKey }],
    };
    expectFormatError(() => checkTrustAgainstExercise(twice, exercise()), 'trust', 'names "m-chile" twice');
  });

  it('rejects a key that contradicts the one pinned in the package', () => {
    expectFormatError(
      () => checkTrustAgainstExercise(naming(['m-laos', freshKey]), exercise()),
      'trust',
      'gives "m-laos" the key',
      'the package pins',
    );
  });

  it('rejects a key pinned for another member', () => {
    const borrowed = naming(['m-chile', publicKeyText(MEMBER_SECRETS['m-norway'])]);
    expectFormatError(
      () => checkTrustAgainstExercise(borrowed, exercise()),
      'trust',
      'which the package pins for "m-norway"',
    );
  });

  it("rejects the secretariat's key", () => {
    const secretariats = naming(['m-chile', publicKeyText(SECRETARIAT_SECRET)]);
    expectFormatError(
      () => checkTrustAgainstExercise(secretariats, exercise()),
      'trust',
      "the secretariat's own key",
    );
  });
});
