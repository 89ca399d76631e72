import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { SEALED_DATABASE_NAME, WrongPassphraseError, changePassphrase, enableEncryption, encryptionStatus, lock, readVault, startEncryption, unlock } from '../../../renderer/src/db/encryption';
import { getDocument, importExercise, readMemberWork, setEvidence, setScore } from '../../../renderer/src/db';
import { fixturePackage } from '../helpers/exercise-fixture';
import { DATABASE_NAME, PanelscoreDatabase } from '../../../renderer/src/db/schema';
import { forgetEncryption } from '../helpers/forget-encryption';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const WS = 'member:ex-1';

afterEach(async () => {
  await forgetEncryption();
});

describe('encryption at rest', () => {
  it('moves existing work into the encrypted database and deletes the plain one', async () => {
    await setScore(WS, 'cand-01', 'communication', 4);
    await setEvidence(WS, 'cand-01', 'communication', 'Clear answers on the budget');
    const outcome = await enableEncryption('correct horse battery', { params: FAST });
    expect(outcome.rowsSealed).toBeGreaterThanOrEqual(3);
    expect(encryptionStatus()).toBe('unlocked');
    expect(await Dexie.exists(DATABASE_NAME)).toBe(false);
    const work = await readMemberWork(WS);
    expect(work.scores).toMatchObject([{ score: 4, evidence: 'Clear answers on the budget' }]);
    const raw = new PanelscoreDatabase(SEALED_DATABASE_NAME);
    const stored = (await raw.scores.toArray())[0] as unknown as Record<string, unknown>;
    raw.close();
    expect(stored.evidence).toBeUndefined();
    expect(stored.sealed).toBeDefined();
  });

  it('starts locked when a vault exists, refuses reads until unlocked, then shows the work again', async () => {
    await enableEncryption('correct horse battery', { params: FAST });
    await setScore(WS, 'cand-02', 'communication', 3);
    lock();
    // As if the last switch to encryption was interrupted after its commit point: a plain database is left.
    const leftover = new PanelscoreDatabase(DATABASE_NAME);
    await leftover.settings.put({ key: 'left', value: 'over' });
    leftover.close();
    expect(await startEncryption()).toBe('locked');
    expect(await Dexie.exists(DATABASE_NAME)).toBe(false);
    await expect(readMemberWork(WS)).rejects.toThrow(/locked/);
    await unlock('correct horse battery');
    expect((await readMemberWork(WS)).scores).toMatchObject([{ candidateId: 'cand-02', score: 3 }]);
  });

  it('refuses a wrong passphrase, says so, and stays locked', async () => {
    await enableEncryption('correct horse battery', { params: FAST });
    lock();
    await expect(unlock('correct horse batter')).rejects.toBeInstanceOf(WrongPassphraseError);
    expect(encryptionStatus()).toBe('locked');
    await expect(readMemberWork(WS)).rejects.toThrow(/locked/);
  });

  it('changes the passphrase without touching the data', async () => {
    await enableEncryption('first passphrase', { params: FAST });
    await setScore(WS, 'cand-03', 'communication', 2);
    await expect(changePassphrase('not it', 'second passphrase')).rejects.toBeInstanceOf(
      WrongPassphraseError,
    );
    await changePassphrase('first passphrase', 'second passphrase');
    lock();
    await expect(unlock('first passphrase')).rejects.toBeInstanceOf(WrongPassphraseError);
    await unlock('second passphrase');
    expect((await readMemberWork(WS)).scores).toHaveLength(1);
  });

  it('stores a document given as a Blob as sealed bytes while encryption is on', async () => {
    await enableEncryption('correct horse battery', { params: FAST });
    const pkg = fixturePackage();
    const cv = pkg.documents.get('documents/cand-1/cv.pdf')!;
    await importExercise('member', {
      ...pkg,
      documents: new Map([['documents/cand-1/cv.pdf', new Blob([cv as Uint8Array<ArrayBuffer>])]]),
    });
    expect(Array.from((await getDocument('member:ex-1', 'documents/cand-1/cv.pdf'))!.bytes)).toEqual(
      Array.from(cv),
    );
    const raw = new PanelscoreDatabase(SEALED_DATABASE_NAME);
    const stored = (await raw.documents.toArray())[0] as unknown as Record<string, unknown>;
    raw.close();
    expect(Object.keys(stored).sort()).toEqual(['path', 'sealed', 'workspaceId']);
  });

  it('keeps the plain data when turning encryption on fails before the vault is stored', async () => {
    await setScore(WS, 'cand-01', 'communication', 4);
    await expect(enableEncryption('', { params: FAST })).rejects.toThrow(/passphrase is empty/);
    expect(await readVault()).toBeUndefined();
    expect((await readMemberWork(WS)).scores).toHaveLength(1);
  });
});
