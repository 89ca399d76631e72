import { beforeAll, describe, expect, it } from 'vitest';
import { documentHash } from '../../../core/canonical';
import { fingerprint } from '../../../core/crypto/ed25519';
import { buildReportModel } from '../../../core/report/report-model';
import type { JsonObject } from '../../../core/types';
import { decidedDemo } from '../../helpers/decided-demo';
import type { DecidedDemo } from '../../helpers/decided-demo';

let decided: DecidedDemo;
beforeAll(async () => {
  decided = await decidedDemo();
}, 60_000);

describe('buildReportModel', () => {
  it('takes panel scores, ranks, member totals and criterion summaries from the decision record unchanged', () => {
    const model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision });
    expect(model.candidates.map((c) => c.id)).toEqual(decided.decision.candidates.map((c) => c.candidateId));
    decided.decision.candidates.forEach((result, i) => {
      const shown = model.candidates[i];
      expect(shown.panelScore).toBe(result.panelScore);
      expect(shown.rank).toBe(result.rank);
      expect(Object.fromEntries(shown.memberTotals.map((t) => [t.memberId, t.total]))).toEqual(result.memberTotals);
      for (const row of shown.criteria) expect({ mean: row.mean, min: row.min, max: row.max, n: row.n }).toEqual(result.criteria[row.criterionId]);
    });
  });

  it('orders the ranking by independent rank', () => {
    const model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision });
    const ranks = model.ranking.map((id) => model.candidates.find((c) => c.id === id)!.rank!);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(model.ranking).toHaveLength(decided.decision.candidates.length);
  });

  it('lists every divergence with the consensus that resolved it, and none for those left to stand', () => {
    const model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision });
    const agreed = decided.decision.outcome!.consensus[0];
    expect(model.divergences).toHaveLength(decided.decision.divergences.length);
    const resolved = model.divergences.filter((d) => d.resolution !== null);
    expect(resolved).toEqual([expect.objectContaining({ candidateId: agreed.candidateId, criterionId: agreed.criterionId, resolution: { score: agreed.score, justification: agreed.justification } })]);
    const row = model.candidates.find((c) => c.id === agreed.candidateId)!.criteria.find((k) => k.criterionId === agreed.criterionId)!;
    expect(row.divergent).toBe(true);
    expect(row.consensus?.score).toBe(agreed.score);
  });

  it('moves the consensus ranking beside the independent one without touching the independent scores', async () => {
    const lowered = await decidedDemo(1);
    const model = buildReportModel({ exercise: lowered.demo.exercise, decision: lowered.decision });
    const first = model.candidates.find((c) => c.id === lowered.decision.outcome!.consensus[0].candidateId)!;
    expect(first.panelScore).toBe(lowered.decision.candidates.find((c) => c.candidateId === first.id)!.panelScore);
    expect(first.consensusScore).toBeLessThan(first.panelScore!);
    expect(first.moved).toBe(first.rank! - first.consensusRank!);
  });

  it('records the hash and fingerprint of every input, the exercise hash and the decision’s own hash and signer', () => {
    const model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision });
    expect(model.inputs.map(({ memberId, revision, sheetHash, fingerprint: fp, pinned }) => ({ memberId, revision, sheetHash, fingerprint: fp, pinned }))).toEqual(decided.decision.inputs);
    expect(model.decision.exerciseHash).toBe(decided.demo.exerciseHash);
    expect(model.decision.hash).toBe(documentHash(decided.decision as unknown as JsonObject));
    expect(model.decision.signerFingerprint).toBe(fingerprint(decided.demo.keys.secretariat.publicKey));
    expect(model.exercise.secretariatFingerprint).toBe(fingerprint(decided.demo.keys.secretariat.publicKey));
  });

  it('gives no signer for an unsigned record or one whose signature does not verify', () => {
    const { signature: _signature, ...unsigned } = decided.decision;
    expect(buildReportModel({ exercise: decided.demo.exercise, decision: unsigned }).decision.signerFingerprint).toBeNull();
    const tampered = { ...decided.decision, candidates: decided.decision.candidates.map((c, i) => (i === 0 ? { ...c, panelScore: 5 } : c)) };
    expect(buildReportModel({ exercise: decided.demo.exercise, decision: tampered }).decision.signerFingerprint).toBeNull();
  });

  it('takes evidence only from the sheets that were merged, and says when none were given', () => {
    const without = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision });
    expect(without.evidence).toEqual({ included: false, sheetsUsed: 0, sheetsIgnored: 0 });
    expect(without.candidates[0].criteria[0].scores).toBeNull();

    const model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision, sheets: decided.sheets });
    // m-kenya's draft revision 1 was superseded by revision 2: it is not evidence of the decision.
    expect(model.evidence).toEqual({ included: true, sheetsUsed: decided.decision.inputs.length, sheetsIgnored: decided.sheets.length - decided.decision.inputs.length });
    const kenya = decided.sheets.find((s) => s.memberId === 'm-kenya' && s.revision === 2)!;
    const rating = kenya.candidates[0].ratings[0];
    const row = model.candidates.find((c) => c.id === kenya.candidates[0].candidateId)!.criteria.find((k) => k.criterionId === rating.criterionId)!;
    expect(row.scores!.find((s) => s.memberId === 'm-kenya')).toEqual({ memberId: 'm-kenya', score: rating.score, evidence: rating.evidence ?? null });
  });

  it('shows no score for a member who recused from a candidate', () => {
    const model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision, sheets: decided.sheets });
    const recusing = decided.decision.candidates.find((c) => c.recused.length > 0)!;
    const row = model.candidates.find((c) => c.id === recusing.candidateId)!;
    expect(row.recused).toHaveLength(recusing.recused.length);
    for (const k of row.criteria) expect(k.scores!.find((s) => s.memberId === recusing.recused[0])!.score).toBeNull();
  });

  it('hides member names behind letters when asked', () => {
    const model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision, anonymous: true });
    expect(model.members.map((m) => m.label)).toEqual(decided.demo.exercise.panel.map((_, i) => `Member ${'ABCDEFGHIJ'[i]}`));
    const names = decided.demo.exercise.panel.map((m) => m.name);
    expect(JSON.stringify(model)).not.toContain(names[0]);
  });

  it('names the selected candidates and every concurrence, dissent included', () => {
    const model = buildReportModel({ exercise: decided.demo.exercise, decision: decided.decision });
    const outcome = decided.decision.outcome!;
    expect(model.outcome!.selected.map((s) => s.id)).toEqual(outcome.selected);
    expect(model.outcome!.concurrences.map((c) => [c.memberId, c.agrees, c.note])).toEqual(outcome.concurrences.map((c) => [c.memberId, c.agrees, c.note ?? null]));
  });
});
