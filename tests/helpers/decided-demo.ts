/**
 * The demo exercise merged and decided, for the report tests: its package, sheets, the decision
 * record with an outcome (a consensus on the first divergence), signed with the DEMO ONLY key.
 */
import { memorySigner } from '../../core/crypto/ed25519';
import { signDecision } from '../../core/decision';
import { buildDemo } from '../../core/demo/build-demo';
import type { Demo } from '../../core/demo/build-demo';
import { parseStrictJson } from '../../core/json/strict-json';
import { mergeSheets } from '../../core/merge/merge';
import { parseScoreSheet } from '../../core/formats/sheet';
import type { DecisionRecord, Outcome, ScoreSheet, Signature } from '../../core/types';

export interface DecidedDemo {
  demo: Demo;
  /** Every demo sheet parsed, including superseded revisions. */
  sheets: ScoreSheet[];
  decision: DecisionRecord & { signature: Signature };
}

/** An outcome for a merged demo record: consensus on its first divergence, the top candidate selected, everyone concurring but the last. */
export function demoOutcome(record: DecisionRecord, consensusScore: number): Outcome {
  const first = record.divergences[0];
  const top = [...record.candidates].sort((a, b) => (a.rank ?? 99) - (b.rank ?? 99))[0];
  return {
    selected: [top.candidateId],
    decidedAt: '2026-05-20T16:30:00Z',
    rationale: 'Strongest evidence of leading a multilateral team through a mandate review.',
    consensus: first === undefined ? [] : [{ candidateId: first.candidateId, criterionId: first.criterionId, score: consensusScore, justification: 'The panel agreed the example from the interview shows this level.' }],
    concurrences: record.inputs.map((input, i) => (i === record.inputs.length - 1 ? { memberId: input.memberId, agrees: false, note: 'Would have preferred a second interview.' } : { memberId: input.memberId, agrees: true })),
  };
}

/** Builds the demo, merges its sheets, records an outcome and signs the decision with the DEMO ONLY secretariat key. */
export async function decidedDemo(consensusScore = 4): Promise<DecidedDemo> {
  const demo = await buildDemo();
  const merged = mergeSheets({ pkg: { exercise: demo.exercise, exerciseHash: demo.exerciseHash }, sheets: demo.sheets.map((s) => s.bytes) });
  const withOutcome: DecisionRecord = { ...merged, outcome: demoOutcome(merged, consensusScore) };
  const decision = await signDecision(withOutcome, memorySigner(demo.keys.secretariat.secretKey));
  const sheets = demo.sheets.map((s) => parseScoreSheet(parseStrictJson(s.bytes)));
  return { demo, sheets, decision };
}
