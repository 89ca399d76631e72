import { describe, expect, it } from 'vitest';
import { icc2 } from '../../core/stats/icc';

/** matrix[rater][target] from a table written target by target (rows = targets, as printed). */
function ratersByTargets(targetRows: number[][]): number[][] {
  return targetRows[0].map((_, rater) => targetRows.map((row) => row[rater]));
}

describe('icc2', () => {
  it('reproduces Shrout & Fleiss (1979), Table 2 and 4: ICC(2,1) = .29 and ICC(2,k) = .62', () => {
    // Shrout, P. E. & Fleiss, J. L. (1979). Intraclass correlations: uses in assessing rater
    // reliability. Psychological Bulletin 86(2), 420-428. Table 2: 6 targets x 4 judges.
    const table2 = [
      [9, 2, 5, 8],
      [6, 1, 3, 2],
      [8, 4, 6, 8],
      [7, 1, 2, 6],
      [10, 5, 6, 9],
      [6, 2, 4, 7],
    ];
    const { icc21, icc2k } = icc2(ratersByTargets(table2));
    expect(icc21).toBeCloseTo(0.29, 2);
    expect(icc2k).toBeCloseTo(0.62, 2);
    // From the mean squares of Table 3 (BMS 11.24, JMS 32.49, EMS 1.02), exactly:
    // ICC(2,1) = (BMS - EMS) / (BMS + 3 EMS + 4 (JMS - EMS) / 6) = 0.28976...
    expect(icc21).toBeCloseTo(0.289764, 6);
    expect(icc2k).toBeCloseTo(0.620051, 6);
  });

  it('is 1 when every rater gives every target the same value as the others', () => {
    const { icc21, icc2k } = icc2([
      [1, 2, 3],
      [1, 2, 3],
    ]);
    expect(icc21).toBeCloseTo(1, 12);
    expect(icc2k).toBeCloseTo(1, 12);
  });

  it('penalises a constant offset between raters (absolute agreement, not consistency)', () => {
    // Hand computation: targets 1,2,3 and 3,4,5. Grand mean 3; BMS = 2*(1+0+1)/2 = 2;
    // JMS = 3*(1+1)/1 = 6; EMS = 0. ICC(2,1) = 2 / (2 + 0 + 2*6/3) = 1/3; ICC(2,k) = 2 / (2 + 2) = 0.5.
    const { icc21, icc2k } = icc2([
      [1, 2, 3],
      [3, 4, 5],
    ]);
    expect(icc21).toBeCloseTo(1 / 3, 12);
    expect(icc2k).toBeCloseTo(0.5, 12);
  });

  it('does not clamp a negative value', () => {
    // Raters disagree in opposite directions: target means all 2 → BMS = 0; rater means equal →
    // JMS = 0; residuals ±1, ±1, 0, 0 → EMS = 4 / 2 = 2. ICC(2,1) = -2 / (0 + 2 + 2 * (0 - 2) / 3) = -3.
    const { icc21 } = icc2([
      [1, 3, 2],
      [3, 1, 2],
    ]);
    expect(icc21).toBeCloseTo(-3, 12);
  });

  it('is null when every value is the same (zero denominator)', () => {
    expect(icc2([
      [4, 4, 4],
      [4, 4, 4],
    ])).toEqual({ icc21: null, icc2k: null });
  });

  it('is null with fewer than two raters or two targets', () => {
    expect(icc2([[1, 2, 3]])).toEqual({ icc21: null, icc2k: null });
    expect(icc2([[1], [2], [3]])).toEqual({ icc21: null, icc2k: null });
    expect(icc2([])).toEqual({ icc21: null, icc2k: null });
  });

  it('refuses a ragged matrix', () => {
    expect(() => icc2([[1, 2], [1]])).toThrow(RangeError);
  });
});
