import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { canonicalText, referenceCanonicalText } from '../../core/canonical';
import { utf8Encode } from '../../core/encoding';
import { MAX_DEPTH, parseStrictJsonCarefully, parseStrictJsonDocument } from '../../core/json/strict-json';
import type { JsonObject, JsonValue } from '../../core/types';

/** The value (with its member order) or the message a reader gives for `input`. */
function reading(read: (input: string | Uint8Array) => unknown, input: string | Uint8Array): { value: unknown; order: unknown } | { error: string } {
  try {
    const value = read(input);
    return { value, order: memberOrder(value) };
  } catch (e) {
    return { error: e instanceof Error ? e.message : String(e) };
  }
}

/** Every object's member names, in enumeration order, depth first (toEqual alone ignores order). */
function memberOrder(v: unknown): unknown {
  if (typeof v !== 'object' || v === null) return null;
  if (Array.isArray(v)) return v.map(memberOrder);
  return Object.entries(v).map(([k, child]) => [k, memberOrder(child)]);
}

/** True when some member name has a character canonical JSON escapes (the scan does not unescape names). */
function hasNameNeedingEscape(v: unknown): boolean {
  if (typeof v !== 'object' || v === null) return false;
  if (Array.isArray(v)) return v.some(hasNameNeedingEscape);
  return Object.entries(v).some(([k, child]) => JSON.stringify(k).includes('\\') || hasNameNeedingEscape(child));
}

const fast = (input: string | Uint8Array) => parseStrictJsonDocument(input).doc;

/** mulberry32, so that one integer picks a whole layout. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Writes `value` as JSON text the way other programs might: any member order, whitespace,
 * number spellings and string escapes, and now and then a repeated name or a lone surrogate escape.
 */
function writeJson(value: JsonValue, seed: number): string {
  const rnd = random(seed);
  const chance = (p: number) => rnd() < p;
  const ws = () => (chance(0.15) ? [' ', '\n', '\t', '\r\n  '][Math.floor(rnd() * 4)] : '');
  const str = (s: string) => {
    let out = '"';
    for (const ch of s) {
      const code = ch.codePointAt(0)!;
      if (ch === '"' || ch === '\\' || code < 0x20 || chance(0.05)) {
        const units = ch.length === 2 ? [ch.charCodeAt(0), ch.charCodeAt(1)] : [code];
        out += chance(0.5) && ch.length === 1 ? JSON.stringify(ch).slice(1, -1) : units.map((u) => `\\u${chance(0.5) ? u.toString(16).padStart(4, '0') : u.toString(16).padStart(4, '0').toUpperCase()}`).join('');
      } else if (ch === '/' && chance(0.5)) out += '\\/';
      else out += ch;
    }
    if (chance(0.01)) out += '\\udc00';
    return `${out}"`;
  };
  const num = (n: number) => {
    const plain = JSON.stringify(n);
    if (chance(0.1) && Number.isInteger(n) && Math.abs(n) < 1e15) return `${plain}.0`;
    if (chance(0.1)) return n.toExponential().replace('+', chance(0.5) ? '+' : '');
    if (chance(0.02)) return '1e400';
    return plain;
  };
  const write = (v: JsonValue): string => {
    if (v === null || typeof v === 'boolean') return String(v);
    if (typeof v === 'number') return num(v);
    if (typeof v === 'string') return str(v);
    if (Array.isArray(v)) return `[${ws()}${v.map((x) => write(x)).join(`${ws()},${ws()}`)}${ws()}]`;
    const entries = Object.entries(v);
    if (chance(0.7)) entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    else entries.sort(() => rnd() - 0.5);
    if (entries.length > 0 && chance(0.05)) entries.splice(Math.floor(rnd() * entries.length), 0, [entries[0][0], 0]);
    return `{${ws()}${entries.map(([k, x]) => `${str(k)}${ws()}:${ws()}${write(x)}`).join(`${ws()},${ws()}`)}${ws()}}`;
  };
  return `${ws()}${write(value)}${ws()}`;
}

