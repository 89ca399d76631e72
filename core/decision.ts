// Signing and verifying decision records (formats.md §6): the signature is the secretariat's,
// made with the package's secretariat key, over the record without its signature member.
import { documentHash } from './canonical';
import { fingerprint } from './crypto/ed25519';
import { signDocument, unsignedPart, verifyDocumentSignature } from './crypto/signed-doc';
import { base64UrlEncode } from './encoding';
import { FormatError, isFormatError } from './errors';
import { parseDecision } from './formats/decision';
import { describeScale, isScalePoint } from './formats/scale';
import type { DecisionRecord, Exercise, JsonObject, Signature, Signer } from './types';

/** Signs a decision record with the secretariat's signer (any previous signature is replaced). */
export async function signDecision(record: DecisionRecord, signer: Signer): Promise<DecisionRecord & { signature: Signature }> {
  return signDocument(unsignedPart(record) as DecisionRecord, signer);
}

/**
 * Verifies a decision record's signature and returns the record typed. With `exercise`, also
 * requires the secretariat's key, the record to be about that exact exercise (id and hash) and
 * its outcome to fit it. Throws FormatError with what is wrong and what to do.
 */
export function verifyDecision(recordJson: JsonObject, exercise?: Exercise): DecisionRecord {
  const publicKey = signingKey(recordJson);
  const record = parseDecision(recordJson);
  if (exercise === undefined) return record;

  if (base64UrlEncode(publicKey) !== exercise.secretariat.publicKey) {
    throw new FormatError(
      'signature',
      `the decision record is signed by key ${fingerprint(publicKey)}, not by the secretariat's key ${fingerprint(exercise.secretariat.publicKey)} of exercise ${exercise.exerciseId}: do not rely on it; ask the secretariat for the record it signed`,
      'signature.publicKey',
    );
  }
  if (record.exerciseId !== exercise.exerciseId) {
    throw new FormatError(
      'mismatch',
      `the decision record is for exercise ${record.exerciseId}, not ${exercise.exerciseId}: open it with that exercise's package`,
      'exerciseId',
    );
  }
  if (record.exerciseHash !== documentHash(exercise)) {
    throw new FormatError(
      'mismatch',
      `the decision record was made from another version of exercise ${exercise.exerciseId} (exerciseHash mismatch): open it with the package it was merged from`,
      'exerciseHash',
    );
  }
  checkOutcome(record, exercise);
  return record;
}

/** The key that signed the record; a signature that fails says so and what to do (the bare reasons do not always). */
function signingKey(recordJson: JsonObject): Uint8Array {
  try {
    return verifyDocumentSignature(recordJson).publicKey;
  } catch (e) {
    if (!isFormatError(e)) throw e;
    throw new FormatError(
      e.code,
      `the decision record's signature cannot be trusted: ${e.message}; do not rely on this record: ask the secretariat for the record it signed`,
      e.path,
    );
  }
}

/** The outcome names only this exercise's candidates, criteria and members; consensus scores are scale points with a justification. */
function checkOutcome(record: DecisionRecord, exercise: Exercise): void {
  if (record.outcome === null) return;
  const fail = (message: string, path: string): never => {
    throw new FormatError('schema', `${message}: the decision record does not fit exercise ${exercise.exerciseId}; ask the secretariat for the record it signed`, path);
  };
  const candidates = new Set(exercise.candidates.map((c) => c.id));
  const criteria = new Set(exercise.criteria.map((k) => k.id));
  const panel = new Set(exercise.panel.map((m) => m.id));
  const { selected, consensus, concurrences } = record.outcome;
  selected.forEach((id, i) => {
    if (!candidates.has(id)) fail(`outcome.selected[${i}] is ${id}, who is not a candidate`, `outcome.selected[${i}]`);
  });
  consensus.forEach((entry, i) => {
    const at = `outcome.consensus[${i}]`;
    if (!candidates.has(entry.candidateId)) fail(`${at}.candidateId is ${entry.candidateId}, who is not a candidate`, `${at}.candidateId`);
    if (!criteria.has(entry.criterionId)) fail(`${at}.criterionId is ${entry.criterionId}, which is not a criterion`, `${at}.criterionId`);
    if (!isScalePoint(exercise.scale, entry.score)) {
      fail(`${at}.score is ${entry.score}, which is not a point of the scale ${describeScale(exercise.scale)}`, `${at}.score`);
    }
    if (entry.justification.trim() === '') fail(`${at} has an empty justification, but a consensus score needs one`, `${at}.justification`);
  });
  concurrences.forEach((entry, i) => {
    if (!panel.has(entry.memberId)) fail(`outcome.concurrences[${i}].memberId is ${entry.memberId}, who is not on the panel`, `outcome.concurrences[${i}].memberId`);
  });
}
