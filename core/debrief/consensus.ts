// Consensus (moderated) scores beside the independent ones (formats.md §6): the debrief agrees a
// score on some (candidate, criterion) items; this module says how the ranking moves because of them.

import { competitionRanks } from '../stats/ranking';
import type { ConsensusScore, DecisionCandidate, Exercise } from '../types';

/** One candidate's independent and consensus standing. */
export interface ConsensusStanding {
  candidateId: string;
  /** The independent panel score P[c] and rank from the merge (formats.md §5). */
  panelScore: number | null;
  rank: number | null;
  /**
   * P[c] moved by the agreed consensus scores: P[c] + sum over consensus items k of
   * w[k] * (consensus[k] - mean[k]) / sum w. With every member complete this is exactly the
   * weighted total of the criterion means with the consensus scores put in their place.
   * Equal to panelScore when the candidate has no consensus item; null when panelScore is null.
   */
  consensusScore: number | null;
  /** Competition rank (1, 2, 2, 4) of consensusScore among candidates that have one. */
  consensusRank: number | null;
  /** How many places the candidate moved: rank - consensusRank (positive = moved up); null when either rank is null. */
  moved: number | null;
  /** The consensus items that apply to this candidate, in exercise order of criteria. */
  items: ConsensusScore[];
}

/** The independent and consensus rankings side by side, in exercise order of candidates. */
export function consensusStandings(
  exercise: Pick<Exercise, 'criteria'>,
  candidates: readonly DecisionCandidate[],
  consensus: readonly ConsensusScore[],
): ConsensusStanding[] {
  const weightOf = new Map(exercise.criteria.map((k) => [k.id, k.weight]));
  const criterionOrder = new Map(exercise.criteria.map((k, i) => [k.id, i]));
  const totalWeight = exercise.criteria.reduce((sum, k) => sum + k.weight, 0);

  const standings = candidates.map((candidate): ConsensusStanding => {
    const items = latestItems(consensus.filter((item) => item.candidateId === candidate.candidateId)).sort(
      (a, b) => (criterionOrder.get(a.criterionId) ?? 0) - (criterionOrder.get(b.criterionId) ?? 0),
    );
    let consensusScore = candidate.panelScore;
    if (consensusScore !== null && totalWeight > 0) {
      for (const item of items) {
        const mean = candidate.criteria[item.criterionId]?.mean ?? null;
        const weight = weightOf.get(item.criterionId);
        if (mean === null || weight === undefined) continue;
        consensusScore += (weight * (item.score - mean)) / totalWeight;
      }
    }
    return { candidateId: candidate.candidateId, panelScore: candidate.panelScore, rank: candidate.rank, consensusScore, consensusRank: null, moved: null, items };
  });

  const scored = standings.filter((s) => s.consensusScore !== null);
  const ranks = competitionRanks(scored.map((s) => s.consensusScore as number));
  scored.forEach((s, i) => {
    s.consensusRank = ranks[i];
    s.moved = s.rank === null ? null : s.rank - ranks[i];
  });
  return standings;
}

/** One entry per (candidate, criterion): the last one recorded wins, as a re-agreed score replaces the earlier one. */
function latestItems(items: readonly ConsensusScore[]): ConsensusScore[] {
  const byCriterion = new Map<string, ConsensusScore>();
  for (const item of items) byCriterion.set(item.criterionId, item);
  return [...byCriterion.values()];
}
