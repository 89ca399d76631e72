/**
 * Valid example documents for tests, fresh on every call so a test may mutate its copy.
 * Keys come from fixed test secrets, so signatures and fingerprints are reproducible.
 */
import { expect } from 'vitest';
import { exerciseHash } from '../../../core/formats/exercise';
import { memorySigner, publicKeyOf } from '../../../core/crypto/ed25519';
import { signDocument } from '../../../core/crypto/signed-doc';
import { base64UrlEncode } from '../../../core/encoding';
import { isFormatError } from '../../../core/errors';
import type {
  DecisionRecord,
  Exercise,
  JsonObject,
  ScoreSheet,
  TrustFile,
  UnsignedExercise,
  UnsignedScoreSheet,
} from '../../../core/types';

/** A fixed 32-byte test secret key: every byte is `n`. */
export function testSecretKey(n: number): Uint8Array {
  return new Uint8Array(32).fill(n);
}

/** The secretariat's test secret key. */
export const SECRETARIAT_SECRET = testSecretKey(1);
/** Test secret keys of the panel of validExercise(): the chair and the other pinned member. */
export const MEMBER_SECRETS = {
  'm-norway': testSecretKey(2),
  'm-laos': testSecretKey(3),
  'm-chile': testSecretKey(4),
} as const;

/** base64url public key of a secret key. */
export function publicKeyText(secret: Uint8Array): string {
  return base64UrlEncode(publicKeyOf(secret));
}

/** A valid unsigned exercise: scale 1–5, two criteria, two candidates, three members (m-chile unpinned). */
export function validExercise(overrides: Partial<UnsignedExercise> = {}): UnsignedExercise {
  return {
    format: 'panelscore.exercise',
    formatVersion: 1,
    exerciseId: 'ccm-isu-director',
    title: 'Director, Implementation Support Unit',
    description: 'Summary of the terms of reference',
    issuedAt: '2026-05-02T09:00:00Z',
    secretariat: { name: 'ISU recruitment secretariat', publicKey: publicKeyText(SECRETARIAT_SECRET) },
    scale: {
      min: 1,
      max: 5,
      step: 1,
      labels: { '1': 'Unsatisfactory', '3': 'Satisfactory', '5': 'Outstanding' },
    },
    divergenceThreshold: 2,
    criteria: [
      {
        id: 'leadership',
        name: 'Leadership',
        kind: 'core',
        weight: 2,
        description: 'Leads a small team',
        indicators: ['Sets direction'],
        anchors: { '1': 'No evidence', '5': 'Strong evidence' },
        questions: ['Tell us about a time you led a change'],
      },
      { id: 'diplomacy', name: 'Diplomacy', kind: 'functional', weight: 1 },
    ],
    candidates: [
      {
        id: 'cand-01',
        name: 'Amina Diallo',
        summary: 'Deputy head of a treaty unit',
        fields: { Nationality: 'Senegal', 'Current post': 'Deputy head' },
        documents: [
          {
            path: 'documents/cand-01/cv.pdf',
            mediaType: 'application/pdf',
            size: 12345,
            sha256: `sha256:${'ab'.repeat(32)}`,
          },
        ],
      },
      { id: 'cand-02', name: 'Lars Berg' },
    ],
    panel: [
      {
        id: 'm-norway',
        name: 'Kari Nordmann',
        affiliation: 'Norway',
        role: 'chair',
        publicKey: publicKeyText(MEMBER_SECRETS['m-norway']),
      },
      {
        id: 'm-laos',
        name: 'Somchai Vong',
        role: 'member',
        publicKey: publicKeyText(MEMBER_SECRETS['m-laos']),
      },
      { id: 'm-chile', name: 'Ana Rojas', affiliation: 'Chile', role: 'member' },
    ],
    ...overrides,
  };
}

/** A valid unsigned score sheet by m-norway for validExercise(): cand-01 fully rated, cand-02 recused. */
export function validSheet(overrides: Partial<UnsignedScoreSheet> = {}): UnsignedScoreSheet {
  return {
    format: 'panelscore.scores',
    formatVersion: 1,
    exerciseId: 'ccm-isu-director',
    exerciseHash: `sha256:${'0'.repeat(64)}`,
    memberId: 'm-norway',
    revision: 1,
    issuedAt: '2026-05-20T16:45:00Z',
    candidates: [
      {
        candidateId: 'cand-01',
        recused: false,
        ratings: [
          { criterionId: 'leadership', score: 4, evidence: 'Led the 2024 reform' },
          { criterionId: 'diplomacy', score: 3 },
        ],
        comment: 'Strong interview',
      },
      { candidateId: 'cand-02', recused: true, recusalReason: 'Former colleague', ratings: [] },
    ],
    ...overrides,
  };
}

/** A valid trust file for validExercise() pinning the unpinned member m-chile. */
export function validTrust(overrides: Partial<TrustFile> = {}): TrustFile {
  return {
    format: 'panelscore.trust',
    formatVersion: 1,
    exerciseId: 'ccm-isu-director',
    members: [{ memberId: 'm-chile', publicKey: publicKeyText(MEMBER_SECRETS['m-chile']) }],
    ...overrides,
  };
}

