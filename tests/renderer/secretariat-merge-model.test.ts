import { beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { documentHash, hashString } from '../../core/canonical';
import { memorySigner } from '../../core/crypto/ed25519';
import { signDocument } from '../../core/crypto/signed-doc';
import { type Demo, buildDemo } from '../../core/demo';
import { base64UrlEncode, utf8Decode, utf8Encode } from '../../core/encoding';
import { parseTrustFile } from '../../core/formats/trust';
import { parseStrictJson } from '../../core/json/strict-json';
import { mergeSheets } from '../../core/merge/merge';
import { type VerifiedPackage, readPackage } from '../../core/package/package';
import type { ScoreSheet } from '../../core/types';
import type { CollectedSheetRecord, TrustRecord } from '../../renderer/src/db';
import { canConfirmKey, mergeCollection, trustFileBytes } from '../../renderer/src/features/secretariat/collection-merge';
import { decisionBytes, mergeInputsZip, packageBytes } from '../../renderer/src/features/secretariat/merge-export';
import { readReliability } from '../../renderer/src/features/secretariat/reliability-reading';

let demo: Demo;
let pkg: VerifiedPackage;

beforeAll(async () => {
  demo = await buildDemo();
  pkg = await readPackage(demo.packageBytes);
}, 60_000);

const WORKSPACE = 'secretariat:isu-director-2026';

function collected(name: string, bytes: Uint8Array): CollectedSheetRecord {
  return { workspaceId: WORKSPACE, fileHash: hashString(bytes), fileName: name, bytes, memberId: null, addedAt: '2026-05-20T10:00:00Z' };
}

function trustRecord(memberId: string, publicKey: string): TrustRecord {
  return { workspaceId: WORKSPACE, memberId, publicKey, fingerprint: '', confirmedAt: '2026-05-20T10:00:00Z' };
}

/** m-laos's demo sheet signed again by another key (what a member who reinstalled would send). */
async function laosWithOtherKey(): Promise<Uint8Array> {
  const laos = demo.sheets.find((s) => s.memberId === 'm-laos')!;
  const { signature: _old, ...unsigned } = parseStrictJson(laos.bytes) as unknown as ScoreSheet;
  return utf8Encode(JSON.stringify(await signDocument({ ...unsigned, revision: 2 }, memorySigner(new Uint8Array(32).fill(77)))));
}


describe('mergeCollection', () => {
  it('gives the decision record of mergeSheets over the same files, and each file’s status', () => {
    const files = demo.sheets.map((s) => collected(s.fileName, s.bytes));
    const { decision, files: statuses } = mergeCollection(pkg, files, []);
    expect(decision).toEqual(mergeSheets({ pkg, sheets: demo.sheets.map((s) => s.bytes) }));
    const byName = Object.fromEntries(statuses.map((f) => [f.fileName, f.status]));
    expect(byName).toEqual({
      'm-chile.r1.scores.json': 'accepted',
      'm-norway.r1.scores.json': 'accepted',
      'm-kenya.r1.scores.json': 'superseded',
      'm-kenya.r2.scores.json': 'accepted',
      'm-laos.r1.scores.json': 'accepted',
      'm-jordan.r1.scores.json': 'accepted',
    });
  });

  it('lets the secretariat confirm either key of a member whose sheets carry two, and then rejects the other', async () => {
    const laos = demo.sheets.find((s) => s.memberId === 'm-laos')!;
    const files = [collected('laos-old.json', laos.bytes), collected('laos-new.json', await laosWithOtherKey())];
    const before = mergeCollection(pkg, files, []);
    expect(before.files.map((f) => [f.fileName, f.status])).toEqual([
      ['laos-new.json', 'rejected'],
      ['laos-old.json', 'rejected'],
    ]);
    expect(before.files[0].reasons[0]).toMatch(/m-laos has no pinned key and their sheets are signed by 2 different keys/);
    expect(before.files.map((f) => canConfirmKey(f, pkg.exercise, []))).toEqual([true, true]);

    const confirmed = [trustRecord('m-laos', before.files[1].publicKey!)];
    const after = mergeCollection(pkg, files, confirmed);
    expect(after.files.map((f) => [f.fileName, f.status, f.pinned])).toEqual([
      ['laos-new.json', 'rejected', true],
      ['laos-old.json', 'accepted', true],
    ]);
    expect(after.files[0].reasons[0]).toMatch(/not the key pinned for m-laos/);
    expect(after.files.map((f) => canConfirmKey(f, pkg.exercise, confirmed))).toEqual([false, false]);
  });

  it('never offers to confirm a key pinned for another member, nor the key of a tampered sheet', () => {
    const chile = demo.sheets.find((s) => s.memberId === 'm-chile')!;
    const text = utf8Decode(demo.sheets.find((s) => s.memberId === 'm-laos')!.bytes);
    const tampered = utf8Encode(text.replace('"score": 4', '"score": 3'));
    const { files } = mergeCollection(pkg, [collected('chile.json', chile.bytes), collected('laos-tampered.json', tampered)], []);
    expect(files.map((f) => [f.fileName, f.status, canConfirmKey(f, pkg.exercise, [])])).toEqual([
      ['laos-tampered.json', 'rejected', false],
      ['chile.json', 'accepted', false],
    ]);
  });
});

describe('trustFileBytes', () => {
  it('writes a trust file that core reads, or nothing when no key was confirmed', () => {
    expect(trustFileBytes('isu-director-2026', [])).toBeUndefined();
    const bytes = trustFileBytes('isu-director-2026', [trustRecord('m-laos', base64UrlEncode(demo.keys.members.find((k) => k.memberId === 'm-laos')!.publicKey))]);
    expect(parseTrustFile(parseStrictJson(bytes!)).members.map((m) => m.memberId)).toEqual(['m-laos']);
  });
});

describe('merge exports', () => {
  it('rebuilds a package that verifies with the same exercise hash', async () => {
    const rebuilt = await readPackage(packageBytes(pkg.exercise, pkg.documents));
    expect(rebuilt.exerciseHash).toBe(pkg.exerciseHash);
    expect(documentHash(rebuilt.exercise)).toBe(pkg.exerciseHash);
  });

  it('zips the package, every collected file, the trust file, the canonical draft and a README with the command', () => {
    const sheets = demo.sheets.map((s) => collected(s.fileName, s.bytes));
    const laosKey = base64UrlEncode(demo.keys.members.find((k) => k.memberId === 'm-laos')!.publicKey);
    const merge = mergeCollection(pkg, sheets, [trustRecord('m-laos', laosKey)]);
    const zip = unzipSync(mergeInputsZip({ exercise: pkg.exercise, documents: pkg.documents, sheets, trust: merge.trust, decision: merge.decision }));
    const folder = 'isu-director-2026-merge/';
    expect(Object.keys(zip).sort()).toEqual(
      [
        'README.txt',
        'isu-director-2026.decision.json',
        'isu-director-2026.panelpkg',
        'isu-director-2026.trust.json',
        ...demo.sheets.map((s) => `sheets/${s.fileName}`),
      ]
        .map((n) => folder + n)
        .sort(),
    );
    expect(Array.from(zip[`${folder}isu-director-2026.decision.json`])).toEqual(Array.from(decisionBytes(merge.decision)));
    expect(utf8Decode(zip[`${folder}README.txt`])).toContain(
      'panelscore merge isu-director-2026.panelpkg sheets/* --trust isu-director-2026.trust.json --out recheck.decision.json',
    );
  });

  it('keeps two collected files with the same name apart', () => {
    const [a, b] = demo.sheets;
    const sheets = [collected('sheet.json', a.bytes), collected('sheet.json', b.bytes)];
    const merge = mergeCollection(pkg, sheets, []);
    const zip = unzipSync(mergeInputsZip({ exercise: pkg.exercise, documents: pkg.documents, sheets, trust: undefined, decision: merge.decision }));
    expect(Object.keys(zip).filter((n) => n.includes('/sheets/'))).toHaveLength(2);
    expect(Object.keys(zip).some((n) => n.endsWith('.trust.json'))).toBe(false);
  });
});

describe('readReliability', () => {
  const none = { icc21: null, icc2k: null, kendallW: null, krippendorffAlpha: null };
  const reading = (key: 'kendallW' | 'icc21' | 'icc2k' | 'krippendorffAlpha', value: number) =>
    readReliability({ ...none, [key]: value }).find((r) => r.key === key)!.reading;

  it('reads Kendall’s W in bands at 0.7, 0.5 and 0.3', () => {
    expect(reading('kendallW', 0.7)).toBe('Members largely agree on the order of candidates.');
    expect(reading('kendallW', 0.69)).toBe('Members moderately agree on the order of candidates.');
    expect(reading('kendallW', 0.3)).toMatch(/agree only weakly/);
    expect(reading('kendallW', 0.29)).toMatch(/very differently/);
  });

  it('reads the ICCs at 0.9, 0.75 and 0.5, and alpha at 0.8 and 0.667', () => {
    expect(reading('icc2k', 0.9)).toMatch(/highly reliable/);
    expect(reading('icc2k', 0.75)).toBe('The panel’s average totals are reliable.');
    expect(reading('icc21', 0.5)).toMatch(/agree moderately/);
    expect(reading('icc21', 0.49)).toMatch(/differ a lot/);
    expect(reading('krippendorffAlpha', 0.8)).toMatch(/consistent across members/);
    expect(reading('krippendorffAlpha', 0.667)).toMatch(/fairly consistent/);
    expect(reading('krippendorffAlpha', 0.5)).toMatch(/quite differently/);
  });

  it('says why a figure cannot be computed instead of showing a number', () => {
    expect(readReliability(none).map((r) => [r.value, r.reading.startsWith('Cannot be computed yet')])).toEqual([
      [null, true],
      [null, true],
      [null, true],
      [null, true],
    ]);
  });
});
