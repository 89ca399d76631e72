// Kendall's coefficient of concordance W with the correction for ties, over the rankings
// that each rater's values induce on the targets (formats.md §5 step 8).
import { columnCount, ratioOrNull } from './matrix';
import { averageRanks } from './ranking';

/**
 * Kendall's W of `matrix[rater][target]`: each row is ranked (average ranks for tie groups of
 * values within 1e-9 of the group's first value), W = 12 S / (m^2 (n^3 - n) - m sum T).
 * Null for fewer than two raters or two targets, or when the denominator is at most 1e-12.
 */
export function kendallW(matrix: readonly (readonly number[])[]): number | null {
  const m = matrix.length;
  const n = columnCount(matrix);
  if (m < 2 || n < 2) return null;

  const rankSums = new Float64Array(n);
  let tieCorrection = 0;
  for (const row of matrix) {
    const { ranks, tieCorrection: t } = averageRanks(row);
    for (let c = 0; c < n; c++) rankSums[c] += ranks[c];
    tieCorrection += t;
  }
  const meanRankSum = (m * (n + 1)) / 2;
  let s = 0;
  for (let c = 0; c < n; c++) s += (rankSums[c] - meanRankSum) ** 2;
  return ratioOrNull(12 * s, m * m * (n * n * n - n) - m * tieCorrection);
}
