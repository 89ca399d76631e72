import { afterEach, describe, expect, it } from 'vitest';
import { base64UrlEncode } from '../../core/encoding';
import { buildDemo } from '../../core/demo';
import { readPackage } from '../../core/package/package';
import { getExercise, importExercise, resetDatabase } from '../../renderer/src/db';
import { startDebriefFromSecretariat } from '../../renderer/src/db/debrief-start';
import { collectSheets, confirmMemberKey, listCollectedSheets, listConfirmedKeys, loadPackageDocuments } from '../../renderer/src/db/secretariat-sheets';

afterEach(async () => {
  await resetDatabase();
});

describe('startDebriefFromSecretariat', () => {
  it('opens the secretariat’s exercise in the debrief with its collected sheets and confirmed keys', async () => {
    const demo = await buildDemo();
    const pkg = await readPackage(demo.packageBytes);
    const { workspaceId: secretariat } = await importExercise('secretariat', pkg);
    await collectSheets(secretariat, demo.sheets.slice(0, 3).map((s) => ({ name: s.fileName, bytes: s.bytes })));
    const member = demo.keys.members[0];
    await confirmMemberKey(secretariat, member.memberId, base64UrlEncode(member.publicKey));

    const start = await startDebriefFromSecretariat(pkg.exercise.exerciseId);

    expect(start).toEqual({ workspaceId: `debrief:${pkg.exercise.exerciseId}`, sheetsAdded: 3, keysConfirmed: 1 });
    const debrief = await getExercise(start.workspaceId);
    expect(debrief?.exerciseHash).toBe(pkg.exerciseHash);
    expect((await listCollectedSheets(start.workspaceId)).map((s) => s.fileHash).sort()).toEqual(
      (await listCollectedSheets(secretariat)).map((s) => s.fileHash).sort(),
    );
    expect((await listConfirmedKeys(start.workspaceId)).map((k) => k.memberId)).toEqual([member.memberId]);
    expect([...(await loadPackageDocuments(start.workspaceId)).keys()].sort()).toEqual([...pkg.documents.keys()].sort());
  });

  it('brings only the sheets that arrived since when repeated', async () => {
    const demo = await buildDemo();
    const pkg = await readPackage(demo.packageBytes);
    const { workspaceId: secretariat } = await importExercise('secretariat', pkg);
    await collectSheets(secretariat, demo.sheets.slice(0, 2).map((s) => ({ name: s.fileName, bytes: s.bytes })));
    await startDebriefFromSecretariat(pkg.exercise.exerciseId);
    await collectSheets(secretariat, demo.sheets.map((s) => ({ name: s.fileName, bytes: s.bytes })));

    const again = await startDebriefFromSecretariat(pkg.exercise.exerciseId);

    expect(again.sheetsAdded).toBe(demo.sheets.length - 2);
    expect(again.keysConfirmed).toBe(0);
  });

  it('says what to do when the secretariat holds no such exercise, and creates nothing', async () => {
    await expect(startDebriefFromSecretariat('no-such-exercise')).rejects.toThrow(/open the exercise as the secretariat first/);
    expect(await getExercise('debrief:no-such-exercise')).toBeUndefined();
  });
});
