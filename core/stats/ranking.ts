// Rank helpers shared by the merge (competition ranks of panel scores, formats.md §5 step 7)
// and Kendall's W (average ranks with the tie-group rule of §5 step 8).

/** Two numbers closer than this are tied (formats.md §1 tolerance). */
export const TIE_TOLERANCE = 1e-9;

/**
 * Competition ranks, highest value first: rank(i) = 1 + #{j : values[j] - values[i] >= 1e-9},
 * so equal values share a rank and the next rank skips (1, 2, 2, 4).
 */
export function competitionRanks(values: ArrayLike<number>): number[] {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const ranks = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    // Floating-point subtraction is monotone in its first operand, so the values d with
    // d - v >= 1e-9 form a suffix of the ascending order: binary search for its start.
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (sorted[mid] - v >= TIE_TOLERANCE) hi = mid;
      else lo = mid + 1;
    }
    ranks[i] = 1 + (n - lo);
  }
  return ranks;
}

/** Average ranks (1-based, ascending) with tie groups, plus the tie-correction term sum(t^3 - t). */
export interface AverageRanks {
  ranks: Float64Array;
  tieCorrection: number;
}

/**
 * Ranks values ascending; a tie group is a maximal run of the sorted values that are less
 * than 1e-9 above the run's first value, and every member of a group gets the group's mean rank.
 */
export function averageRanks(values: ArrayLike<number>): AverageRanks {
  const n = values.length;
  const order = Array.from({ length: n }, (_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const ranks = new Float64Array(n);
  let tieCorrection = 0;
  let start = 0;
  while (start < n) {
    const first = values[order[start]];
    let end = start + 1;
    while (end < n && values[order[end]] - first < TIE_TOLERANCE) end++;
    // positions start..end-1 (0-based) hold ranks start+1..end; their mean is (start + 1 + end) / 2
    const rank = (start + 1 + end) / 2;
    for (let p = start; p < end; p++) ranks[order[p]] = rank;
    const t = end - start;
    if (t > 1) tieCorrection += t * t * t - t;
    start = end;
  }
  return { ranks, tieCorrection };
}
