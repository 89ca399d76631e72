// Intraclass correlation ICC(2,1) and ICC(2,k) of Shrout and Fleiss (1979): two-way random
// effects, absolute agreement, from the mean squares of a two-way ANOVA without replication.
import { columnCount, ratioOrNull } from './matrix';

/** ICC(2,1) (one rater) and ICC(2,k) (mean of the k raters); null when not computable. */
export interface Icc2 {
  icc21: number | null;
  icc2k: number | null;
}

/**
 * ICC(2,1) and ICC(2,k) of `matrix[rater][target]` (every cell filled); null for fewer than
 * two raters or two targets, or when a denominator is at most 1e-12.
 */
export function icc2(matrix: readonly (readonly number[])[]): Icc2 {
  const k = matrix.length;
  const n = columnCount(matrix);
  if (k < 2 || n < 2) return { icc21: null, icc2k: null };

  const raterMeans = new Float64Array(k);
  const targetMeans = new Float64Array(n);
  let grand = 0;
  for (let r = 0; r < k; r++) {
    const row = matrix[r];
    let sum = 0;
    for (let c = 0; c < n; c++) {
      sum += row[c];
      targetMeans[c] += row[c];
    }
    raterMeans[r] = sum / n;
    grand += sum;
  }
  grand /= k * n;
  for (let c = 0; c < n; c++) targetMeans[c] /= k;

  let ssTargets = 0;
  for (let c = 0; c < n; c++) ssTargets += (targetMeans[c] - grand) ** 2;
  ssTargets *= k;
  let ssRaters = 0;
  for (let r = 0; r < k; r++) ssRaters += (raterMeans[r] - grand) ** 2;
  ssRaters *= n;
  // Residuals directly rather than SS_total - SS_targets - SS_raters: no cancellation below zero.
  let ssError = 0;
  for (let r = 0; r < k; r++) {
    const row = matrix[r];
    for (let c = 0; c < n; c++) ssError += (row[c] - raterMeans[r] - targetMeans[c] + grand) ** 2;
  }

  const bms = ssTargets / (n - 1); // between targets
  const jms = ssRaters / (k - 1); // between raters (judges)
  const ems = ssError / ((n - 1) * (k - 1)); // residual
  return {
    icc21: ratioOrNull(bms - ems, bms + (k - 1) * ems + (k * (jms - ems)) / n),
    icc2k: ratioOrNull(bms - ems, bms + (jms - ems) / n),
  };
}
