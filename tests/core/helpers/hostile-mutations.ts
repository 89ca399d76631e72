/**
 * Mutations of valid files for fuzzing: byte-level (flip, set, insert, delete, duplicate, truncate)
 * and JSON-aware (another type, a duplicate or extra member, a member removed, deeper nesting,
 * changed numbers and text), written out in any layout JSON allows (which must change nothing).
 */
import fc from 'fast-check';
import type { JsonObject, JsonValue } from '../../../core/types';

// ---- bytes ------------------------------------------------------------------------------------

/** One byte-level change; positions are taken modulo the length at the time it applies. */
export type ByteMutation =
  | { kind: 'flip'; at: number; bit: number }
  | { kind: 'set'; at: number; value: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'duplicate'; at: number; length: number }
  | { kind: 'truncate'; at: number };

/** Bytes that mean something to JSON, UTF-8 or ZIP readers, so that insertions hit structure. */
const MEANINGFUL = [0x22, 0x5c, 0x7b, 0x7d, 0x5b, 0x5d, 0x2c, 0x3a, 0x75, 0x30, 0x65, 0x2d, 0x00, 0x80, 0xc0, 0xed, 0xef, 0xff, 0x50, 0x4b];
const byteValue = fc.oneof(fc.integer({ min: 0, max: 255 }), fc.constantFrom(...MEANINGFUL));

/** A position: anywhere, or (when `focus` is given) inside [focus.start, focus.end). */
function position(focus?: { start: number; end: number }): fc.Arbitrary<number> {
  const anywhere = fc.nat();
  if (focus === undefined) return anywhere;
  return fc.oneof(anywhere, fc.integer({ min: focus.start, max: Math.max(focus.start, focus.end - 1) }));
}

/** One to three byte-level changes, half of them aimed at `focus` when given (e.g. a ZIP directory). */
export function byteMutations(focus?: { start: number; end: number }): fc.Arbitrary<ByteMutation[]> {
  const at = position(focus);
  const one: fc.Arbitrary<ByteMutation> = fc.oneof(
    fc.record({ kind: fc.constant('flip' as const), at, bit: fc.integer({ min: 0, max: 7 }) }),
    fc.record({ kind: fc.constant('set' as const), at, value: byteValue }),
    fc.record({ kind: fc.constant('insert' as const), at, bytes: fc.array(byteValue, { minLength: 1, maxLength: 8 }).map((b) => Uint8Array.from(b)) }),
    fc.record({ kind: fc.constant('delete' as const), at, length: fc.integer({ min: 1, max: 16 }) }),
    fc.record({ kind: fc.constant('duplicate' as const), at, length: fc.integer({ min: 1, max: 64 }) }),
    fc.record({ kind: fc.constant('truncate' as const), at }),
  );
  return fc.array(one, { minLength: 1, maxLength: 3 });
}

/** `bytes` with the changes applied in order (the input is not changed). */
export function applyBytes(bytes: Uint8Array, mutations: readonly ByteMutation[]): Uint8Array {
  let out = bytes;
  for (const m of mutations) {
    const at = out.length === 0 ? 0 : m.at % out.length;
    switch (m.kind) {
      case 'flip':
      case 'set':
        if (out.length === 0) break;
        out = out.slice();
        out[at] = m.kind === 'flip' ? out[at] ^ (1 << m.bit) : m.value;
        break;
      case 'insert':
        out = join(out.subarray(0, at), m.bytes, out.subarray(at));
        break;
      case 'delete':
        out = join(out.subarray(0, at), out.subarray(at + m.length));
        break;
      case 'duplicate':
        out = join(out.subarray(0, at + m.length), out.subarray(at));
        break;
      case 'truncate':
        out = out.slice(0, at);
        break;
    }
  }
  return out;
}

