// Small checks shared by the reliability statistics: shape of a raters x targets matrix
// and the "null when it cannot be computed" rule of formats.md §5 step 8.

/** A denominator whose absolute value is at most this makes a figure null (formats.md §5 step 8). */
export const DENOMINATOR_EPSILON = 1e-12;

/** Number of columns of a rectangular matrix; throws RangeError on a ragged one (a programming error). */
export function columnCount(matrix: readonly (readonly number[])[]): number {
  const columns = matrix.length === 0 ? 0 : matrix[0].length;
  for (const row of matrix) {
    if (row.length !== columns) throw new RangeError('reliability statistics need a rectangular matrix');
  }
  return columns;
}

/** numerator / denominator, or null when |denominator| <= 1e-12 or the result is not finite. */
export function ratioOrNull(numerator: number, denominator: number): number | null {
  if (!(Math.abs(denominator) > DENOMINATOR_EPSILON)) return null;
  const value = numerator / denominator;
  return Number.isFinite(value) ? value : null;
}
