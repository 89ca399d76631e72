/**
 * The kit the hostile corpus is built with: the manifest entry shape, the seed (the demo exercise,
 * its DEMO ONLY keys and signed files), signing and forging, and exact text surgery on JSON files.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { sha512 } from '@noble/hashes/sha2.js';
import { canonical } from '../../../../core/canonical';
import { memorySigner } from '../../../../core/crypto/ed25519';
import { signDocument, unsignedPart } from '../../../../core/crypto/signed-doc';
import { signDecision } from '../../../../core/decision';
import { buildDemo } from '../../../../core/demo';
import type { Demo } from '../../../../core/demo';
import { base64UrlDecode, base64UrlEncode, fromHex, toHex, utf8Decode, utf8Encode } from '../../../../core/encoding';
import { mergeSheets } from '../../../../core/merge/merge';
import { readZipEntries } from '../../../../core/package/zip-reader';
import type { DecisionRecord, JsonObject } from '../../../../core/types';

/** The importers the corpus covers (CSV and PDF importers do not exist yet). */
export type Importer = 'package' | 'scores' | 'trust' | 'decision';

/** One hostile input and the rejection it must get (see manifest.json). */
export interface ManifestEntry {
  /** Path of the committed file, relative to tests/fixtures/hostile. */
  file?: string;
  /** Instead of `file`: the name of a builder in large-inputs.ts (too big to commit). */
  build?: string;
  importer: Importer;
  /** FormatError code of the importer; `merge` for a sheet only the merge can refuse. */
  code: string;
  /** A fragment the importer's message (or, for code `merge`, the merge's reason) must contain. */
  message: string;
  /** Sheets: a fragment of the merge's rejection reason, when it differs from `message`. */
  mergeReason?: string;
  /** Sheets: demo sheet files merged alongside (revision and key conflicts need company). */
  mergeWith?: string[];
  /** Trust files: the code and a message fragment of the merge, when they differ. */
  mergeCode?: string;
  mergeMessage?: string;
  /** One line: what the file tries to do. */
  attack: string;
}

/** A hostile file: where it goes and what it must get, and its bytes. */
export interface HostileFile {
  entry: ManifestEntry;
  bytes: Uint8Array;
}

/** What every generator starts from: the demo exercise and valid signed files around it. */
export interface Seed {
  demo: Demo;
  /** exercise.json of the demo package as parsed JSON (signed). */
  exercise: JsonObject;
  /** The demo's signed sheets as JSON, by file name (`m-kenya.r2.scores.json`). */
  sheets: Map<string, JsonObject>;
  /** A valid trust file pinning the demo key of unpinned m-laos. */
  trust: JsonObject;
  /** The merge of the demo sheets with an outcome, signed by the secretariat. */
  decision: JsonObject;
  secretariatSecret: Uint8Array;
  memberSecret: (memberId: string) => Uint8Array;
}

/** Builds the seed from the demo (deterministic: DEMO ONLY keys, fixed content). */
export async function buildSeed(): Promise<Seed> {
  const demo = await buildDemo();
  const exercise = parseJson(readZipEntries(demo.packageBytes).get('exercise.json')!);
  const sheets = new Map(demo.sheets.map((s) => [s.fileName, parseJson(s.bytes)]));
  const laos = demo.keys.members.find((m) => m.memberId === 'm-laos')!;
  const trust: JsonObject = {
    format: 'panelscore.trust',
    formatVersion: 1,
    exerciseId: demo.exercise.exerciseId,
    members: [{ memberId: 'm-laos', publicKey: base64UrlEncode(laos.publicKey) }],
  };
  const merged = mergeSheets({ pkg: demo, sheets: demo.sheets.map((s) => s.bytes) });
  const record: DecisionRecord = {
    ...merged,
    outcome: {
      selected: ['cand-01'],
      decidedAt: '2026-05-21T15:30:00Z',
      rationale: 'Highest panel score; the panel agreed after discussing the divergence on team and budget.',
      consensus: [
        { candidateId: 'cand-02', criterionId: 'team-and-budget', score: 3, justification: 'Agreed in the debrief.' },
      ],
      concurrences: [{ memberId: 'm-chile', agrees: true }],
    },
  };
  const decision = (await signDecision(record, memorySigner(demo.keys.secretariat.secretKey))) as unknown as JsonObject;
  const memberSecret = (memberId: string): Uint8Array => {
    const key = demo.keys.members.find((m) => m.memberId === memberId);
    if (key === undefined) throw new Error(`no demo key for ${memberId}`);
    return key.secretKey;
  };
  return { demo, exercise, sheets, trust, decision, secretariatSecret: demo.keys.secretariat.secretKey, memberSecret };
}

