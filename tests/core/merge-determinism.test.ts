import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { canonical } from '../../core/canonical';
import { utf8Encode } from '../../core/encoding';
import { parseStrictJson } from '../../core/json/strict-json';
import { type Fixture, SECRETS, fixture, merge, pin, rated, recusal, sheetFile, trustFile } from './merge-fixtures';

// formats.md §5 step 9: the result depends only on the set of inputs, not on their order,
// on repeated copies, or on how the JSON text of a sheet is laid out.
describe('mergeSheets — determinism', () => {
  let fx: Fixture;
  let pool: Uint8Array[];
  let trust: Uint8Array;
  beforeAll(async () => {
    fx = await fixture({
      panel: [...(await fixture()).exercise.panel, { id: 'm-peru', name: 'Rosa Quispe', role: 'member' }, { id: 'm-fiji', name: 'Mere Vula', role: 'member' }],
    });
    trust = trustFile([pin('m-fiji', SECRETS.another)]);
    const norway2 = await sheetFile(fx, 'm-norway', SECRETS.norway, { revision: 2, candidates: [rated('cand-01', { leadership: 5, diplomacy: 1 }), recusal('cand-02')] });
    pool = [
      await sheetFile(fx, 'm-norway', SECRETS.norway, { revision: 1 }),
      norway2,
      utf8Encode(JSON.stringify(parseStrictJson(norway2), null, 2)), // same document, other bytes
      await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 4, candidates: [rated('cand-01', { leadership: 2 })] }),
      await sheetFile(fx, 'm-laos', SECRETS.laos, { revision: 4, candidates: [rated('cand-01', { leadership: 3 })] }), // conflict
      await sheetFile(fx, 'm-chile', SECRETS.chile, { candidates: [rated('cand-01', { leadership: 3, diplomacy: 3 }), rated('cand-02', { leadership: 1, diplomacy: 5 })] }),
      await sheetFile(fx, 'm-peru', SECRETS.other, { revision: 1 }),
      await sheetFile(fx, 'm-peru', SECRETS.other, { revision: 2, candidates: [rated('cand-02', { leadership: 4, diplomacy: 4 })] }),
      await sheetFile(fx, 'm-fiji', SECRETS.another, { candidates: [rated('cand-01', { leadership: 1, diplomacy: 2 }), rated('cand-02', { leadership: 4, diplomacy: 5 })] }),
      await sheetFile(fx, 'm-fiji', SECRETS.other, { revision: 7 }), // not the pinned key
      await sheetFile(fx, 'm-norway', SECRETS.other, { revision: 9 }), // not the pinned key
      utf8Encode('{"memberId":"m-laos","broken":'),
      utf8Encode(JSON.stringify({ format: 'panelscore.scores', memberId: 'm-chile' })),
    ];
  });

  it('gives the same canonical bytes for any order, repetition and subset order of the same files', () => {
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 12 }), { maxLength: 24 }), fc.boolean(), (picks, withTrust) => {
        const distinct = [...new Set(picks)].sort((a, b) => a - b);
        const run = (indices: number[]) => canonical(merge(fx, indices.map((i) => pool[i]), withTrust ? trust : undefined));
        expect(run(picks)).toEqual(run(distinct));
      }),
      { numRuns: 100 },
    );
  });

  it('produces identical bytes when the whole pool is shuffled', () => {
    const expected = canonical(merge(fx, pool, trust));
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: pool.length }), (shuffled) => {
        expect(canonical(merge(fx, shuffled, trust))).toEqual(expected);
      }),
      { numRuns: 50 },
    );
  });

  it('uses every rule of the pool at once (a check that the property exercises them)', () => {
    const record = merge(fx, pool, trust);
    expect(record.inputs.map((i) => [i.memberId, i.revision, i.pinned])).toEqual([
      ['m-chile', 1, false],
      ['m-fiji', 1, true],
      ['m-norway', 2, true],
      ['m-peru', 2, false],
    ]);
    expect(record.rejected).toHaveLength(6); // 2 conflicting, 2 wrong keys, 2 unreadable or invalid
  });
});
