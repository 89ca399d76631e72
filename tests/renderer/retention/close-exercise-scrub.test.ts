import { afterEach, describe, expect, it, vi } from 'vitest';
import { listWorkspaces, importExercise, resetDatabase } from '../../../renderer/src/db';
import { enableEncryption } from '../../../renderer/src/db/encryption';
import { closeExercise } from '../../../renderer/src/features/retention/close-exercise';
import { dismissScrubProgress, scrubProgress } from '../../../renderer/src/features/retention/scrub-progress';
import { setPlatform } from '../../../renderer/src/platform';
import { fixturePackage } from '../helpers/exercise-fixture';
import { forgetEncryption } from '../helpers/forget-encryption';

const FAST = { N: 2 ** 10, r: 8, p: 1 };

function fakePlatform() {
  setPlatform({
    openFiles: vi.fn(),
    saveFile: vi.fn(),
    getSigner: vi.fn(),
    appInfo: vi.fn(),
    deleteSigner: vi.fn(() => Promise.resolve()),
  });
}

afterEach(async () => {
  setPlatform(null);
  dismissScrubProgress();
  await forgetEncryption();
  await resetDatabase();
});

describe('closeExercise', () => {
  it('scrubs the deleted rows out of the storage files when the workspace is not encrypted, after deleting them', async () => {
    fakePlatform();
    await importExercise('member', fixturePackage());
    const workspacesWhenScrubbed: unknown[] = [];
    const scrub = vi.fn(async (onProgress?: (fraction: number) => void) => {
      workspacesWhenScrubbed.push(...(await listWorkspaces()));
      onProgress?.(1);
    });
    const closed = await closeExercise('member', 'ex-1', { scrub });
    expect(scrubProgress().kind).toBe('running');
    await closed.scrub;
    expect(scrub).toHaveBeenCalledOnce();
    expect(workspacesWhenScrubbed).toEqual([]);
    expect(scrubProgress()).toEqual({ kind: 'done' });
  });

  it('does not scrub when encryption at rest is on (the deleted rows were sealed)', async () => {
    fakePlatform();
    await enableEncryption('violet harbour tractor sonnet', { params: FAST });
    await importExercise('member', fixturePackage());
    const scrub = vi.fn(() => Promise.resolve());
    const closed = await closeExercise('member', 'ex-1', { scrub });
    expect(scrub).not.toHaveBeenCalled();
    expect(closed.scrub).toBeNull();
    expect(scrubProgress()).toEqual({ kind: 'idle' });
    expect(await listWorkspaces()).toEqual([]);
  });

  it('still closes the exercise when the scrub fails, and publishes why', async () => {
    fakePlatform();
    await importExercise('member', fixturePackage());
    const scrub = vi.fn(() => Promise.reject(new Error('QuotaExceededError')));
    await (await closeExercise('member', 'ex-1', { scrub })).scrub;
    expect(await listWorkspaces()).toEqual([]);
    expect(scrubProgress()).toEqual({ kind: 'failed', reason: 'QuotaExceededError' });
  });
});