/** A deep copy of a JSON document (plain data only). */
export function clone<T>(doc: T): T {
  return JSON.parse(JSON.stringify(doc)) as T;
}

/** Parses bytes with the platform parser (seed files only: they are known to be plain JSON). */
export function parseJson(bytes: Uint8Array): JsonObject {
  return JSON.parse(utf8Decode(bytes)) as JsonObject;
}

/** The file bytes of a document as Panelscore writes it (two-space indent, final newline). */
export function fileOf(doc: object): Uint8Array {
  return utf8Encode(`${JSON.stringify(doc, null, 2)}\n`);
}

/** `doc` without its signature, signed with `secret` (the signature claims that key). */
export async function signAs(doc: object, secret: Uint8Array): Promise<JsonObject> {
  return (await signDocument(unsignedPart(doc), memorySigner(secret))) as unknown as JsonObject;
}

/** A document reshaped by hand, in ways its type forbids. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- hostile documents break their types on purpose
export type Draft = any;

/** `text` with the only occurrence of `from` replaced by `to`; throws unless `from` occurs exactly once. */
export function edit(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) {
    throw new Error(`edit: ${JSON.stringify(from.slice(0, 60))} must occur exactly once`);
  }
  return text.slice(0, at) + to + text.slice(at + from.length);
}

/** The file bytes of `doc` after one exact text edit (for what JSON.stringify cannot write). */
export function editedFile(doc: object, from: string, to: string): Uint8Array {
  return utf8Encode(edit(utf8Decode(fileOf(doc)), from, to));
}

/** Concatenates byte arrays. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

// ---- signatures that a lax verifier would accept ----------------------------------------------

const Point = ed25519.Point;
/** The order L of the prime-order subgroup. */
export const ORDER_L = Point.Fn.ORDER;

/** The 8 points of small order (the torsion subgroup), canonical encodings, as hex. */
export const SMALL_ORDER_POINTS: readonly { order: number; hex: string }[] = (() => {
  const t8 = Point.fromHex('c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a');
  const points: { order: number; hex: string }[] = [];
  let q = Point.ZERO;
  for (let i = 0; i < 8; i++) {
    let order = 1;
    for (let p = q; !p.equals(Point.ZERO); p = p.add(q)) order++;
    points.push({ order, hex: toHex(q.toBytes()) });
    q = q.add(t8);
  }
  return points;
})();

/** Non-canonical encodings of small-order points (y + p, or a sign bit on x = 0): ZIP-215 decodes them. */
export const NON_CANONICAL_SMALL_ORDER: readonly { what: string; hex: string }[] = [
  { what: 'the identity written with y = p + 1', hex: `ee${'ff'.repeat(30)}7f` },
  { what: 'the identity with the sign bit of x = 0 set', hex: `01${'00'.repeat(30)}80` },
  { what: 'the order-2 point with the sign bit of x = 0 set', hex: `ec${'ff'.repeat(30)}ff` },
  { what: 'an order-4 point written with y = p', hex: `ed${'ff'.repeat(30)}7f` },
];

/** The identity point, canonical (the R of every small-order forgery). */
const IDENTITY = fromHex(`01${'00'.repeat(31)}`);

/**
 * `doc` with a forged signature under the small-order key `keyHex`: R = identity, S = 0, which the
 * cofactored equation [8]SB = [8]R + [8]kA accepts for every message. Throws unless @noble's lax
 * (ZIP-215) verification really accepts the forgery, so every such file is a real forgery.
 */