function join(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---- JSON: layouts that mean the same -----------------------------------------------------------

/** How to write a JSON document: every choice is allowed by RFC 8259 and leaves the document the same. */
export interface Layout {
  indent: string;
  newline: string;
  colonSpace: boolean;
  /** Every n-th character of each string is written as a \u escape (0: none). */
  escapeEvery: number;
  numberForm: 'plain' | 'fraction' | 'exponent' | 'scaled';
  /** Members are written in a shuffled order (JCS sorts them back). */
  shuffleSeed: number;
}

/** Any layout; the first is Panelscore's own two-space one. */
export const layouts: fc.Arbitrary<Layout> = fc.record({
  indent: fc.constantFrom('', ' ', '  ', '\t', '    '),
  newline: fc.constantFrom('', '\n', '\r\n', '\n\n'),
  colonSpace: fc.boolean(),
  escapeEvery: fc.constantFrom(0, 0, 1, 3, 7),
  numberForm: fc.constantFrom('plain', 'plain', 'fraction', 'exponent', 'scaled'),
  shuffleSeed: fc.nat(),
});

/** Members added to objects after their own ones: raw (already escaped) names, for duplicates. */
export type Extras = Map<object, [rawName: string, value: JsonValue][]>;

/** Writes `value` in `layout`, with `extras` appended to the objects they belong to. */
export function writeJson(value: JsonValue, layout: Layout, extras: Extras = new Map()): string {
  const write = (v: JsonValue, depth: number): string => {
    if (v === null || typeof v === 'boolean') return String(v);
    if (typeof v === 'number') return writeNumber(v, layout.numberForm);
    if (typeof v === 'string') return writeString(v, layout.escapeEvery);
    const pad = (d: number): string => (layout.newline === '' ? '' : layout.newline + layout.indent.repeat(d));
    const items = Array.isArray(v)
      ? v.map((item) => write(item, depth + 1))
      : [
          ...shuffled(Object.keys(v), layout.shuffleSeed).map((k) => [writeString(k, layout.escapeEvery), v[k]] as const),
          ...(extras.get(v) ?? []),
        ].map(([name, member]) => `${name}:${layout.colonSpace ? ' ' : ''}${write(member, depth + 1)}`);
    const [open, close] = Array.isArray(v) ? ['[', ']'] : ['{', '}'];
    if (items.length === 0) return open + close;
    return `${open}${items.map((item) => pad(depth + 1) + item).join(',')}${pad(depth)}${close}`;
  };
  return write(value, 0);
}

function writeNumber(n: number, form: Layout['numberForm']): string {
  if (Object.is(n, -0)) return '-0';
  if (!Number.isSafeInteger(n) || form === 'plain') return String(n);
  if (form === 'fraction') return `${n}.0`;
  if (form === 'exponent') return `${n}e0`;
  return n === 0 ? '0e5' : `${n}0e-1`;
}

function writeString(s: string, escapeEvery: number): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const pair = c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const lone = !pair && c >= 0xd800 && c <= 0xdfff;
    if (c === 0x22) out += '\\"';
    else if (c === 0x5c) out += '\\\\';
    else if (c < 0x20 || lone || (escapeEvery > 0 && i % escapeEvery === 0)) {
      out += unicodeEscape(c);
      if (pair) out += unicodeEscape(s.charCodeAt(++i));
    } else if (pair) out += s[i] + s[++i];
    else out += s[i];
  }
  return `${out}"`;
}

function unicodeEscape(unit: number): string {
  return `\\u${unit.toString(16).padStart(4, '0')}`;
}

/** A deterministic permutation of `keys` (identity for seed 0). */
function shuffled(keys: string[], seed: number): string[] {
  const out = [...keys];
  let x = seed;
  for (let i = out.length - 1; i > 0 && seed !== 0; i--) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    const j = x % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

// ---- JSON: changes that mean something else ---------------------------------------------------

/** One JSON-aware change at the node numbered `node` (depth-first, modulo the node count). */
export interface JsonMutation {
  kind: 'retype' | 'duplicate' | 'add' | 'remove' | 'nest' | 'number' | 'text' | 'swap';
  node: number;
  pick: number;
}

/** Values of every JSON type, for `retype` and `add`. */
const VALUES: readonly JsonValue[] = [null, true, false, 0, -1, 1.5, 1e308, 2 ** 53, '', 'x', '1', [], [1], {}, { a: 1 }];
const NAMES = ['extra', '__proto__', 'constructor', 'prototype', 'signature', 'format', 'Format', 'revision'];
const NUMBER_CHANGES: readonly ((n: number) => number)[] = [
  (n) => n + 1, (n) => n - 1, (n) => -n, (n) => n * 2, (n) => n + 0.5, (n) => n + 1e-10, () => 1e308, () => 2 ** 53, () => -0, () => 5e-324,
];
const TEXT_CHANGES: readonly ((s: string) => string)[] = [
  (s) => `${s}x`, (s) => s.toUpperCase(), () => '', (s) => `${s}\ud800`, (s) => `\ufeff${s}`, (s) => `${s}\u0000`,
  (s) => s.slice(1), (s) => s.replace(/[a-z]/, (c) => String.fromCharCode(c.charCodeAt(0) ^ 1)), (s) => `${s} `, (s) => s.normalize('NFD').replace('e', 'e\u0301'),
];

function mutationsOf(...kinds: JsonMutation['kind'][]): fc.Arbitrary<JsonMutation[]> {
  return fc.array(fc.record({ kind: fc.constantFrom(...kinds), node: fc.nat(), pick: fc.nat() }), { minLength: 0, maxLength: 2 });
}

/** Zero to two JSON-aware changes (zero: the document only gets another layout). */
export const jsonMutations = mutationsOf('retype', 'duplicate', 'add', 'remove', 'nest', 'number', 'text', 'swap');

/** The same, weighted towards changes of values and lists, which often leave a document valid (if different). */
export const valueMutations = mutationsOf('number', 'number', 'number', 'remove', 'remove', 'swap', 'text', 'retype', 'add', 'nest', 'duplicate');

interface Slot {
  parent: JsonObject | JsonValue[] | null;
  key: string | number;
  value: JsonValue;
}

function slots(root: JsonObject): Slot[] {
  const out: Slot[] = [];
  const visit = (parent: Slot['parent'], key: string | number, value: JsonValue): void => {
    out.push({ parent, key, value });
    if (Array.isArray(value)) value.forEach((v, i) => visit(value, i, v));
    else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) visit(value, k, value[k]);
  };
  visit(null, '', root);
  return out;
}

