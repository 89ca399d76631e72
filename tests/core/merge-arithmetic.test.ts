import { beforeAll, describe, expect, it } from 'vitest';
import { icc2 } from '../../core/stats/icc';
import { kendallW } from '../../core/stats/kendall-w';
import { krippendorffAlphaInterval } from '../../core/stats/krippendorff-alpha';
import type { Criterion, DecisionRecord, UnsignedExercise } from '../../core/types';
import { type Fixture, SECRETS, fixture, fixtureWithoutThreshold, merge, rated, recusal, sheetFile } from './merge-fixtures';

const criteria: Criterion[] = [
  { id: 'a', name: 'A', kind: 'core', weight: 2 },
  { id: 'b', name: 'B', kind: 'functional', weight: 1 },
  { id: 'c', name: 'C', kind: 'technical', weight: 1 },
];
const candidates = ['cand-01', 'cand-02', 'cand-03', 'cand-04'].map((id) => ({ id, name: id }));
const shape: Partial<UnsignedExercise> = { criteria, candidates };

// formats.md §5 steps 4-8 on a hand-computed example:
//            cand-01        cand-02   cand-03          cand-04
// m-norway   a5 b4 c3=4.25  3 3 3=3   recused          a2 b2 (incomplete)
// m-laos     a4 b4 c4=4     3 3 3=3   a1 b5 c3=2.5     (left out: incomplete)
// m-chile    a3 b2 c5=3.25  3 3 3=3   a2 b2 c2=2       recused
describe('mergeSheets — arithmetic', () => {
  let fx: Fixture;
  let record: DecisionRecord;
  beforeAll(async () => {
    fx = await fixture(shape);
    const same = { a: 3, b: 3, c: 3 };
    record = merge(fx, [
      await sheetFile(fx, 'm-norway', SECRETS.norway, {
        candidates: [rated('cand-01', { a: 5, b: 4, c: 3 }), rated('cand-02', same), recusal('cand-03'), rated('cand-04', { a: 2, b: 2 })],
      }),
      await sheetFile(fx, 'm-laos', SECRETS.laos, {
        candidates: [rated('cand-03', { a: 1, b: 5, c: 3 }), rated('cand-01', { c: 4, b: 4, a: 4 }), rated('cand-02', same)],
      }),
      await sheetFile(fx, 'm-chile', SECRETS.chile, {
        candidates: [rated('cand-01', { a: 3, b: 2, c: 5 }), rated('cand-02', same), rated('cand-03', { a: 2, b: 2, c: 2 }), recusal('cand-04')],
      }),
    ]);
  });

  it('lists inputs sorted by memberId and candidates in exercise order', () => {
    expect(record.inputs.map((i) => i.memberId)).toEqual(['m-chile', 'm-laos', 'm-norway']);
    expect(record.candidates.map((c) => c.candidateId)).toEqual(['cand-01', 'cand-02', 'cand-03', 'cand-04']);
  });

  it('weights member totals by criterion weight, and leaves recused and incomplete members without one', () => {
    expect(record.candidates.map((c) => c.memberTotals)).toEqual([
      { 'm-chile': 3.25, 'm-laos': 4, 'm-norway': 4.25 },
      { 'm-chile': 3, 'm-laos': 3, 'm-norway': 3 },
      { 'm-chile': 2, 'm-laos': 2.5, 'm-norway': null },
      { 'm-chile': null, 'm-laos': null, 'm-norway': null },
    ]);
  });

  it('lists recused and incomplete members (a candidate left out counts as incomplete), sorted', () => {
    expect(record.candidates.map((c) => [c.recused, c.incomplete])).toEqual([
      [[], []],
      [[], []],
      [['m-norway'], []],
      [['m-chile'], ['m-laos', 'm-norway']],
    ]);
  });

  it('takes the panel score as the mean of the defined totals, null when there is none', () => {
    expect(record.candidates[0].panelScore).toBeCloseTo(11.5 / 3, 12);
    expect(record.candidates.slice(1).map((c) => c.panelScore)).toEqual([3, 2.25, null]);
  });

  it('ranks candidates by panel score and gives no rank without one', () => {
    expect(record.candidates.map((c) => c.rank)).toEqual([1, 2, 3, null]);
  });

  it('summarises every criterion over the available scores, incomplete members included', () => {
    expect(record.candidates[0].criteria).toEqual({
      a: { mean: 4, min: 3, max: 5, n: 3 },
      b: { mean: 10 / 3, min: 2, max: 4, n: 3 },
      c: { mean: 4, min: 3, max: 5, n: 3 },
    });
    expect(record.candidates[3].criteria).toEqual({
      a: { mean: 2, min: 2, max: 2, n: 1 },
      b: { mean: 2, min: 2, max: 2, n: 1 },
      c: { mean: null, min: null, max: null, n: 0 },
    });
  });

  it('records divergences of at least the threshold, in exercise order of candidates then criteria', () => {
    expect(record.divergences).toEqual([
      { candidateId: 'cand-01', criterionId: 'a', min: 3, max: 5 },
      { candidateId: 'cand-01', criterionId: 'b', min: 2, max: 4 },
      { candidateId: 'cand-01', criterionId: 'c', min: 3, max: 5 },
      { candidateId: 'cand-03', criterionId: 'b', min: 2, max: 5 },
    ]);
  });

  it('computes ICC and W on the members with a total and the candidates all of them scored', () => {
    // Every member has a total; only cand-01 and cand-02 have a total from all three.
    const matrix = [
      [3.25, 3],
      [4, 3],
      [4.25, 3],
    ];
    const { icc21, icc2k } = icc2(matrix);
    expect(record.reliability.icc21).toBe(icc21);
    expect(record.reliability.icc2k).toBe(icc2k);
    expect(record.reliability.kendallW).toBe(kendallW(matrix));
    expect(record.reliability.kendallW).toBe(1); // every member ranks cand-01 above cand-02
  });

  it('computes Krippendorff\'s alpha over every (candidate, criterion) unit with two or more scores', () => {
    const units = [
      [3, 4, 5], [2, 4, 4], [5, 4, 3], // cand-01 a, b, c (chile, laos, norway)
      [3, 3, 3], [3, 3, 3], [3, 3, 3], // cand-02
      [2, 1], [2, 5], [2, 3], // cand-03
    ];
    expect(record.reliability.krippendorffAlpha).toBeCloseTo(krippendorffAlphaInterval(units)!, 14);
  });
});