export function forgeSmallOrder(doc: object, keyHex: string): JsonObject {
  const unsigned = unsignedPart(doc);
  const key = fromHex(keyHex);
  const value = concat(IDENTITY, new Uint8Array(32));
  if (!ed25519.verify(value, canonical(unsigned), key, { zip215: true })) {
    throw new Error(`the forgery under ${keyHex} does not pass lax verification`);
  }
  return { ...(unsigned as JsonObject), signature: { alg: 'Ed25519', publicKey: base64UrlEncode(key), value: base64UrlEncode(value) } };
}

function scalarOf(bytes: Uint8Array): bigint {
  let n = 0n;
  for (let i = bytes.length - 1; i >= 0; i--) n = (n << 8n) | BigInt(bytes[i]);
  return n;
}

function scalarBytes(n: bigint): Uint8Array {
  const out = new Uint8Array(32);
  for (let i = 0; i < 32; i++) out[i] = Number((n >> BigInt(8 * i)) & 0xffn);
  return out;
}

/** A signed `doc` whose S was replaced by S + multiple·L: malleable verifiers reduce S mod L and accept it. */
export function withLargeS(doc: JsonObject, multiple: bigint): JsonObject {
  const sig = doc.signature as { alg: string; publicKey: string; value: string };
  const value = base64UrlDecode(sig.value);
  const s = scalarOf(value.subarray(32)) + multiple * ORDER_L;
  return { ...doc, signature: { ...sig, value: base64UrlEncode(concat(value.subarray(0, 32), scalarBytes(s))) } };
}

/**
 * `doc` signed with `secret` but with R written non-canonically: R is the identity encoded with
 * y = p + 1 and S = k·a, so [S]B = R + [k]A holds and ZIP-215 verification accepts it (checked).
 */
export function signWithNonCanonicalR(doc: object, secret: Uint8Array): JsonObject {
  const unsigned = unsignedPart(doc);
  const message = canonical(unsigned);
  const { scalar, pointBytes } = ed25519.utils.getExtendedPublicKey(secret);
  const r = fromHex(`ee${'ff'.repeat(30)}7f`);
  const k = scalarOf(sha512(concat(r, pointBytes, message))) % ORDER_L;
  const value = concat(r, scalarBytes((k * scalar) % ORDER_L));
  if (!ed25519.verify(value, message, pointBytes, { zip215: true })) {
    throw new Error('the non-canonical R signature does not pass lax verification');
  }
  return { ...(unsigned as JsonObject), signature: { alg: 'Ed25519', publicKey: base64UrlEncode(pointBytes), value: base64UrlEncode(value) } };
}

// ---- raw text that JSON.stringify cannot write ------------------------------------------------

/** A placeholder string; put it where raw text must go (as a value or a member name), then use withRaw. */
export function mark(n: number): string {
  return `@@raw-${n}@@`;
}

/** The file bytes of `doc` with each quoted placeholder `"@@raw-n@@"` replaced by `raws[n]` verbatim. */
export function withRaw(doc: object, ...raws: (string | Uint8Array)[]): Uint8Array {
  let bytes = fileOf(doc);
  raws.forEach((raw, n) => {
    bytes = splice(bytes, `"${mark(n)}"`, typeof raw === 'string' ? utf8Encode(raw) : raw);
  });
  return bytes;
}

/** `bytes` with the only occurrence of the UTF-8 text `marker` replaced by `replacement`. */
export function splice(bytes: Uint8Array, marker: string, replacement: Uint8Array): Uint8Array {
  const text = utf8Decode(bytes);
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error(`splice: ${marker} must occur exactly once`);
  const start = utf8Encode(text.slice(0, at)).length;
  return concat(bytes.subarray(0, start), replacement, bytes.subarray(start + utf8Encode(marker).length));
}

/** The first 32-byte string, counting up from y = 2, that decodes to no curve point at all. */
export function notAPoint(): Uint8Array {
  for (let y = 2; ; y++) {
    const bytes = new Uint8Array(32);
    bytes[0] = y;
    try {
      Point.fromBytes(bytes, true);
    } catch {
      return bytes;
    }
  }
}