/** A valid unsigned decision record with an outcome, for validExercise(). */
export function validDecision(overrides: Partial<DecisionRecord> = {}): DecisionRecord {
  const summary = { mean: 4, min: 4, max: 4, n: 1 };
  return {
    format: 'panelscore.decision',
    formatVersion: 1,
    exerciseId: 'ccm-isu-director',
    exerciseHash: `sha256:${'0'.repeat(64)}`,
    inputs: [
      {
        memberId: 'm-norway',
        revision: 3,
        sheetHash: `sha256:${'1'.repeat(64)}`,
        fingerprint: '3f2a 91c0 77de 0b12',
        pinned: true,
      },
    ],
    rejected: [
      {
        fileHash: `sha256:${'2'.repeat(64)}`,
        sheetHash: null,
        memberId: null,
        reason: 'not a JSON document',
      },
    ],
    candidates: [
      {
        candidateId: 'cand-01',
        panelScore: 4,
        rank: 1,
        memberTotals: { 'm-norway': 4 },
        recused: [],
        incomplete: [],
        criteria: { leadership: summary, diplomacy: { ...summary } },
      },
    ],
    divergences: [{ candidateId: 'cand-01', criterionId: 'leadership', min: 2, max: 5 }],
    reliability: { icc21: 0.29, icc2k: 0.62, kendallW: null, krippendorffAlpha: 0.8 },
    outcome: {
      selected: ['cand-01'],
      decidedAt: '2026-06-01T12:00:00Z',
      rationale: 'Highest panel score',
      consensus: [
        { candidateId: 'cand-01', criterionId: 'leadership', score: 4, justification: 'Agreed in debrief' },
      ],
      concurrences: [{ memberId: 'm-norway', agrees: true, note: 'Concur' }],
    },
    ...overrides,
  };
}

/**
 * `doc` with a signature member that is well formed but does not verify (64 zero bytes), by
 * default claiming the secretariat's key: enough for parse tests, which never verify.
 */
export function withPlaceholderSignature<T extends object>(
  doc: T,
  publicKey = publicKeyText(SECRETARIAT_SECRET),
): T & { signature: { alg: 'Ed25519'; publicKey: string; value: string } } {
  return { ...doc, signature: { alg: 'Ed25519', publicKey, value: base64UrlEncode(new Uint8Array(64)) } };
}

/** validExercise(overrides) signed for real with `secretKey` (its key becomes secretariat.publicKey). */
export async function signedExercise(
  overrides: Partial<UnsignedExercise> = {},
  secretKey: Uint8Array = SECRETARIAT_SECRET,
): Promise<Exercise> {
  const unsigned = validExercise(overrides);
  const secretariat = { ...unsigned.secretariat, publicKey: publicKeyText(secretKey) };
  return signDocument({ ...unsigned, secretariat }, memorySigner(secretKey));
}

/**
 * validSheet(overrides) signed for real with `secretKey` (default: m-norway's key); when
 * `exercise` is given the sheet is bound to it (its exerciseId and exerciseHash).
 */
export async function signedSheet(
  overrides: Partial<UnsignedScoreSheet> = {},
  secretKey: Uint8Array = MEMBER_SECRETS['m-norway'],
  exercise?: Exercise,
): Promise<ScoreSheet> {
  const binding =
    exercise === undefined ? {} : { exerciseId: exercise.exerciseId, exerciseHash: exerciseHash(exercise) };
  return signDocument(validSheet({ ...binding, ...overrides }), memorySigner(secretKey));
}

/** validExercise() with a placeholder signature, as plain JSON reshaped by `change`. */
export function exerciseDraft(change: (doc: Draft) => unknown = () => {}): JsonObject {
  const doc = asJson(withPlaceholderSignature(validExercise()));
  change(doc);
  return doc;
}

/** A rejection test case: a rule, how to break a valid document, and what the error must say. */
export interface RejectionCase {
  rule: string;
  change: (doc: Draft) => unknown;
  says: string[];
}

/** A deep copy of a document as plain JSON, for tests that break it in ways its type forbids. */
export function asJson(doc: object): JsonObject {
  return JSON.parse(JSON.stringify(doc)) as JsonObject;
}

/** Asserts that `run` throws a FormatError with `code` whose message contains every fragment; returns the message. */
export function expectFormatError(run: () => unknown, code: string, ...fragments: string[]): string {
  let thrown: unknown;
  try {
    run();
  } catch (e) {
    thrown = e;
  }
  expect(isFormatError(thrown), `expected a FormatError, got ${String(thrown)}`).toBe(true);
  const error = thrown as { code: string; message: string };
  expect(error.code).toBe(code);
  for (const fragment of fragments) expect(error.message).toContain(fragment);
  return error.message;
}

/** A document a test reshapes in ways its type forbids (wrong types, missing or extra members). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests break documents on purpose; JsonObject would need a cast per step
export type Draft = any;
