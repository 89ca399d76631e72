// Per-candidate results of the merge (formats.md §5 steps 5-7): panel scores, criterion
// summaries, divergences and shared ranks, all in exercise order.
import { competitionRanks } from '../stats/ranking';
import type { CriterionSummary, DecisionCandidate, Divergence, Exercise } from '../types';
import { ENTRY_RECUSED, type ScoreTable } from './score-table';

/** Threshold used when the exercise does not set `divergenceThreshold` (formats.md §2.1). */
export const DEFAULT_DIVERGENCE_THRESHOLD = 2;
const TOLERANCE = 1e-9;

/** The `candidates` and `divergences` of a decision record, from the score table and member totals. */
export function candidateResults(
  exercise: Exercise,
  table: ScoreTable,
  totals: Float64Array,
): { candidates: DecisionCandidate[]; divergences: Divergence[] } {
  const { members, candidateCount: C, criterionCount: K, scores, status } = table;
  const M = members.length;
  const threshold = (exercise.divergenceThreshold ?? DEFAULT_DIVERGENCE_THRESHOLD) - TOLERANCE;
  const divergences: Divergence[] = [];
  const panelScores = new Float64Array(C).fill(Number.NaN);

  const candidates = exercise.candidates.map((candidate, c): DecisionCandidate => {
    const memberTotalsOut: Record<string, number | null> = {};
    const recused: string[] = [];
    const incomplete: string[] = [];
    let sum = 0;
    let defined = 0;
    for (let m = 0; m < M; m++) {
      const total = totals[m * C + c];
      if (total === total) {
        memberTotalsOut[members[m]] = total;
        sum += total;
        defined++;
      } else {
        memberTotalsOut[members[m]] = null;
        (status[m * C + c] === ENTRY_RECUSED ? recused : incomplete).push(members[m]);
      }
    }
    if (defined > 0) panelScores[c] = sum / defined;

    const criteria: Record<string, CriterionSummary> = {};
    exercise.criteria.forEach((criterion, k) => {
      const summary = summarize(scores, c, k, M, C, K);
      criteria[criterion.id] = summary;
      if (summary.n >= 2 && summary.max! - summary.min! >= threshold) {
        divergences.push({ candidateId: candidate.id, criterionId: criterion.id, min: summary.min!, max: summary.max! });
      }
    });

    return {
      candidateId: candidate.id,
      panelScore: defined > 0 ? panelScores[c] : null,
      rank: null,
      memberTotals: memberTotalsOut,
      recused,
      incomplete,
      criteria,
    };
  });

  const scored = candidates.flatMap((_, c) => (panelScores[c] === panelScores[c] ? [c] : []));
  const ranks = competitionRanks(scored.map((c) => panelScores[c]));
  scored.forEach((c, i) => (candidates[c].rank = ranks[i]));
  return { candidates, divergences };
}

/** Mean, min, max and count of the available scores of candidate c on criterion k, members in order. */
function summarize(scores: Float64Array, c: number, k: number, M: number, C: number, K: number): CriterionSummary {
  let n = 0;
  let sum = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (let m = 0; m < M; m++) {
    const r = scores[(m * C + c) * K + k];
    if (r !== r) continue;
    n++;
    sum += r;
    if (r < min) min = r;
    if (r > max) max = r;
  }
  return n === 0 ? { mean: null, min: null, max: null, n: 0 } : { mean: sum / n, min, max, n };
}
