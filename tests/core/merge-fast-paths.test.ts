import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonical, documentHash } from '../../core/canonical';
import { utf8Encode } from '../../core/encoding';
import { parseStrictJson, parseStrictJsonDocument } from '../../core/json/strict-json';
import { checkSheetBytes, combineSheetChecks, mergeContext, mergeSheets } from '../../core/merge/merge';
import { readPackage } from '../../core/package/package';
import { generateExercise } from '../../bench/generate';
import { checkSheetAgainstExercise } from '../../core/formats/sheet';
import { fittedSheetScores, sheetScores } from '../../core/merge/score-table';
import type { JsonValue } from '../../core/types';
import { validSheet } from './helpers/format-builders';
import { type Fixture, SECRETS, fixture, merge, rated, recusal, sheetFile } from './merge-fixtures';

/** The same JSON document with every object's members in reverse order (never canonical). */
function reversed(v: JsonValue): JsonValue {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(reversed);
  return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]));
}

// The fast paths (canonical bytes, one canonicalization per sheet, the fast sheet check) against
// the slow ones (other layouts and member orders, which take the general paths): same record.
describe('mergeSheets — fast and general paths', () => {
  let fx: Fixture;
  let compact: Uint8Array[];
  beforeAll(async () => {
    fx = await fixture();
    compact = [
      await sheetFile(fx, 'm-norway', SECRETS.norway, { revision: 2, candidates: [rated('cand-01', { leadership: 5, diplomacy: 1 }), recusal('cand-02')] }),
      await sheetFile(fx, 'm-laos', SECRETS.laos, { candidates: [rated('cand-01', { diplomacy: 2, leadership: 3 }), rated('cand-02', { leadership: 4 })] }),
      await sheetFile(fx, 'm-chile', SECRETS.chile, { candidates: [rated('cand-02', { leadership: 1, diplomacy: 5 }), rated('cand-01', { leadership: 3, diplomacy: 3 })] }),
      await sheetFile(fx, 'm-norway', SECRETS.other, { revision: 9 }), // not the pinned key: rejected
    ];
  });

  const layouts: Record<string, (bytes: Uint8Array) => Uint8Array> = {
    canonical: (b) => canonical(parseStrictJson(b)),
    pretty: (b) => utf8Encode(JSON.stringify(parseStrictJson(b), null, 2)),
    'reversed members': (b) => utf8Encode(JSON.stringify(reversed(parseStrictJson(b)))),
  };

  it('reads Panelscore-written (canonical) sheets on the fast path, and other layouts on the general one', () => {
    for (const bytes of compact) {
      expect(parseStrictJsonDocument(layouts.canonical(bytes)).canonical).toBe(true);
      expect(parseStrictJsonDocument(layouts.pretty(bytes)).canonical).toBe(false);
    }
  });

  it.each(Object.keys(layouts))('gives the same accepted inputs and results for sheets written %s', (layout) => {
    const strip = (r: ReturnType<typeof merge>) => ({ ...r, rejected: r.rejected.map(({ fileHash: _, ...rest }) => rest) });
    const expected = merge(fx, compact);
    expect(expected.inputs).toHaveLength(3);
    expect(strip(merge(fx, compact.map(layouts[layout])))).toEqual(strip(expected));
  });

  it('writes the record of canonical sheets with members sorted at every level', () => {
    const record = merge(fx, compact.slice(0, 3).map(layouts.canonical));
    expect(canonical(record)).toEqual(utf8Encode(JSON.stringify(sortedMembers(record))));
  });

  it('reproduces the record the merge gave before any fast path existed, from canonical and other layouts', async () => {
    // The document hash of this record as computed by the implementation of commit 26a3940
    // (canonicalize, the careful JSON reader, zod alone, @noble), for the same generated files.
    const BEFORE_FAST_PATHS = 'sha256:6ab8dc50d5d7c3dc41807bc6e5eddee9a455730ef4d1b651165a8f92bfb6c6f5';
    const generated = await generateExercise({ members: 8, candidates: 120, criteria: 6 });
    const pkg = await readPackage(generated.packageBytes);
    for (const layout of [(b: Uint8Array) => b, ...Object.values(layouts)]) {
      const record = mergeSheets({ pkg, sheets: generated.sheets.map(layout) });
      expect(record.inputs).toHaveLength(8);
      expect(documentHash(record)).toBe(BEFORE_FAST_PATHS);
    }
  });

  it('lays out the scores in the pass that checks a sheet fits the exercise, refusing exactly what the rule refuses', () => {
    const ratings = fc.array(
      fc.record({ criterionId: fc.constantFrom('leadership', 'diplomacy', 'finance'), score: fc.constantFrom(1, 2, 2.5, 5, 6, 0, 3 + 1e-10, 3 + 1e-8) }),
      { maxLength: 3 },
    );
    const entries = fc.array(fc.record({ candidateId: fc.constantFrom('cand-01', 'cand-02', 'cand-09'), recused: fc.boolean(), ratings }), { maxLength: 3 });
    const layout = mergeContext(fx.pkg).layout;
    fc.assert(
      fc.property(entries, (candidates) => {
        const sheet = { ...validSheet({ exerciseId: fx.exercise.exerciseId }), candidates, signature: { alg: 'Ed25519' as const, publicKey: '', value: '' } };
        let fits = true;
        try {
          checkSheetAgainstExercise(sheet, fx.exercise);
        } catch {
          fits = false;
        }
        const fitted = fittedSheetScores(sheet, layout, fx.exercise);
        expect(fitted === null).toBe(!fits);
        if (fitted !== null) expect(fitted).toEqual(sheetScores(sheet, layout));
      }),
      { numRuns: 1000 },
    );
  });

  it('combines per-file checks made in any order, with copies, into the record mergeSheets gives', () => {
    const files = [...compact, ...compact.map(layouts.canonical), utf8Encode('{"broken":')];
    const expected = canonical(merge(fx, files));
    const context = mergeContext(fx.pkg);
    const checks = files.map((b) => checkSheetBytes(b, context));
    fc.assert(
      fc.property(fc.array(fc.nat({ max: checks.length - 1 }), { minLength: checks.length, maxLength: 3 * checks.length }), (picks) => {
        const all = new Set(picks);
        if (all.size < checks.length) picks.push(...checks.keys()); // every file at least once
        expect(canonical(combineSheetChecks(context, picks.map((i) => checks[i])))).toEqual(expected);
      }),
      { numRuns: 60 },
    );
  });
});

/** The value with every object's members sorted (what RFC 8785 writes, apart from numbers and strings). */
function sortedMembers(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return v;
  if (Array.isArray(v)) return v.map(sortedMembers);
  return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k, sortedMembers(x)]));
}
