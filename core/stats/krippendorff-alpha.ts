// Krippendorff's alpha with the interval metric (difference squared), for any number of coders
// and missing values: each unit lists the values coders gave it (formats.md §5 step 8).
import { ratioOrNull } from './matrix';

/**
 * Interval alpha = 1 - D_o / D_e over `units` (each the values given to one unit; units with
 * fewer than two values are left out). Null when no unit is pairable or D_e is at most 1e-12.
 */
export function krippendorffAlphaInterval(units: readonly (readonly number[])[]): number | null {
  // With the interval metric, sum over ordered pairs i != j of (v_i - v_j)^2 = 2 m SS, where SS is
  // the sum of squared deviations from the mean: so both disagreements reduce to sums of squares.
  let n = 0;
  let total = 0;
  let withinUnits = 0; // sum over units of m_u * SS_u / (m_u - 1)
  for (const unit of units) {
    const mu = unit.length;
    if (mu < 2) continue;
    let sum = 0;
    for (const v of unit) sum += v;
    const mean = sum / mu;
    let ss = 0;
    for (const v of unit) ss += (v - mean) ** 2;
    withinUnits += (mu * ss) / (mu - 1);
    n += mu;
    total += sum;
  }
  if (n < 2) return null;

  const grandMean = total / n;
  let ssTotal = 0;
  for (const unit of units) {
    if (unit.length < 2) continue;
    for (const v of unit) ssTotal += (v - grandMean) ** 2;
  }
  // D_o = (1/n) * 2 * withinUnits; D_e = 2 * n * ssTotal / (n (n - 1)) = 2 ssTotal / (n - 1)
  const observed = (2 * withinUnits) / n;
  const expected = (2 * ssTotal) / (n - 1);
  const ratio = ratioOrNull(observed, expected);
  return ratio === null ? null : 1 - ratio;
}
