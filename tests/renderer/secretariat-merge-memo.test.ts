import { beforeAll, describe, expect, it } from 'vitest';
import { hashString } from '../../core/canonical';
import { type Demo, buildDemo } from '../../core/demo';
import { base64UrlEncode, utf8Decode, utf8Encode } from '../../core/encoding';
import { mergeSheets } from '../../core/merge/merge';
import { type VerifiedPackage, readPackage } from '../../core/package/package';
import type { CollectedSheetRecord, TrustRecord } from '../../renderer/src/db';
import { createMergeMemo, mergeCollection, trustFileBytes } from '../../renderer/src/features/secretariat/collection-merge';

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

function laosConfirmed(): TrustRecord[] {
  const key = base64UrlEncode(demo.keys.members.find((k) => k.memberId === 'm-laos')!.publicKey);
  return [{ workspaceId: WORKSPACE, memberId: 'm-laos', publicKey: key, fingerprint: '', confirmedAt: '2026-05-20T10:00:00Z' }];
}

describe('mergeCollection with a memo of earlier merges', () => {
  it('checks only the new file when one more arrives, and gives the same record as mergeSheets over all of them', () => {
    const files = demo.sheets.map((s) => collected(s.fileName, s.bytes));
    const tampered = collected('tampered.json', utf8Encode(utf8Decode(demo.sheets[0].bytes).replace('"score": 4', '"score": 3')));
    const memo = createMergeMemo();
    mergeCollection(pkg, files.slice(0, -1), [], memo);
    const earlier = new Map(files.slice(0, -1).map((f) => [f.fileHash, memo.checks.get(f.fileHash)]));

    const merge = mergeCollection(pkg, [...files, tampered], [], memo);
    expect(merge.decision).toEqual(mergeSheets({ pkg, sheets: [...files, tampered].map((f) => f.bytes) }));
    for (const [fileHash, check] of earlier) expect(memo.checks.get(fileHash)).toBe(check);
    expect(merge.files.find((f) => f.fileName === 'tampered.json')).toMatchObject({ status: 'rejected', soundAlone: false });
  });

  it('checks every file again once a key is confirmed, so the confirmed member counts as pinned', () => {
    const files = demo.sheets.map((s) => collected(s.fileName, s.bytes));
    const memo = createMergeMemo();
    const before = mergeCollection(pkg, files, [], memo);
    expect(before.decision.inputs.find((i) => i.memberId === 'm-laos')?.pinned).toBe(false);

    const after = mergeCollection(pkg, files, laosConfirmed(), memo);
    expect(after.decision).toEqual(mergeSheets({ pkg, sheets: files.map((f) => f.bytes), trust: trustFileBytes(pkg.exercise.exerciseId, laosConfirmed())! }));
    expect(after.decision.inputs.find((i) => i.memberId === 'm-laos')?.pinned).toBe(true);
    expect(after.files.find((f) => f.memberId === 'm-laos')?.pinned).toBe(true);
  });

  it('forgets the files that were removed from the collection', () => {
    const files = demo.sheets.map((s) => collected(s.fileName, s.bytes));
    const memo = createMergeMemo();
    mergeCollection(pkg, files, [], memo);
    const merge = mergeCollection(pkg, files.slice(1), [], memo);
    expect(memo.checks.has(files[0].fileHash)).toBe(false);
    expect(memo.claims.has(files[0].fileHash)).toBe(false);
    expect(merge.decision).toEqual(mergeSheets({ pkg, sheets: files.slice(1).map((f) => f.bytes) }));
  });
});
