import { afterEach, describe, expect, it } from 'vitest';
import {
  BackupError,
  exportWorkspaceBackup,
  readWorkspaceBackup,
  restoreWorkspaceBackup,
  workspaceExists,
} from '../../../renderer/src/db/backup';
import {
  getDocument,
  getWorkspace,
  importExercise,
  readEditLog,
  readMemberWork,
  resetDatabase,
  setEvidence,
  setMemberIdentity,
  setScore,
} from '../../../renderer/src/db';
import { db } from '../../../renderer/src/db/connection';
import { inlineDocumentBlobs } from '../../../renderer/src/db/encryption';
import { fixturePackage } from '../helpers/exercise-fixture';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const WS = 'member:ex-1';

afterEach(async () => {
  await resetDatabase();
});

async function memberWorkspaceWithWork(): Promise<void> {
  await importExercise('member', fixturePackage());
  await importExercise('secretariat', fixturePackage());
  await setMemberIdentity({
    workspaceId: WS,
    memberId: 'm-one',
    publicKey: 'pk',
    fingerprint: '0000 1111 2222 3333',
    chosenAt: '2026-05-03T10:00:00.000Z',
  });
  await setScore(WS, 'cand-1', 'leadership', 4);
  await setEvidence(WS, 'cand-1', 'leadership', 'Led the 2019 reform');
}

/** Everything the database holds, to show that a refused restore wrote nothing. */
async function snapshot(): Promise<unknown> {
  const database = db();
  return Promise.all(database.tables.map(async (table) => [table.name, await table.toArray()]));
}

describe('workspace backup', () => {
  it('restores every row of the workspace, documents and edit log included, after it was lost', async () => {
    await memberWorkspaceWithWork();
    const before = {
      work: await readMemberWork(WS),
      log: await readEditLog(WS),
      cv: await getDocument(WS, 'documents/cand-1/cv.pdf'),
    };
    const { fileName, bytes } = await exportWorkspaceBackup(WS, 'backup passphrase', { params: FAST });
    expect(fileName).toBe('ex-1-member.panelbackup');
    expect(new TextDecoder('latin1').decode(bytes)).not.toContain('Led the 2019 reform');
    await resetDatabase();
    await importExercise('secretariat', fixturePackage());
    const backup = await readWorkspaceBackup(bytes, 'backup passphrase');
    expect(await workspaceExists(backup.workspace.id)).toBe(false);
    await restoreWorkspaceBackup(backup);
    expect(await readMemberWork(WS)).toEqual(before.work);
    expect((await readEditLog(WS)).map(({ seq: _seq, ...entry }) => entry)).toEqual(
      before.log.map(({ seq: _seq, ...entry }) => entry),
    );
    expect((await getDocument(WS, 'documents/cand-1/cv.pdf'))?.bytes).toEqual(before.cv?.bytes);
    expect(await getWorkspace('secretariat:ex-1')).toBeDefined();
  });

  it('carries the bytes of a document stored as a Blob (read before sealing)', async () => {
    const cv = new Uint8Array([37, 80, 68, 70, 1, 2, 3]);
    const [row] = await inlineDocumentBlobs([
      { path: 'cv.pdf', bytes: new Uint8Array(0), blob: new Blob([cv]) },
    ]);
    expect(row).not.toHaveProperty('blob');
    expect(Array.from(row.bytes)).toEqual(Array.from(cv));
  });

  it('replaces the current state of a workspace that still exists', async () => {
    await memberWorkspaceWithWork();
    const { bytes } = await exportWorkspaceBackup(WS, 'backup passphrase', { params: FAST });
    await setScore(WS, 'cand-2', 'diplomacy', 1);
    const backup = await readWorkspaceBackup(bytes, 'backup passphrase');
    expect(await workspaceExists(WS)).toBe(true);
    await restoreWorkspaceBackup(backup);
    expect((await readMemberWork(WS)).scores.map((s) => s.candidateId)).toEqual(['cand-1']);
  });

  it('refuses a wrong passphrase, says what to do, and writes nothing', async () => {
    await memberWorkspaceWithWork();
    const { bytes } = await exportWorkspaceBackup(WS, 'backup passphrase', { params: FAST });
    const state = await snapshot();
    await expect(readWorkspaceBackup(bytes, 'backup passphrasE')).rejects.toThrow(
      /passphrase is wrong.*Nothing was changed/,
    );
    expect(await snapshot()).toEqual(state);
  });

  it('refuses a damaged, truncated or foreign file with a reason and writes nothing', async () => {
    await memberWorkspaceWithWork();
    const { bytes } = await exportWorkspaceBackup(WS, 'backup passphrase', { params: FAST });
    const state = await snapshot();
    const flipped = bytes.slice();
    flipped[flipped.length - 40] ^= 1;
    for (const file of [
      flipped,
      bytes.subarray(0, bytes.length - 100),
      new TextEncoder().encode('{"format":"panelscore.exercise"}'),
      bytes.subarray(0, 10),
    ]) {
      await expect(readWorkspaceBackup(file, 'backup passphrase')).rejects.toBeInstanceOf(BackupError);
    }
    expect(await snapshot()).toEqual(state);
  });

  it('writes nothing when the restore fails part-way', async () => {
    await memberWorkspaceWithWork();
    const { bytes } = await exportWorkspaceBackup(WS, 'backup passphrase', { params: FAST });
    const backup = await readWorkspaceBackup(bytes, 'backup passphrase');
    await setScore(WS, 'cand-2', 'diplomacy', 1);
    const state = await snapshot();
    // Two copies of one score: the second add fails after the deletes and the first adds.
    const broken = {
      ...backup,
      tables: { ...backup.tables, scores: [...backup.tables.scores, ...backup.tables.scores] },
    };
    await expect(restoreWorkspaceBackup(broken)).rejects.toThrow();
    expect(await snapshot()).toEqual(state);
  });
});