const documents = fc.dictionary(
  fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), fc.constantFrom('__proto__', 'constructor', '0', '10', '9', 'a', 'signature')),
  fc.jsonValue({ maxDepth: 5, stringUnit: 'binary' }),
  { maxKeys: 7 },
).map((doc) => doc as JsonObject);

describe('parseStrictJsonDocument', () => {
  it('reads every text exactly as the careful reader does: same value, member order and error message', () => {
    fc.assert(
      fc.property(documents, fc.integer(), (doc, seed) => {
        const text = writeJson(doc, seed);
        expect(reading(fast, text)).toEqual(reading(parseStrictJsonCarefully, text));
        const bytes = utf8Encode(text);
        expect(reading(fast, bytes)).toEqual(reading(parseStrictJsonCarefully, bytes));
      }),
      { numRuns: 2000 },
    );
  });

  it('calls a text canonical only when it is canonical(doc), and recognises the canonical form of any document', () => {
    fc.assert(
      fc.property(documents, fc.integer(), (doc, seed) => {
        for (const text of [writeJson(doc, seed), referenceCanonicalText(doc)]) {
          let parsed;
          try {
            parsed = parseStrictJsonDocument(text);
          } catch {
            continue; // damaged on purpose
          }
          if (parsed.canonical) expect(text).toBe(referenceCanonicalText(parsed.doc));
          if (text === referenceCanonicalText(parsed.doc) && !hasNameNeedingEscape(parsed.doc)) {
            expect(parsed.canonical).toBe(true);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it.each([
    ['a repeated name in members out of order', '{"b":1,"a":2,"b":3}', /duplicate member name "b"/],
    ['a repeated name deep inside', '{"a":[{"y":1,"x":{"q":1,"q":2}}],"b":0}', /duplicate member name "q"/],
    ['a name repeated through an escape', '{"a":1,"\\u0061":2}', /duplicate member name "a"/],
    ['a repeated "__proto__"', '{"__proto__":1,"z":0,"__proto__":2}', /duplicate member name "__proto__"/],
    ['repeated integer-like names', '{"10":1,"9":2,"10":3}', /duplicate member name "10"/],
    ['a repeat in an object that integer-like names move', '{"b":{"x":1,"x":2},"c":{"y":1},"1":{"p":1,"q":2}}', /duplicate member name "x"/],
    ['a number too large for a double', '{"n":1e400}', /too large/],
    ['a lone surrogate escape', '{"s":"\\udc00"}', /surrogate/],
    ['nesting one level too deep', `{"a":${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}}`, /nested more than/],
  ])('refuses %s, as the careful reader does', (_name, text, message) => {
    expect(() => parseStrictJsonDocument(text)).toThrow(message);
    expect(reading(fast, text)).toEqual(reading(parseStrictJsonCarefully, text));
  });

  it.each([
    ['canonical text', '{"a":[1,2.5,"x\\n\\u001f"],"b":{"c":null}}', true],
    ['whitespace', '{"a": 1}', false],
    ['members out of order', '{"b":1,"a":2}', false],
    ['a non-canonical number', '{"a":1.0}', false],
    ['negative zero', '{"a":-0}', false],
    ['an upper-case hex escape', '{"a":"\\u001F"}', false],
    ['an escaped slash', '{"a":"\\/"}', false],
    ['an escape canonical JSON writes raw', '{"a":"\\u00e9"}', false],
    ['a long escape for a short one', '{"a":"\\u000a"}', false],
    ['a trailing newline', '{"a":1}\n', false],
  ])('tells canonical text from text with %s', (_name, text, expected) => {
    const parsed = parseStrictJsonDocument(text);
    expect(parsed.canonical).toBe(expected);
    expect(text === canonicalText(parsed.doc)).toBe(expected);
  });

  it('accepts the deepest nesting allowed', () => {
    const text = `{"a":${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}}`;
    expect(parseStrictJsonDocument(text).canonical).toBe(true);
  });
});
