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
  const scratch = summaryScratch(K);

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
    const summaries = summarize(scores, c, M, C, K, scratch);
    exercise.criteria.forEach((criterion, k) => {
      const summary = summaries[k];
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

/** Running count, sum, min and max per criterion, reused from one candidate to the next. */
interface SummaryScratch {
  n: Uint32Array;
  sum: Float64Array;
  min: Float64Array;
  max: Float64Array;
}

function summaryScratch(K: number): SummaryScratch {
  return { n: new Uint32Array(K), sum: new Float64Array(K), min: new Float64Array(K), max: new Float64Array(K) };
}

/**
 * Mean, min, max and count of the available scores of candidate c on each criterion. Members are
 * taken in order (so sums are the same to the last bit), each member's K scores in one go.
 */
function summarize(scores: Float64Array, c: number, M: number, C: number, K: number, scratch: SummaryScratch): CriterionSummary[] {
  const { n, sum, min, max } = scratch;
  n.fill(0);
  sum.fill(0);
  min.fill(Number.POSITIVE_INFINITY);
  max.fill(Number.NEGATIVE_INFINITY);
  for (let m = 0; m < M; m++) {
    const base = (m * C + c) * K;
    for (let k = 0; k < K; k++) {
      const r = scores[base + k];
      if (r !== r) continue;
      n[k]++;
      sum[k] += r;
      if (r < min[k]) min[k] = r;
      if (r > max[k]) max[k] = r;
    }
  }
  const summaries: CriterionSummary[] = [];
  for (let k = 0; k < K; k++) {
    summaries.push(n[k] === 0 ? { mean: null, min: null, max: null, n: 0 } : { mean: sum[k] / n[k], min: min[k], max: max[k], n: n[k] });
  }
  return summaries;
}
