// Reliability figures of a merge (formats.md §5 step 8), taken from the score table: ICC and
// Kendall's W on the complete block of member totals, Krippendorff's alpha on every score.
import { icc2 } from '../stats/icc';
import { kendallW } from '../stats/kendall-w';
import { krippendorffAlphaInterval } from '../stats/krippendorff-alpha';
import type { Reliability } from '../types';
import type { ScoreTable } from './score-table';

/** icc21, icc2k, kendallW and krippendorffAlpha of a merge; each null when it cannot be computed. */
export function reliability(table: ScoreTable, totals: Float64Array): Reliability {
  const matrix = completeTotals(table, totals);
  const { icc21, icc2k } = icc2(matrix);
  return { icc21, icc2k, kendallW: kendallW(matrix), krippendorffAlpha: krippendorffAlphaInterval(units(table)) };
}

/**
 * S[m][c] restricted to the members who have any total and the candidates for which every one
 * of those members has a total (members in memberId order, candidates in exercise order).
 */
export function completeTotals(table: ScoreTable, totals: Float64Array): number[][] {
  const C = table.candidateCount;
  const rows: number[] = [];
  for (let m = 0; m < table.members.length; m++) {
    for (let c = 0; c < C; c++) {
      if (totals[m * C + c] === totals[m * C + c]) {
        rows.push(m);
        break;
      }
    }
  }
  const columns: number[] = [];
  for (let c = 0; c < C; c++) {
    if (rows.every((m) => totals[m * C + c] === totals[m * C + c])) columns.push(c);
  }
  return rows.map((m) => columns.map((c) => totals[m * C + c]));
}

/** Every (candidate, criterion) unit with the available scores of all members (members in order). */
function units(table: ScoreTable): number[][] {
  const { members, candidateCount: C, criterionCount: K, scores } = table;
  const M = members.length;
  const result: number[][] = [];
  const filled = new Uint32Array(K);
  for (let c = 0; c < C; c++) {
    // Member by member, each member's K scores for c are adjacent: far fewer cache misses than
    // gathering one unit at a time, and each unit still lists its scores in member order.
    const ofCandidate: number[][] = [];
    for (let k = 0; k < K; k++) ofCandidate.push(new Array<number>(M));
    filled.fill(0);
    for (let m = 0; m < M; m++) {
      const base = (m * C + c) * K;
      for (let k = 0; k < K; k++) {
        const r = scores[base + k];
        if (r === r) ofCandidate[k][filled[k]++] = r;
      }
    }
    for (let k = 0; k < K; k++) {
      if (filled[k] < 2) continue;
      ofCandidate[k].length = filled[k];
      result.push(ofCandidate[k]);
    }
  }
  return result;
}