function replace(slot: Slot, value: JsonValue): void {
  if (slot.parent === null) return;
  if (Array.isArray(slot.parent)) slot.parent[slot.key as number] = value;
  else Object.defineProperty(slot.parent, slot.key, { value, enumerable: true, writable: true, configurable: true });
}

/** A copy of `doc` with the changes applied, and the extra raw members they add (for duplicates). */
export function applyJson(doc: JsonObject, mutations: readonly JsonMutation[]): { doc: JsonObject; extras: Extras } {
  const copy = structuredClone(doc);
  const extras: Extras = new Map();
  for (const m of mutations) {
    const all = slots(copy);
    // Changes of numbers, text and lists aim at nodes of that type; the others at any node.
    const wanted = { number: 'number', text: 'string', swap: 'array' }[m.kind as string];
    const fit = wanted === undefined ? all : all.filter((s) => typeOf(s.value) === wanted);
    const slot = (fit.length > 0 ? fit : all)[m.node % (fit.length > 0 ? fit.length : all.length)];
    const { value } = slot;
    const objects = all.filter((s) => s.value !== null && typeof s.value === 'object' && !Array.isArray(s.value));
    const object = objects[m.node % objects.length].value as JsonObject;
    switch (m.kind) {
      case 'retype': {
        const others = VALUES.filter((v) => typeOf(v) !== typeOf(value));
        replace(slot, structuredClone(others[m.pick % others.length]));
        break;
      }
      case 'duplicate': {
        const keys = Object.keys(object);
        if (keys.length === 0) break;
        const key = keys[m.pick % keys.length];
        // Half the time the second name is the same text written with a \u escape.
        const raw = m.pick % 2 === 0 ? JSON.stringify(key) : writeString(key, 1);
        extras.set(object, [...(extras.get(object) ?? []), [raw, m.pick % 3 === 0 ? object[key] : VALUES[m.pick % VALUES.length]]]);
        break;
      }
      case 'add':
        Object.defineProperty(object, NAMES[m.pick % NAMES.length], {
          value: structuredClone(VALUES[m.pick % VALUES.length]),
          enumerable: true,
          writable: true,
          configurable: true,
        });
        break;
      case 'remove':
        if (Array.isArray(slot.parent)) slot.parent.splice(slot.key as number, 1);
        else if (slot.parent !== null) delete slot.parent[slot.key];
        break;
      case 'nest': {
        let nested = value;
        for (let i = 0; i <= m.pick % 40; i++) nested = i % 2 === 0 ? [nested] : { v: nested };
        replace(slot, nested);
        break;
      }
      case 'number':
        if (typeof value === 'number') replace(slot, NUMBER_CHANGES[m.pick % NUMBER_CHANGES.length](value));
        break;
      case 'text':
        if (typeof value === 'string') replace(slot, TEXT_CHANGES[m.pick % TEXT_CHANGES.length](value));
        break;
      case 'swap':
        if (Array.isArray(value) && value.length > 1) {
          const i = m.pick % value.length;
          const j = (i + 1) % value.length;
          [value[i], value[j]] = [value[j], value[i]];
        }
        break;
    }
  }
  // A later change may have removed an object that got a duplicate member: its extra is never written.
  const reachable = new Set<unknown>(slots(copy).map((s) => s.value));
  for (const object of extras.keys()) if (!reachable.has(object)) extras.delete(object);
  return { doc: copy, extras };
}

function typeOf(v: JsonValue): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}
