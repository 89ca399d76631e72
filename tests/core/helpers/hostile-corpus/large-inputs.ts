/**
 * Hostile inputs too big to commit (megabytes): built at test time from the same seed. Each is a
 * manifest entry with a `build` name instead of a file; the builders are deterministic.
 */
import { ed25519 } from '@noble/curves/ed25519.js';
import { base64UrlEncode, utf8Encode } from '../../../../core/encoding';
import { readZipEntries } from '../../../../core/package/zip-reader';
import { craftZip } from '../zip-craft';
import type { CraftEntry } from '../zip-craft';
import { clone, concat, fileOf, mark, withRaw } from './corpus-kit';
import type { Draft, ManifestEntry, Seed } from './corpus-kit';

/** A hostile input built at test time: its manifest entry and how to make its bytes. */
export interface LargeInput {
  entry: ManifestEntry;
  build: (seed: Seed) => Uint8Array;
}

const MIB = 1024 * 1024;

/** m-norway's signed sheet with `raws` spliced in at the placeholders `change` puts in. */
function rawSheet(seed: Seed, change: (doc: Draft) => void, ...raws: string[]): Uint8Array {
  const doc: Draft = clone(seed.sheets.get('m-norway.r1.scores.json')!);
  change(doc);
  return withRaw(doc, ...raws);
}

function sheet(build: string, code: string, message: string, attack: string, make: (seed: Seed) => Uint8Array, more: Partial<ManifestEntry> = {}): LargeInput {
  return { entry: { build, importer: 'scores', code, message, ...more, attack }, build: make };
}

/** Every test-time hostile input. */
export const LARGE_INPUTS: readonly LargeInput[] = [
  sheet('sheet-17mib-padded', 'size', 'more than the 16 MiB', 'a genuine sheet padded with 17 MiB of spaces',
    (seed) => concat(fileOf(seed.sheets.get('m-norway.r1.scores.json')!), new Uint8Array(17 * MIB).fill(0x20)),
    { mergeReason: 'over the 16 MiB limit' }),
  sheet('sheet-nested-1m-levels', 'json', 'nested more than 32 levels', 'a million nested arrays (stack exhaustion in recursive parsers)',
    () => utf8Encode(`{"format":${'['.repeat(MIB)}`)),
  sheet('sheet-number-5m-digits', 'json', 'too large to represent', 'a score written with 5 million digits (Infinity)',
    (seed) => rawSheet(seed, (d) => (d.candidates[0].ratings[0].score = mark(0)), `4${'0'.repeat(5_000_000)}`)),
  sheet('sheet-number-5m-fraction-digits', 'signature', 'does not match', 'a score of 0.000…4 with 5 million zeros (parses to 0)',
    (seed) => rawSheet(seed, (d) => (d.candidates[0].ratings[0].score = mark(0)), `0.${'0'.repeat(5_000_000)}4`),
    { mergeReason: 'is not a point of the scale' }),
  sheet('sheet-280k-candidates', 'signature', 'does not match', '280,000 candidate entries (15 MB) in a signed sheet: all parsed, hashed and verified',
    (seed) => rawSheet(seed, (d) => (d.candidates = mark(0)),
      `[${Array.from({ length: 280_000 }, (_, i) => `{"candidateId":"c-${i}","recused":false,"ratings":[]}`).join(',')}]`),
    { mergeReason: 'is not a candidate of exercise' }),
  sheet('sheet-evidence-15mib', 'schema', 'at most 20,000 characters', 'evidence of 15 MiB',
    (seed) => rawSheet(seed, (d) => (d.candidates[0].ratings[0].evidence = mark(0)), `"${'a'.repeat(15 * MIB)}"`)),
  sheet('sheet-unknown-member-1mib-name', 'schema', 'unknown member', 'an unknown member whose name is 1 MiB long (echoed into every message and decision record)',
    (seed) => rawSheet(seed, (d) => (d[mark(0)] = 1), `"${'n'.repeat(MIB)}"`)),
  // Known gap (issue 6): at 500,000 members (~6 MB) the merge needs ~2.5 s of CPU, most of it the document
  // hash every rejected sheet still needs (sorting and writing the names); a 16 MiB sheet of them ~7 s.
  sheet('sheet-200k-unknown-members', 'schema', 'unknown member', '200,000 unknown members (all listed in the error by a naive formatter)',
    (seed) => rawSheet(seed, (d) => (d[mark(0)] = 1), Array.from({ length: 200_000 }, (_, i) => `"k${i}":0`).join(',').replace(/:0$/, ''))),
  sheet('sheet-duplicate-1mib-name', 'json', 'duplicate member name', 'a 1 MiB member name given twice (echoed into the error)',
    (seed) => rawSheet(seed, (d) => (d[mark(0)] = mark(1)), `"${'d'.repeat(MIB)}"`, `0, "${'d'.repeat(MIB)}": 1`)),
  {
    entry: { build: 'package-65534-entries', importer: 'package', code: 'package', message: 'unexpected file',
      attack: '65,534 entries (the most a ZIP without ZIP64 can list, 65,535, means ZIP64), 65,528 of them unlisted empty files' },
    build: (seed) => {
      const entries: CraftEntry[] = [...readZipEntries(seed.demo.packageBytes)].map(([name, content]) => ({ name, content }));
      for (let i = entries.length; i < 0xfffe; i++) entries.push({ name: `documents/x/${i}`, method: 0 });
      return craftZip(entries).bytes;
    },
  },
  {
    entry: { build: 'trust-100k-members', importer: 'trust', code: 'schema', message: 'a second time', attack: '100,000 entries, all pinning m-laos' },
    build: (seed) => {
      const key = base64UrlEncode(ed25519.getPublicKey(seed.memberSecret('m-laos')));
      return fileOf({ ...seed.trust, members: Array.from({ length: 100_000 }, () => ({ memberId: 'm-laos', publicKey: key })) });
    },
  },
  {
    entry: { build: 'decision-1mib-member-key', importer: 'decision', code: 'schema', message: 'is not a member id',
      attack: 'a member total keyed by a 1 MiB name (echoed into the error)' },
    build: (seed) => {
      const d: Draft = clone(seed.decision);
      d.candidates[0].memberTotals[mark(0)] = 4;
      return withRaw(d, `"${'k'.repeat(MIB)}"`);
    },
  },
  {
    entry: { build: 'decision-17mib-padded', importer: 'decision', code: 'size', message: 'more than the 16 MiB', attack: 'a genuine record padded with 17 MiB of spaces' },
    build: (seed) => concat(fileOf(seed.decision), new Uint8Array(17 * MIB).fill(0x20)),
  },
];
