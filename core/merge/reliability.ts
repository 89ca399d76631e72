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

/** Every (candidate, criterion) unit with the available scores of all members. */
function units(table: ScoreTable): number[][] {
  const { members, candidateCount: C, criterionCount: K, scores } = table;
  const result: number[][] = [];
  for (let c = 0; c < C; c++) {
    for (let k = 0; k < K; k++) {
      const unit: number[] = [];
      for (let m = 0; m < members.length; m++) {
        const r = scores[(m * C + c) * K + k];
        if (r === r) unit.push(r);
      }
      if (unit.length >= 2) result.push(unit);
    }
  }
  return result;
}
