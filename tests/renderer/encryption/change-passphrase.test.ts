import { afterEach, describe, expect, it, vi } from 'vitest';
import { readMemberWork, setScore } from '../../../renderer/src/db';
import { SEALED_DATABASE_NAME, WrongPassphraseError, autoLockMinutes, changePassphrase, enableEncryption, lock, readVault, setAutoLockMinutes, unlock } from '../../../renderer/src/db/encryption';
import { replaceVault } from '../../../renderer/src/db/encryption/vault';
import { PanelscoreDatabase } from '../../../renderer/src/db/schema';
import { forgetEncryption } from '../helpers/forget-encryption';

const FAST = { N: 2 ** 10, r: 8, p: 1 };
const WS = 'member:ex-1';
const OLD = 'first violet harbour';
const NEW = 'second tractor sonnet';

afterEach(async () => {
  vi.restoreAllMocks();
  await forgetEncryption();
});

async function expectUnlocksWith(passphrase: string, refused: string): Promise<void> {
  lock();
  await expect(unlock(refused)).rejects.toBeInstanceOf(WrongPassphraseError);
  await unlock(passphrase);
  expect((await readMemberWork(WS)).scores).toMatchObject([{ candidateId: 'cand-01', score: 4 }]);
}

describe('changePassphrase', () => {
  it('re-seals only the data key: the sealed rows stay byte for byte as they were', async () => {
    await enableEncryption(OLD, { params: FAST });
    await setScore(WS, 'cand-01', 'communication', 4);
    const raw = new PanelscoreDatabase(SEALED_DATABASE_NAME);
    const before = await raw.scores.toArray();
    const vaultBefore = await readVault();
    const progress: number[] = [];
    await changePassphrase(OLD, NEW, { onProgress: (fraction) => progress.push(fraction) });
    expect(await raw.scores.toArray()).toEqual(before);
    raw.close();
    const vaultAfter = await readVault();
    expect(vaultAfter?.wrappedKey).not.toEqual(vaultBefore?.wrappedKey);
    expect(vaultAfter?.salt).not.toEqual(vaultBefore?.salt);
    expect(progress.at(-1)).toBe(1);
    await expectUnlocksWith(NEW, OLD);
  });

  it('leaves the old passphrase working when the write of the new vault is interrupted', async () => {
    await enableEncryption(OLD, { params: FAST });
    await setScore(WS, 'cand-01', 'communication', 4);
    const put = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementationOnce(() => {
      throw new DOMException('The browser was closed.', 'AbortError');
    });
    await expect(changePassphrase(OLD, NEW)).rejects.toThrow();
    expect(put).toHaveBeenCalled();
    put.mockRestore();
    await expectUnlocksWith(OLD, NEW);
  });

  it('refuses a wrong current passphrase and an empty new one, changing nothing', async () => {
    await enableEncryption(OLD, { params: FAST });
    await setScore(WS, 'cand-01', 'communication', 4);
    const before = await readVault();
    await expect(changePassphrase('not it at all', NEW)).rejects.toBeInstanceOf(WrongPassphraseError);
    await expect(changePassphrase(OLD, '')).rejects.toThrow(/new passphrase is empty/);
    expect(await readVault()).toEqual(before);
    await expectUnlocksWith(OLD, NEW);
  });

  it('never overwrites a vault changed meanwhile by another window', async () => {
    await enableEncryption(OLD, { params: FAST });
    const opened = await readVault();
    await changePassphrase(OLD, NEW);
    const current = await readVault();
    await expect(replaceVault(opened!.wrappedKey, { ...opened!, autoLockMinutes: 3 })).rejects.toThrow(
      /changed .* in another Panelscore window meanwhile. Nothing was changed here/,
    );
    expect(await readVault()).toEqual(current);
  });

  it('keeps the new passphrase when the auto-lock time is changed afterwards', async () => {
    await enableEncryption(OLD, { params: FAST });
    await setScore(WS, 'cand-01', 'communication', 4);
    await changePassphrase(OLD, NEW);
    await setAutoLockMinutes(30);
    expect(await autoLockMinutes()).toBe(30);
    await expectUnlocksWith(NEW, OLD);
  });
});
