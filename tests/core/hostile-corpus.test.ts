/**
 * The hostile corpus (tests/fixtures/hostile, listed in manifest.json): every file is refused by its
 * importer with the expected FormatError, a reason a person can act on, within 2 s; sheets are also
 * refused by the merge, and trust files stop it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { ed25519 } from '@noble/curves/ed25519.js';
import { Inflate } from 'fflate';
import { afterAll, describe, expect, it } from 'vitest';
import { canonical, hashString } from '../../core/canonical';
import { unsignedPart } from '../../core/crypto/signed-doc';
import { base64UrlDecode } from '../../core/encoding';
import { parseDecision } from '../../core/formats/decision';
import { mergeSheets } from '../../core/merge/merge';
import type { DecisionRecord, JsonObject } from '../../core/types';
import { buildSeed } from './helpers/hostile-corpus/corpus-kit';
import type { Importer, ManifestEntry } from './helpers/hostile-corpus/corpus-kit';
import { buildCorpus, manifestText } from './helpers/hostile-corpus/corpus';
import type { Manifest } from './helpers/hostile-corpus/corpus';
import { zeroStream } from './helpers/hostile-corpus/deflate-bombs';
import { LARGE_INPUTS } from './helpers/hostile-corpus/large-inputs';
import { TIME_LIMIT_MS, WALL_LIMIT_MS, expectActionable, expectActionableFormatError, importAs, timed } from './helpers/hostile-importers';
import type { Outcome } from './helpers/hostile-importers';

const HOSTILE = new URL('../fixtures/hostile/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('manifest.json', HOSTILE), 'utf8')) as Manifest;
const seed = await buildSeed();
const context = { exercise: seed.demo.exercise, exerciseHash: seed.demo.exerciseHash };
const demoSheets = new Map(seed.demo.sheets.map((s) => [s.fileName, s.bytes]));
const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

/** Slowest import seen per importer (CPU and wall milliseconds), and counts, reported at the end. */
const slowest = new Map<Importer, { name: string; cpuMs: number; ms: number }>();
const counts = new Map<Importer, number>();

/** Slowest committed file per importer (CPU milliseconds). */
const slowestFile = new Map<Importer, { name: string; cpuMs: number }>();

function record(importer: Importer, name: string, { cpuMs, ms }: Outcome): void {
  if (name.includes('/') && cpuMs > (slowestFile.get(importer)?.cpuMs ?? -1)) slowestFile.set(importer, { name, cpuMs });
  const worst = slowest.get(importer);
  if (cpuMs > (worst?.cpuMs ?? -1)) slowest.set(importer, { name, cpuMs, ms: Math.max(ms, worst?.ms ?? 0) });
  else if (worst !== undefined && ms > worst.ms) worst.ms = ms;
  expect(cpuMs, `${name} took ${cpuMs.toFixed(0)} ms of CPU`).toBeLessThan(TIME_LIMIT_MS);
  expect(ms, `${name} took ${ms.toFixed(0)} ms`).toBeLessThan(WALL_LIMIT_MS);
}

function bytesOf(entry: ManifestEntry): Uint8Array {
  if (entry.file !== undefined) return new Uint8Array(readFileSync(new URL(entry.file, HOSTILE)));
  const large = LARGE_INPUTS.find((l) => l.entry.build === entry.build);
  if (large === undefined) throw new Error(`the manifest names builder ${String(entry.build)}, which large-inputs.ts lacks`);
  return large.build(seed);
}

const nameOf = (entry: ManifestEntry): string => entry.file ?? `(built) ${String(entry.build)}`;
const casesOf = (importer: Importer) =>
  manifest.cases.filter((c) => c.importer === importer).map((entry) => ({ name: nameOf(entry), entry }));

/** Imports the file and checks the rejection the manifest promises (code `merge`: the importer must accept it). */
async function expectImporterVerdict(entry: ManifestEntry, bytes: Uint8Array): Promise<void> {
  const outcome = await timed(() => importAs(entry.importer, bytes, context));
  record(entry.importer, nameOf(entry), outcome);
  counts.set(entry.importer, (counts.get(entry.importer) ?? 0) + 1);
  if (entry.code === 'merge') {
    expect(outcome.error, 'a sheet only the merge can refuse must pass the document checks').toBeUndefined();
    return;
  }
  expect(outcome.accepted, `${nameOf(entry)} was accepted`).toBe(false);
  const error = expectActionableFormatError(outcome.error);
  expect(error.code, error.message).toBe(entry.code);
  expect(error.message).toContain(entry.message);
}

