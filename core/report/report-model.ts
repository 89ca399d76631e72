// The comparative analysis report as plain data: every number and text the printed report shows,
// taken from the signed decision record (never recomputed another way) and the exercise.
import { documentHash } from '../canonical';
import { fingerprint } from '../crypto/ed25519';
import { verifyDocumentSignature } from '../crypto/signed-doc';
import { consensusStandings } from '../debrief/consensus';
import type { ConsensusStanding } from '../debrief/consensus';
import { labelledScalePoints } from './scale-points';
import type { ReportCandidate, ReportCriterionRow, ReportMember, ReportModel, ReportSheetScore } from './report-types';
import { reliabilityReadings } from './reliability-reading';
import { memberLetter } from './format';
import type { ConsensusScore, DecisionRecord, Exercise, JsonObject, ScoreSheet } from '../types';

export type * from './report-types';

export interface ReportInput {
  exercise: Exercise;
  decision: DecisionRecord;
  /** The score sheets merged into the decision; only those whose hash is among its inputs are used. */
  sheets?: readonly ScoreSheet[];
  /** Show members as `Member A`…, not by name (the debrief's choice). */
  anonymous?: boolean;
}

/** The signer's fingerprint of a signed record, or null when it is unsigned or the signature does not verify. */
function signerFingerprint(decision: DecisionRecord): string | null {
  if (decision.signature === undefined) return null;
  try {
    return fingerprint(verifyDocumentSignature(decision as unknown as JsonObject).publicKey);
  } catch {
    return null;
  }
}

function membersOf(exercise: Exercise, anonymous: boolean): ReportMember[] {
  return exercise.panel.map((m, i) => ({
    id: m.id,
    label: anonymous ? `Member ${memberLetter(i)}` : m.name,
    affiliation: anonymous ? null : (m.affiliation ?? null),
    role: m.role,
    pinnedFingerprint: m.publicKey === undefined ? null : fingerprint(m.publicKey),
  }));
}

/** The sheets whose document hash is one of the decision's inputs, by member id. */
function mergedSheets(decision: DecisionRecord, sheets: readonly ScoreSheet[]): { byMember: Map<string, ScoreSheet>; ignored: number } {
  const wanted = new Map(decision.inputs.map((input) => [input.sheetHash, input.memberId]));
  const byMember = new Map<string, ScoreSheet>();
  let ignored = 0;
  for (const sheet of sheets) {
    const memberId = wanted.get(documentHash(sheet));
    if (memberId === undefined || memberId !== sheet.memberId) ignored += 1;
    else byMember.set(memberId, sheet);
  }
  return { byMember, ignored };
}

function sheetScores(candidateId: string, criterionId: string, memberIds: readonly string[], sheets: Map<string, ScoreSheet>): ReportSheetScore[] {
  return memberIds.map((memberId) => {
    const entry = sheets.get(memberId)?.candidates.find((c) => c.candidateId === candidateId);
    const rating = entry?.recused === true ? undefined : entry?.ratings.find((r) => r.criterionId === criterionId);
    return { memberId, score: rating?.score ?? null, evidence: rating?.evidence ?? null };
  });
}

function candidateOf(
  input: { exercise: Exercise; decision: DecisionRecord },
  index: number,
  standing: ConsensusStanding,
  sheets: Map<string, ScoreSheet> | null,
  labels: Map<string, string>,
): ReportCandidate {
  const { exercise, decision } = input;
  const result = decision.candidates[index];
  const candidate = exercise.candidates.find((c) => c.id === result.candidateId);
  const memberIds = decision.inputs.map((i) => i.memberId);
  const divergent = new Set(decision.divergences.filter((d) => d.candidateId === result.candidateId).map((d) => d.criterionId));
  const consensusBy = new Map<string, ConsensusScore>(standing.items.map((item) => [item.criterionId, item]));
  const criteria = exercise.criteria.map((k): ReportCriterionRow => {
    const summary = result.criteria[k.id] ?? { mean: null, min: null, max: null, n: 0 };
    const consensus = consensusBy.get(k.id);
    return {
      criterionId: k.id,
      name: k.name,
      weight: k.weight,
      mean: summary.mean,
      min: summary.min,
      max: summary.max,
      n: summary.n,
      divergent: divergent.has(k.id),
      consensus: consensus === undefined ? null : { score: consensus.score, justification: consensus.justification },
      scores: sheets === null ? null : sheetScores(result.candidateId, k.id, memberIds, sheets),
    };
  });
  const totals = memberIds.map((memberId) => ({ memberId, label: labels.get(memberId) ?? memberId, total: result.memberTotals[memberId] ?? null }));
  const present = totals.map((t) => t.total).filter((t): t is number => t !== null);
  return {
    id: result.candidateId,
    name: candidate?.name ?? result.candidateId,
    summary: candidate?.summary ?? null,
    panelScore: result.panelScore,
    rank: result.rank,
    consensusScore: standing.consensusScore,
    consensusRank: standing.consensusRank,
    moved: standing.moved,
    memberTotals: totals,
    totalsRange: present.length === 0 ? null : { min: Math.min(...present), max: Math.max(...present) },
    recused: result.recused.map((id) => labels.get(id) ?? id),
    incomplete: result.incomplete.map((id) => labels.get(id) ?? id),
    criteria,
  };
}

