import { cleanup, configure, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeAll, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { readEditLog, readMemberWork, resetDatabase, setScore } from '../../renderer/src/db';
import { describeWriteFailure, diskFullMessage, isStorageFull } from '../../renderer/src/db/storage-errors';
import { RETRY_MS } from '../../renderer/src/features/member/use-save-queue';
import { describeError } from '../../renderer/src/app/use-live-query';
import { setPlatform } from '../../renderer/src/platform';
import { resetUiState } from '../../renderer/src/state';
import { WORKSPACE, fakeMemberPlatform, openMemberWorkspace } from './helpers/member-workspace';

const quotaError = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

// Opening the whole app in jsdom is slow on a loaded machine: give screens more than the default second.
beforeAll(() => configure({ asyncUtilTimeout: 5_000 }));

beforeEach(() => setPlatform(fakeMemberPlatform()));

afterEach(async () => {
  vi.restoreAllMocks();
  cleanup();
  resetUiState();
  localStorage.clear();
  setPlatform(null);
  await resetDatabase();
});

const saveState = () => document.querySelector('[data-save-state]')?.getAttribute('data-save-state');

describe('isStorageFull', () => {
  it('finds a quota error however Dexie wrapped it', () => {
    expect(isStorageFull(quotaError())).toBe(true);
    expect(isStorageFull({ name: 'AbortError', message: 'Transaction aborted', inner: quotaError() })).toBe(true);
    expect(isStorageFull({ name: 'AbortError', message: 'QuotaExceededError: The quota has been exceeded.' })).toBe(true);
    expect(isStorageFull({ name: 'BulkError', failures: [new Error('x'), quotaError()] })).toBe(true);
    expect(isStorageFull(new Error('cause', { cause: quotaError() }))).toBe(true);
    expect(isStorageFull(new DOMException('Version change', 'VersionError'))).toBe(false);
    expect(isStorageFull(null)).toBe(false);
  });

  it('words a full disk as what to do, and other failures by their own message', () => {
    expect(describeWriteFailure(quotaError())).toBe(diskFullMessage());
    expect(describeWriteFailure(new Error('The database connection was closed.'))).toBe('The database connection was closed.');
    expect(describeError({ name: 'AbortError', inner: quotaError() })).toMatch(/^The disk is full, so this change was not written\. Free space/);
  });
});

/**
 * Makes IndexedDB refuse every write to the scores store with `error`, under Dexie as well as under
 * the keystroke path that writes to IndexedDB directly; returns the way back.
 */
function refuseScoreWrites(error: () => Error): () => void {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  proto.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if (this.name === 'scores') throw error();
    return original.apply(this, args);
  };
  return () => {
    proto.put = original;
  };
}

describe('the scoring screen when a write fails', () => {
  it('says the disk is full, keeps the last saved score in the database, and saves once space is back', async () => {
    await setScore(WORKSPACE, 'cand-1', 'leadership', 2);
    const user = await openMemberWorkspace();
    await user.click(screen.getByRole('button', { name: 'Ada Example' }));
    const group = await screen.findByRole('group', { name: 'Your score for Leadership: 2' });
    const restore = refuseScoreWrites(quotaError);

    await user.click(within(group).getByRole('radio', { name: /^5/ }));
    const status = await screen.findByText(/^Not saved: the disk is full/);
    expect(status).toHaveTextContent(/Free space on this computer.*then keep working/);
    expect(saveState()).toBe('failed');
    expect((await readMemberWork(WORKSPACE)).scores.map((s) => [s.criterionId, s.score])).toEqual([['leadership', 2]]);
    // The change's log entry rolled back with it: the log records only what the database holds.
    expect((await readEditLog(WORKSPACE)).filter((e) => e.action === 'score')).toHaveLength(1);

    restore();
    await waitFor(() => expect(saveState()).toBe('saved'), { timeout: RETRY_MS * 3 });
    expect((await readMemberWork(WORKSPACE)).scores.map((s) => [s.criterionId, s.score])).toEqual([['leadership', 5]]);
  }, 20_000);

  it('does not say Saved while another field saved but one write still failed', async () => {
    const user = await openMemberWorkspace();
    await user.click(screen.getByRole('button', { name: 'Bo Sample' }));
    const notes = await screen.findByLabelText('Evidence notes for Diplomacy');
    const restore = refuseScoreWrites(() => new Error('The browser refused the write (simulated).'));
    onTestFinished(restore);
    await user.type(notes, 'Ab');
    await screen.findByText('Not saved: The browser refused the write (simulated).');
    await user.type(screen.getByLabelText('Your overall comment on Bo Sample'), 'Fine');
    await waitFor(() => expect((async () => (await readMemberWork(WORKSPACE)).notes[0]?.comment)()).resolves.toBe('Fine'));
    expect(saveState()).toBe('failed');
    expect((await readMemberWork(WORKSPACE)).scores).toEqual([]);
  }, 20_000);
});