describe('hostile corpus: exercise packages (readPackage)', () => {
  it.each(casesOf('package'))('rejects $name', async ({ entry }) => {
    await expectImporterVerdict(entry, bytesOf(entry));
  });
});

describe('hostile corpus: score sheets (readDocument, signature, exercise; then mergeSheets)', () => {
  it.each(casesOf('scores'))('rejects $name', async ({ entry }) => {
    const bytes = bytesOf(entry);
    await expectImporterVerdict(entry, bytes);
    const company = (entry.mergeWith ?? []).map((name) => {
      const sheet = demoSheets.get(name);
      if (sheet === undefined) throw new Error(`the manifest merges ${name}, which is not a demo sheet`);
      return sheet;
    });
    let merged: DecisionRecord | undefined;
    const outcome = await timed(() => (merged = mergeSheets({ pkg: context, sheets: [bytes, ...company] })));
    record('scores', `${nameOf(entry)} (merge)`, outcome);
    expect(outcome.error).toBeUndefined();
    const rejection = merged!.rejected.find((r) => r.fileHash === hashString(bytes));
    expect(rejection, 'the merge must list the file as rejected').toBeDefined();
    expect(rejection!.reason).toContain(entry.mergeReason ?? entry.message);
    expectActionable(rejection!.reason);
    expect(merged!.inputs.map((i) => i.sheetHash)).not.toContain(rejection!.sheetHash);
    // Whatever came in, the merge's output is still a valid decision record (reasons included).
    expect(() => parseDecision(merged)).not.toThrow();
  });
});

describe('hostile corpus: trust files (readDocument and the panel; then mergeSheets)', () => {
  it.each(casesOf('trust'))('rejects $name and stops the merge', async ({ entry }) => {
    const bytes = bytesOf(entry);
    await expectImporterVerdict(entry, bytes);
    const outcome = await timed(() => mergeSheets({ pkg: context, sheets: [...demoSheets.values()], trust: bytes }));
    record('trust', `${nameOf(entry)} (merge)`, outcome);
    expect(outcome.accepted, 'the merge went on with a hostile trust file').toBe(false);
    const error = expectActionableFormatError(outcome.error);
    expect(error.code, error.message).toBe(entry.mergeCode ?? entry.code);
    expect(error.message).toContain(entry.mergeMessage ?? entry.message);
  });
});

describe('hostile corpus: decision records (readDocument, then verifyDecision)', () => {
  it.each(casesOf('decision'))('rejects $name', async ({ entry }) => {
    await expectImporterVerdict(entry, bytesOf(entry));
  });
});

