import { describe, expect, it } from 'vitest';
import { kendallW } from '../../core/stats/kendall-w';
import { averageRanks, competitionRanks } from '../../core/stats/ranking';

describe('kendallW', () => {
  it('reproduces the tie-corrected W of the irr reference manual anxiety example (Wt = 0.54)', () => {
    // Gamer, Lemon, Fellows & Singh, irr: Various Coefficients of Interrater Reliability and
    // Agreement (CRAN), data(anxiety): 20 subjects rated by 3 raters on 1..6, with many ties.
    // kendall(anxiety, correct = TRUE) reports Wt = 0.54, Chisq(19) = 30.8.
    const rater1 = [3, 3, 3, 4, 5, 5, 2, 3, 5, 2, 2, 6, 1, 5, 2, 2, 1, 2, 4, 3];
    const rater2 = [3, 6, 4, 6, 2, 4, 2, 4, 3, 3, 2, 3, 3, 3, 2, 2, 1, 3, 3, 4];
    const rater3 = [2, 1, 4, 4, 3, 2, 1, 6, 1, 1, 1, 2, 3, 3, 1, 1, 3, 3, 2, 2];
    const w = kendallW([rater1, rater2, rater3]);
    expect(w).toBeCloseTo(0.54, 2);
    expect(3 * 19 * w!).toBeCloseTo(30.8, 1); // the chi-square the manual prints
  });

  it('matches a hand computation with ties', () => {
    // Rater A: 1 1 2 → ranks 1.5 1.5 3, T = 2^3 - 2 = 6. Rater B: 1 2 3 → ranks 1 2 3.
    // Rank sums 2.5 3.5 6; mean 4; S = 2.25 + 0.25 + 4 = 6.5.
    // W = 12 * 6.5 / (4 * (27 - 3) - 2 * 6) = 78 / 84.
    expect(kendallW([
      [1, 1, 2],
      [1, 2, 3],
    ])).toBeCloseTo(78 / 84, 12);
  });

  it('is 1 for identical rankings and 0 for opposite rankings of two raters', () => {
    expect(kendallW([
      [1, 2, 3, 4],
      [10, 20, 30, 40],
    ])).toBeCloseTo(1, 12);
    expect(kendallW([
      [1, 2, 3, 4],
      [4, 3, 2, 1],
    ])).toBeCloseTo(0, 12);
  });

  it('treats totals less than 1e-9 apart as tied', () => {
    const exact = kendallW([
      [1, 1, 2],
      [1, 2, 3],
    ]);
    expect(kendallW([
      [1, 1 + 0.5e-9, 2],
      [1, 2, 3],
    ])).toBe(exact);
  });

  it('is null when every rater ties every target (zero denominator)', () => {
    expect(kendallW([
      [3, 3, 3],
      [2, 2, 2],
    ])).toBeNull();
  });

  it('is null with fewer than two raters or two targets', () => {
    expect(kendallW([[1, 2, 3]])).toBeNull();
    expect(kendallW([[1], [2]])).toBeNull();
  });
});

describe('averageRanks', () => {
  it('groups a run of values less than 1e-9 above the run\'s first value, not a chain', () => {
    // 1, 1+0.6e-9, 1+1.2e-9: the third is 1.2e-9 above the run's first value, so it starts a new
    // group even though it is within 1e-9 of its neighbour.
    const { ranks, tieCorrection } = averageRanks([1 + 1.2e-9, 1, 1 + 0.6e-9]);
    expect(Array.from(ranks)).toEqual([3, 1.5, 1.5]);
    expect(tieCorrection).toBe(6);
  });

  it('keeps values exactly 1e-9 apart in separate groups', () => {
    expect(Array.from(averageRanks([2, 2 + 1e-9]).ranks)).toEqual([1, 2]);
  });
});

describe('competitionRanks', () => {
  it('gives equal scores a shared rank and skips the next (1, 2, 2, 4)', () => {
    expect(competitionRanks([4, 3, 3, 1])).toEqual([1, 2, 2, 4]);
  });

  it('ties scores less than 1e-9 apart and separates scores 1e-9 or more apart', () => {
    expect(competitionRanks([3, 3 + 0.5e-9, 2])).toEqual([1, 1, 3]);
    expect(competitionRanks([3, 3 + 2e-9])).toEqual([2, 1]);
  });

  it('agrees with the definition rank(c) = 1 + #{d : P[d] - P[c] >= 1e-9} on random scores', () => {
    const values = Array.from({ length: 200 }, (_, i) => Math.round(((i * 7919) % 101) / 3) / 4 + ((i % 3) * 1e-10));
    const expected = values.map((v) => 1 + values.filter((d) => d - v >= 1e-9).length);
    expect(competitionRanks(values)).toEqual(expected);
  });
});