describe('mergeSheets — ranks, divergence boundaries and empty merges', () => {
  it('gives equal panel scores a shared rank and skips the next (1, 2, 2, 4), ties within 1e-9 included', async () => {
    const fx = await fixture(shape);
    const record = merge(fx, [
      await sheetFile(fx, 'm-norway', SECRETS.norway, {
        candidates: [
          rated('cand-01', { a: 4, b: 4, c: 4 }),
          rated('cand-02', { a: 3, b: 3, c: 3 }),
          rated('cand-03', { a: 3 + 4e-10, b: 3, c: 3 }), // a valid scale point: within 1e-9 of 3
          rated('cand-04', { a: 1, b: 1, c: 1 }),
        ],
      }),
    ]);
    expect(record.candidates[2].panelScore).not.toBe(record.candidates[1].panelScore);
    expect(record.candidates.map((c) => c.rank)).toEqual([1, 2, 2, 4]);
  });

  async function spread(low: number, high: number, divergenceThreshold?: number): Promise<DecisionRecord> {
    const fx = divergenceThreshold === undefined ? await fixtureWithoutThreshold(shape) : await fixture({ ...shape, divergenceThreshold });
    expect(fx.exercise.divergenceThreshold).toBe(divergenceThreshold);
    return merge(fx, [
      await sheetFile(fx, 'm-norway', SECRETS.norway, { candidates: [rated('cand-01', { a: low })] }),
      await sheetFile(fx, 'm-laos', SECRETS.laos, { candidates: [rated('cand-01', { a: high })] }),
    ]);
  }

  it('records a spread of exactly threshold - 1e-10 as a divergence', async () => {
    expect((await spread(1, 3 - 1e-10)).divergences).toEqual([{ candidateId: 'cand-01', criterionId: 'a', min: 1, max: 3 - 1e-10 }]);
  });

  it('does not record a spread more than 1e-9 below the threshold', async () => {
    expect((await spread(1 + 0.9e-9, 3 - 0.9e-9)).divergences).toEqual([]);
    expect((await spread(1, 3, 2 + 2e-9)).divergences).toEqual([]);
  });

  it('uses the exercise\'s divergenceThreshold, and 2 when it has none', async () => {
    expect((await spread(2, 3, 1)).divergences).toHaveLength(1);
    expect((await spread(2, 3)).divergences).toEqual([]);
    expect((await spread(1, 3)).divergences).toHaveLength(1);
  });

  it('merges no sheets into a record with no scores and null reliability', async () => {
    const fx = await fixture(shape);
    const record = merge(fx, []);
    expect(record).toMatchObject({ inputs: [], rejected: [], divergences: [], outcome: null });
    expect(record.reliability).toEqual({ icc21: null, icc2k: null, kendallW: null, krippendorffAlpha: null });
    expect(record.candidates[0]).toEqual({
      candidateId: 'cand-01',
      panelScore: null,
      rank: null,
      memberTotals: {},
      recused: [],
      incomplete: [],
      criteria: Object.fromEntries(criteria.map((k) => [k.id, { mean: null, min: null, max: null, n: 0 }])),
    });
  });

  it('reports null ICC and W with only one member, and the record names the exercise and its hash', async () => {
    const fx = await fixture(shape);
    const record = merge(fx, [await sheetFile(fx, 'm-norway', SECRETS.norway, { candidates: [rated('cand-01', { a: 4, b: 4, c: 4 }), rated('cand-02', { a: 1, b: 1, c: 1 })] })]);
    expect(record).toMatchObject({ format: 'panelscore.decision', formatVersion: 1, exerciseId: 'ccm-isu-director', exerciseHash: fx.pkg.exerciseHash });
    expect(record.reliability).toMatchObject({ icc21: null, icc2k: null, kendallW: null, krippendorffAlpha: null });
  });
});