describe('hostile corpus', () => {
  it('has at least 100 committed files, each listed once in the manifest, and nothing unlisted', () => {
    const listed = manifest.cases.flatMap((c) => (c.file === undefined ? [] : [c.file]));
    expect(new Set(listed).size).toBe(listed.length);
    expect(listed.length).toBeGreaterThanOrEqual(100);
    const onDisk = ['package', 'scores', 'trust', 'decision'].flatMap((folder) =>
      readdirSync(new URL(`${folder}/`, HOSTILE)).map((name) => `${folder}/${name}`),
    );
    expect(onDisk.sort()).toEqual([...listed].sort());
  });

  it('is accepted when honest: the demo package, sheets, trust file and decision pass the same importers', async () => {
    await importAs('package', seed.demo.packageBytes, context);
    for (const sheet of seed.demo.sheets) await importAs('scores', sheet.bytes, context);
    const trust = new TextEncoder().encode(JSON.stringify(seed.trust));
    await importAs('trust', trust, context);
    await importAs('decision', new TextEncoder().encode(JSON.stringify(seed.decision)), context);
    const merged = mergeSheets({ pkg: context, sheets: seed.demo.sheets.map((s) => s.bytes), trust });
    expect(merged.rejected).toEqual([]);
    expect(merged.inputs.map((i) => i.memberId)).toEqual(['m-chile', 'm-jordan', 'm-kenya', 'm-laos', 'm-norway']);
  });

  it('is exactly what generate.ts makes (run `npx tsx tests/fixtures/hostile/generate.ts` after changing the demo or the cases)', async () => {
    const { files, manifest: made } = await buildCorpus();
    expect(readFileSync(new URL('manifest.json', HOSTILE), 'utf8')).toBe(manifestText(made));
    const stale = files.filter(({ entry, bytes }) => hashString(bytesOf(entry)) !== hashString(bytes)).map(({ entry }) => entry.file);
    expect(stale).toEqual([]);
  }, 120_000);

  it('leaves Object.prototype untouched after every __proto__ and constructor file', () => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    const probe: Record<string, unknown> = {};
    expect([probe.isAdmin, probe.polluted, probe.pinned, probe.memberId]).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('hostile corpus: truncated files', () => {
  const truncations = (bytes: Uint8Array, step: number, end: number) =>
    Array.from({ length: Math.ceil(end / step) }, (_, i) => bytes.slice(0, i * step));
  const cases: [Importer, Uint8Array, number][] = [
    ['package', seed.demo.packageBytes, 37],
    ['scores', seed.demo.sheets[0].bytes, 3],
    ['trust', new TextEncoder().encode(JSON.stringify(seed.trust, null, 2)), 2],
    ['decision', new TextEncoder().encode(JSON.stringify(seed.decision, null, 2)), 11],
  ];

  it.each(cases)('rejects the valid %s cut anywhere before its last byte', async (importer, bytes, step) => {
    // A JSON document is complete once its closing brace is in: only cuts before it are truncations.
    const end = importer === 'package' ? bytes.length : bytes.lastIndexOf(0x7d);
    for (const cut of truncations(bytes, step, end)) {
      const outcome = await timed(() => importAs(importer, cut, context));
      record(importer, `${importer} cut after ${cut.length} bytes`, outcome);
      counts.set(importer, (counts.get(importer) ?? 0) + 1);
      expect(outcome.accepted, `accepted a ${importer} cut after ${cut.length} bytes`).toBe(false);
      expectActionableFormatError(outcome.error);
    }
  });
});

describe('hostile corpus: the attacks are real', () => {
  const sheetJson = (file: string): JsonObject => JSON.parse(readFileSync(new URL(file, HOSTILE), 'utf8')) as JsonObject;
  const parts = (doc: JsonObject) => {
    const sig = doc.signature as { publicKey: string; value: string };
    return { message: canonical(unsignedPart(doc)), key: base64UrlDecode(sig.publicKey), value: base64UrlDecode(sig.value) };
  };
  const files = (prefix: string): string[] =>
    manifest.cases.flatMap((c) => (c.file?.startsWith(prefix) === true ? [c.file] : []));

  it('has forgeries under all 8 small-order points and non-canonical R that lax (ZIP-215) verification accepts', () => {
    const forged = [...files('scores/small-order-key-'), 'scores/signature-non-canonical-r.scores.json'];
    expect(new Set(forged.map((f) => sheetJson(f).signature).map((s) => (s as { publicKey: string }).publicKey)).size).toBeGreaterThanOrEqual(9);
    for (const file of forged) {
      const { message, key, value } = parts(sheetJson(file));
      expect(ed25519.verify(value, message, key, { zip215: true }), file).toBe(true);
    }
  });

  it('has S + L signatures that verify once S is reduced modulo L', () => {
    for (const file of files('scores/signature-s-plus-')) {
      const { message, key, value } = parts(sheetJson(file));
      const s = value.subarray(32).reduceRight((n, b) => (n << 8n) | BigInt(b), 0n) % ed25519.Point.Fn.ORDER;
      const reduced = Uint8Array.from({ length: 64 }, (_, i) => (i < 32 ? value[i] : Number((s >> BigInt(8 * (i - 32))) & 0xffn)));
      expect(ed25519.verify(value, message, key, { zip215: true }), file).toBe(false);
      expect(ed25519.verify(reduced, message, key), file).toBe(true);
    }
  });

  it('has a stream bomb that really inflates past the 100 MiB entry limit', () => {
    const { packed } = zeroStream(110 * 1024 * 1024);
    const bomb = readFileSync(new URL('package/bomb-stream-110mib-declared-1mb.panelpkg', HOSTILE));
    expect(bomb.indexOf(packed)).toBeGreaterThan(0);
    let inflated = 0;
    new Inflate((chunk) => (inflated += chunk.length)).push(packed, true);
    expect(inflated).toBeGreaterThan(100 * 1024 * 1024);
  });
});

afterAll(() => {
  const lines = [...slowest].map(
    ([importer, { name, cpuMs, ms }]) =>
      `  ${importer}: ${counts.get(importer) ?? 0} hostile inputs tried; slowest ${cpuMs.toFixed(0)} ms CPU (${name}), slowest wall ${ms.toFixed(0)} ms; ` +
      `slowest committed file ${slowestFile.get(importer)?.cpuMs.toFixed(0) ?? '-'} ms CPU (${slowestFile.get(importer)?.name ?? '-'})`,
  );
  process.stdout.write(`hostile corpus:\n${lines.join('\n')}\n`);
});
