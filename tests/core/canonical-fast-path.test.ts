import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonical, canonicalText, referenceCanonicalText } from '../../core/canonical';
import { utf8Encode } from '../../core/encoding';

/** What a serializer did with a value: the text, or the error it threw. */
function outcome(serialize: (v: object) => string, value: object): { text: string } | { error: string } {
  try {
    return { text: serialize(value) };
  } catch (e) {
    return { error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

/** An object with members added in the given order ("__proto__" as a plain member). */
function objectFrom(entries: readonly (readonly [string, unknown])[], prototype: object | null = Object.prototype): object {
  const o = Object.create(prototype) as object;
  for (const [k, v] of entries) Object.defineProperty(o, k, { value: v, enumerable: true, writable: true, configurable: true });
  return o;
}

// Names that sort or enumerate in surprising ways, and text that needs escapes or has no UTF-8 form.
const awkwardName = fc.constantFrom('__proto__', 'constructor', 'toJSON', '0', '1', '10', '9', '-1', '01', '4294967295', 'a', 'b', 'é', '😂', '\ufb33', '', ' ', '"', '\\', '\n', '\u2028', 'signature');
const awkwardText = fc.constantFrom('\ud800', 'a\udc00b', '\\ud800', '\\udfff', '\u0000\u001f\u007f', '\ud83d\ude02', '</script>', '\u2028\u2029');
const name = fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), awkwardName);
const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), awkwardText);
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(-0, 0, 1e21, 1e-7, 5e-324, Number.MAX_VALUE, 2 ** 53 + 1, 0.1 + 0.2, Number.NaN, Number.POSITIVE_INFINITY),
);

const { value } = fc.letrec<{ value: unknown; node: object }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    text,
    number,
    fc.boolean(),
    fc.constant(null),
    tie('node'),
  ),
  node: fc.oneof(
    fc.array(tie('value'), { maxLength: 5 }),
    fc
      .tuple(fc.uniqueArray(fc.tuple(name, tie('value')), { selector: ([k]) => k, maxLength: 6 }), fc.boolean())
      .map(([entries, nullPrototype]) => objectFrom(entries, nullPrototype ? null : Object.prototype)),
  ),
}));

describe('canonicalText', () => {
  it('writes exactly what the canonicalize reference writes, or fails the same way, for any JSON-like value', () => {
    fc.assert(
      fc.property(value, (v) => {
        const doc = typeof v === 'object' && v !== null ? v : [v];
        expect(outcome(canonicalText, doc)).toEqual(outcome(referenceCanonicalText, doc));
      }),
      { numRuns: 1500 },
    );
  });

  it('agrees with the reference on values JSON.stringify writes differently (undefined, functions, holes, cycles)', () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const cases: object[] = [
      { a: undefined, b: 1 },
      [undefined, () => 1],
      { f: () => 1 },
      [1, , 3], // eslint-disable-line no-sparse-arrays
      { n: Number.NaN },
      { big: [Number.NEGATIVE_INFINITY] },
      cyclic,
      { d: new Date(0) },
      { custom: new (class Member { toJSON(): object { return { b: 1, a: 2 }; } })() },
      { s: new String('x') },
      Object.assign(Object.create({ inherited: 1 }) as object, { own: 2 }),
    ];
    for (const doc of cases) expect(outcome(canonicalText, doc)).toEqual(outcome(referenceCanonicalText, doc));
  });

  it('agrees with the reference on nesting deeper than its fast path goes', () => {
    let deep: unknown = { z: 1, a: 2 };
    for (let i = 0; i < 100; i++) deep = i % 2 === 0 ? [deep] : { y: deep, b: i };
    expect(canonicalText(deep as object)).toBe(referenceCanonicalText(deep as object));
  });

  it('agrees with the reference on large objects out of order, which it writes by hand', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(name, value), { minLength: 257, maxLength: 600 }), fc.boolean(), (entries, nested) => {
        const big = objectFrom(entries.reverse());
        const doc = nested ? { z: [big, { b: 1, a: big }], a: 0 } : big;
        expect(outcome(canonicalText, doc)).toEqual(outcome(referenceCanonicalText, doc));
      }),
      { numRuns: 40 },
    );
  });

  it('sorts members that were inserted out of order, at every depth, without changing the input', () => {
    const doc = { b: [{ d: 1, c: { f: true, e: null } }], a: 'x' };
    const before = JSON.stringify(doc);
    expect(canonicalText(doc)).toBe('{"a":"x","b":[{"c":{"e":null,"f":true},"d":1}]}');
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('is what canonical() encodes as UTF-8', () => {
    const doc = { é: ['😂', 1.5e-7], a: { '': -0 } };
    expect(canonical(doc)).toEqual(utf8Encode(referenceCanonicalText(doc)));
  });
});
