// The decision as signed: core's merge with the outcome filled in, signed by the package's
// secretariat key, verified against the exercise before anything is saved (formats.md §6).

import { canonical } from '../../../../core/canonical';
import { fingerprint, memorySigner } from '../../../../core/crypto/ed25519';
import { signDecision, verifyDecision } from '../../../../core/decision';
import { base64UrlEncode } from '../../../../core/encoding';
import { parseStrictJson } from '../../../../core/json/strict-json';
import type { ConsensusScore, DecisionRecord, Exercise, Outcome, Signer } from '../../../../core/types';
import type { OutcomeDraft } from '../../db';
import { translate } from '../../i18n';

/** The key the decision is signed with, and whether it is the demo's public DEMO ONLY key. */
export interface DecisionSigner {
  signer: Signer;
  fingerprint: string;
  demoOnly: boolean;
}

/** What is still missing before the outcome can be signed, in words for the chair (interface language); empty when ready. */
export function outcomeProblems(
  draft: OutcomeDraft,
  exercise: Pick<Exercise, 'panel'>,
  label: (memberId: string) => string,
): string[] {
  const problems: string[] = [];
  if (draft.selected.length === 0) problems.push(translate('debrief.decision.problems.select'));
  if (draft.rationale.trim() === '') problems.push(translate('debrief.decision.problems.rationale'));
  const silent = exercise.panel.filter((m) => !draft.concurrences.some((c) => c.memberId === m.id));
  if (silent.length > 0)
    problems.push(
      translate('debrief.decision.problems.concurrence', {
        count: silent.length,
        names: silent.map((m) => label(m.id)).join(', '),
      }),
    );
  return problems;
}

/** The outcome of the decision record: consensus in exercise order, concurrences in panel order. */
export function buildOutcome(
  draft: OutcomeDraft,
  consensus: readonly ConsensusScore[],
  exercise: Pick<Exercise, 'candidates' | 'criteria' | 'panel'>,
  decidedAt: Date,
): Outcome {
  const candidateOrder = new Map(exercise.candidates.map((c, i) => [c.id, i]));
  const criterionOrder = new Map(exercise.criteria.map((k, i) => [k.id, i]));
  const memberOrder = new Map(exercise.panel.map((m, i) => [m.id, i]));
  return {
    selected: [...draft.selected],
    // Whole seconds: the format's timestamps are written like 2026-05-02T09:00:00Z.
    decidedAt: `${decidedAt.toISOString().slice(0, 19)}Z`,
    rationale: draft.rationale.trim(),
    consensus: [...consensus].sort(
      (a, b) =>
        (candidateOrder.get(a.candidateId) ?? 0) - (candidateOrder.get(b.candidateId) ?? 0) ||
        (criterionOrder.get(a.criterionId) ?? 0) - (criterionOrder.get(b.criterionId) ?? 0),
    ),
    concurrences: [...draft.concurrences].sort(
      (a, b) => (memberOrder.get(a.memberId) ?? 0) - (memberOrder.get(b.memberId) ?? 0),
    ),
  };
}

/**
 * The signer for the decision: the demo's DEMO ONLY secretariat key for the demo exercise (its
 * package was signed with it), otherwise this computer's secretariat key for the exercise — refused
 * when it is not the key that signed the package, since verify would then refuse the decision.
 */
export async function chooseDecisionSigner(
  exercise: Exercise,
  workspaceSigner: () => Promise<{ signer: Signer; fingerprint: string }>,
): Promise<DecisionSigner> {
  const [{ demoKeys }, { DEMO_EXERCISE_ID }] = await Promise.all([
    import('../../../../core/demo/keys'),
    import('../../../../core/demo/panel'),
  ]);
  const demo = demoKeys().secretariat;
  if (
    exercise.exerciseId === DEMO_EXERCISE_ID &&
    base64UrlEncode(demo.publicKey) === exercise.secretariat.publicKey
  ) {
    return { signer: memorySigner(demo.secretKey), fingerprint: fingerprint(demo.publicKey), demoOnly: true };
  }
  const { signer, fingerprint: own } = await workspaceSigner();
  if (base64UrlEncode(signer.publicKey) !== exercise.secretariat.publicKey) {
    throw new Error(
      translate('debrief.decision.problems.wrongKey', {
        own,
        exerciseId: exercise.exerciseId,
        expected: fingerprint(exercise.secretariat.publicKey),
      }),
    );
  }
  return { signer, fingerprint: own, demoOnly: false };
}

/** Signs the merge with `outcome`, verifies the result against the exercise and returns the canonical bytes to save. */
export async function signDecisionRecord(
  merged: DecisionRecord,
  outcome: Outcome,
  exercise: Exercise,
  signer: Signer,
): Promise<{ record: DecisionRecord; bytes: Uint8Array }> {
  const signed = await signDecision({ ...merged, outcome }, signer);
  const bytes = canonical(signed);
  // Verify what will be saved, read back from its bytes, exactly as `panelscore verify` will.
  const record = verifyDecision(parseStrictJson(bytes), exercise);
  return { record, bytes };
}
