import { describe, expect, it } from 'vitest';
import { krippendorffAlphaInterval } from '../../core/stats/krippendorff-alpha';

/** Units (columns) of an observers x units table, missing values left out. */
function unitsOf(table: (number | null)[][]): number[][] {
  return table[0].map((_, u) => table.map((row) => row[u]).filter((v): v is number => v !== null));
}

describe('krippendorffAlphaInterval', () => {
  it('reproduces Krippendorff (2011), "Computing Krippendorff\'s Alpha-Reliability": interval alpha = 0.849', () => {
    // The worked example with missing data: 4 observers x 12 units, values 1..5; unit 12 has one
    // value and is not pairable. Published: nominal .743, ordinal .815, interval .849, ratio .797.
    const _ = null;
    const table = [
      [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
      [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
      [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
      [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
    ];
    expect(krippendorffAlphaInterval(unitsOf(table))).toBeCloseTo(0.849, 3);
  });

  it('matches a hand computation', () => {
    // Units {1,2} and {3,3}: n = 4, D_o = (1/4) * (2*1/1 + 0) = 0.5;
    // all pairs: values 1,2,3,3, mean 2.25, SS = 1.5625+0.0625+0.5625+0.5625 = 2.75, D_e = 2*2.75/3.
    // alpha = 1 - 0.5 / (5.5/3) = 1 - 3/11.
    expect(krippendorffAlphaInterval([
      [1, 2],
      [3, 3],
    ])).toBeCloseTo(1 - 3 / 11, 12);
  });

  it('leaves out units with fewer than two values', () => {
    const units = [
      [1, 2],
      [3, 3],
    ];
    expect(krippendorffAlphaInterval([...units, [5], []])).toBe(krippendorffAlphaInterval(units));
  });

  it('is 1 for perfect agreement and can be negative (not clamped)', () => {
    expect(krippendorffAlphaInterval([
      [1, 1],
      [4, 4, 4],
    ])).toBeCloseTo(1, 12);
    // Systematic disagreement inside units, none between them: D_o > D_e.
    expect(krippendorffAlphaInterval([
      [1, 5],
      [5, 1],
    ])!).toBeLessThan(0);
  });

  it('is null when every value is the same (zero expected disagreement)', () => {
    expect(krippendorffAlphaInterval([
      [3, 3],
      [3, 3, 3],
    ])).toBeNull();
  });

  it('is null when no unit has two values', () => {
    expect(krippendorffAlphaInterval([[1], [2], []])).toBeNull();
    expect(krippendorffAlphaInterval([])).toBeNull();
  });
});
