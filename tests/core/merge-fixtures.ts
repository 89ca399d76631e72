/**
 * Shared inputs for the mergeSheets tests: a signed exercise, signed sheet files as bytes (in
 * any layout), trust files, and small builders for sheet entries. Keys are fixed test secrets.
 */
import { fingerprint, memorySigner, publicKeyOf } from '../../core/crypto/ed25519';
import { signDocument } from '../../core/crypto/signed-doc';
import { utf8Encode } from '../../core/encoding';
import { exerciseHash } from '../../core/formats/exercise';
import { mergeSheets } from '../../core/merge/merge';
import type { DecisionRecord, Exercise, HashString, SheetCandidate, TrustFile, UnsignedExercise, UnsignedScoreSheet } from '../../core/types';
import { MEMBER_SECRETS, SECRETARIAT_SECRET, publicKeyText, signedExercise, testSecretKey, validExercise, validSheet } from './helpers/format-builders';

/** Secret keys: the two pinned members and unpinned m-chile of validExercise(), plus spares. */
export const SECRETS = {
  norway: MEMBER_SECRETS['m-norway'],
  laos: MEMBER_SECRETS['m-laos'],
  chile: MEMBER_SECRETS['m-chile'],
  secretariat: SECRETARIAT_SECRET,
  other: testSecretKey(7),
  another: testSecretKey(8),
} as const;

/** A signed exercise and the package view mergeSheets takes. */
export interface Fixture {
  exercise: Exercise;
  pkg: { exercise: Exercise; exerciseHash: HashString };
}

/** validExercise(overrides), signed by the secretariat. */
export async function fixture(overrides: Partial<UnsignedExercise> = {}): Promise<Fixture> {
  const exercise = await signedExercise(overrides);
  return { exercise, pkg: { exercise, exerciseHash: exerciseHash(exercise) } };
}

/** validExercise(overrides) without its optional divergenceThreshold, signed by the secretariat. */
export async function fixtureWithoutThreshold(overrides: Partial<UnsignedExercise> = {}): Promise<Fixture> {
  const { divergenceThreshold: _, ...unsigned } = validExercise(overrides);
  const exercise = await signDocument(unsigned, memorySigner(SECRETARIAT_SECRET));
  return { exercise, pkg: { exercise, exerciseHash: exerciseHash(exercise) } };
}

/** A sheet entry rating candidateId with the given criterion scores. */
export function rated(candidateId: string, scores: Record<string, number>): SheetCandidate {
  return { candidateId, recused: false, ratings: Object.entries(scores).map(([criterionId, score]) => ({ criterionId, score })) };
}

/** A recused sheet entry. */
export function recusal(candidateId: string): SheetCandidate {
  return { candidateId, recused: true, recusalReason: 'Former colleague', ratings: [] };
}

/** How the JSON text of a sheet file is laid out (the document is the same). */
export type Layout = 'compact' | 'pretty';

/**
 * The bytes of a sheet by `memberId`, bound to the fixture's exercise and signed with `secret`
 * (default candidates: validSheet()'s cand-01 rated 4/3 and cand-02 recused).
 */
export async function sheetFile(
  fx: Fixture,
  memberId: string,
  secret: Uint8Array,
  overrides: Partial<UnsignedScoreSheet> = {},
  layout: Layout = 'compact',
): Promise<Uint8Array> {
  const unsigned = validSheet({ exerciseId: fx.exercise.exerciseId, exerciseHash: fx.pkg.exerciseHash, memberId, ...overrides });
  const signed = await signDocument(unsigned, memorySigner(secret));
  return utf8Encode(layout === 'pretty' ? JSON.stringify(signed, null, 2) : JSON.stringify(signed));
}

/** A trust file pinning the given member keys for the fixture's exercise (as bytes). */
export function trustFile(members: TrustFile['members'], exerciseId = 'ccm-isu-director'): Uint8Array {
  const trust: TrustFile = { format: 'panelscore.trust', formatVersion: 1, exerciseId, members };
  return utf8Encode(JSON.stringify(trust));
}

/** The trust entry giving memberId the public key of secret. */
export function pin(memberId: string, secret: Uint8Array): { memberId: string; publicKey: string } {
  return { memberId, publicKey: publicKeyText(secret) };
}

/** mergeSheets over the fixture's package. */
export function merge(fx: Fixture, sheets: Uint8Array[], trust?: Uint8Array): DecisionRecord {
  return mergeSheets(trust === undefined ? { pkg: fx.pkg, sheets } : { pkg: fx.pkg, sheets, trust });
}

/** The fingerprint of a secret key's public key. */
export function fingerprintOf(secret: Uint8Array): string {
  return fingerprint(publicKeyOf(secret));
}