/** Builds the report's data model from an exercise and its (signed) decision record, plus the merged sheets for evidence. */
export function buildReportModel(input: ReportInput): ReportModel {
  const { exercise, decision } = input;
  const members = membersOf(exercise, input.anonymous === true);
  const labels = new Map(members.map((m) => [m.id, m.label]));
  const candidateNames = new Map(exercise.candidates.map((c) => [c.id, c.name]));
  const criterionNames = new Map(exercise.criteria.map((k) => [k.id, k.name]));
  const consensus = decision.outcome?.consensus ?? [];
  const standings = consensusStandings(exercise, decision.candidates, consensus);
  const sheets = input.sheets === undefined ? null : mergedSheets(decision, input.sheets);
  const candidates = decision.candidates.map((_, i) => candidateOf(input, i, standings[i], sheets?.byMember ?? null, labels));
  const byRank = [...candidates].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity));
  const totalWeight = exercise.criteria.reduce((sum, k) => sum + k.weight, 0);

  return {
    exercise: {
      id: exercise.exerciseId,
      title: exercise.title,
      description: exercise.description ?? null,
      issuedAt: exercise.issuedAt,
      secretariatName: exercise.secretariat.name,
      secretariatFingerprint: fingerprint(exercise.secretariat.publicKey),
      scale: labelledScalePoints(exercise.scale),
      divergenceThreshold: exercise.divergenceThreshold ?? 2,
      criteria: exercise.criteria.map((k) => ({ id: k.id, name: k.name, kind: k.kind, weight: k.weight, totalWeight, description: k.description ?? null })),
    },
    members,
    decision: {
      hash: documentHash(decision),
      exerciseHash: decision.exerciseHash,
      signerFingerprint: signerFingerprint(decision),
    },
    candidates,
    ranking: byRank.map((c) => c.id),
    divergences: decision.divergences.map((d) => {
      const resolved = candidates.find((c) => c.id === d.candidateId)?.criteria.find((k) => k.criterionId === d.criterionId)?.consensus ?? null;
      return { candidateId: d.candidateId, candidateName: candidateNames.get(d.candidateId) ?? d.candidateId, criterionId: d.criterionId, criterionName: criterionNames.get(d.criterionId) ?? d.criterionId, min: d.min, max: d.max, resolution: resolved };
    }),
    reliability: reliabilityReadings(decision.reliability),
    outcome:
      decision.outcome === null
        ? null
        : {
            selected: decision.outcome.selected.map((id) => ({ id, name: candidateNames.get(id) ?? id })),
            decidedAt: decision.outcome.decidedAt,
            rationale: decision.outcome.rationale,
            concurrences: decision.outcome.concurrences.map((c) => ({ memberId: c.memberId, label: labels.get(c.memberId) ?? c.memberId, agrees: c.agrees, note: c.note ?? null })),
          },
    inputs: decision.inputs.map((i) => ({ ...i, label: labels.get(i.memberId) ?? i.memberId })),
    rejected: decision.rejected.map((r) => ({ ...r })),
    evidence: sheets === null ? { included: false, sheetsUsed: 0, sheetsIgnored: 0 } : { included: true, sheetsUsed: sheets.byMember.size, sheetsIgnored: sheets.ignored },
  };
}
