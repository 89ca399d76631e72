import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type Demo, buildDemo } from '../../core/demo';
import { type CollectedSheetRecord, resetDatabase } from '../../renderer/src/db';
import { collectSheets, loadCollection, loadCollectionReusing, removeCollectedSheet } from '../../renderer/src/db/secretariat-sheets';

const WORKSPACE = 'secretariat:isu-director-2026';
const OTHER = 'secretariat:other-exercise';

let demo: Demo;

beforeAll(async () => {
  demo = await buildDemo();
}, 60_000);

afterEach(async () => {
  await resetDatabase();
});

const files = () => demo.sheets.map((s) => ({ name: s.fileName, bytes: s.bytes }));

describe('loadCollectionReusing', () => {
  it('gives what loadCollection gives, reusing the records it read before and reading only the new file', async () => {
    const [first, ...rest] = files();
    await collectSheets(WORKSPACE, rest, new Date('2026-05-20T10:00:00Z'));
    const known = new Map<string, CollectedSheetRecord>();
    const before = await loadCollectionReusing(WORKSPACE, known);
    expect(before).toEqual(await loadCollection(WORKSPACE));

    await collectSheets(WORKSPACE, [first], new Date('2026-05-20T11:00:00Z'));
    const after = await loadCollectionReusing(WORKSPACE, known);
    expect(after).toEqual(await loadCollection(WORKSPACE));
    expect(after.sheets.slice(0, -1).every((sheet, i) => sheet === before.sheets[i])).toBe(true);
    expect(after.sheets.at(-1)?.fileName).toBe(first.name);
  });

  it('drops a removed file, and keeps no record of another workspace’s collection', async () => {
    await collectSheets(WORKSPACE, files());
    await collectSheets(OTHER, files().slice(0, 1));
    const known = new Map<string, CollectedSheetRecord>();
    const all = await loadCollectionReusing(WORKSPACE, known);
    await removeCollectedSheet(WORKSPACE, all.sheets[0].fileHash);
    const fewer = await loadCollectionReusing(WORKSPACE, known);
    expect(fewer.sheets.map((s) => s.fileHash)).toEqual(all.sheets.slice(1).map((s) => s.fileHash));
    expect(known.size).toBe(all.sheets.length - 1);

    const other = await loadCollectionReusing(OTHER, known);
    expect(other.sheets.map((s) => s.workspaceId)).toEqual([OTHER]);
    expect([...known.values()].map((s) => s.workspaceId)).toEqual([OTHER]);
  });
});
