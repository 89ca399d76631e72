import { cleanup, configure, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { importExercise, listWorkspaces, resetDatabase } from '../../renderer/src/db';
import { db } from '../../renderer/src/db/connection';
import { recordExport } from '../../renderer/src/db/retention';
import { CloseExercise } from '../../renderer/src/features/retention/CloseExercise';
import { forgetBrowserTraces } from '../../renderer/src/features/retention/close-exercise';
import { type Platform, setPlatform } from '../../renderer/src/platform';
import { resetUiState } from '../../renderer/src/state';
import { useUiStore } from '../../renderer/src/state/ui-store';
import { fixturePackage } from './helpers/exercise-fixture';

const WORKSPACE = 'secretariat:ex-1';

function platformWithKeys(): Platform & { deleteSigner: ReturnType<typeof vi.fn> } {
  return {
    openFiles: vi.fn(),
    saveFile: vi.fn(),
    getSigner: vi.fn(),
    appInfo: vi.fn(),
    deleteSigner: vi.fn(() => Promise.resolve()),
  };
}

beforeAll(() => configure({ asyncUtilTimeout: 5_000 }));

afterEach(async () => {
  cleanup();
  resetUiState();
  localStorage.clear();
  setPlatform(null);
  scrub.mockClear();
  await resetDatabase();
});

/** Stands in for scrubDeletedData (jsdom has no storage files to scrub). */
const scrub = vi.fn(() => Promise.resolve());

async function openForm(platform: Platform) {
  setPlatform(platform);
  await importExercise('secretariat', fixturePackage());
  useUiStore.getState().openRole('secretariat', 'ex-1');
  const user = userEvent.setup();
  render(<CloseExercise role="secretariat" exerciseId="ex-1" title="Director" scrub={scrub} />);
  await user.click(screen.getByRole('button', { name: 'Close this exercise…' }));
  return user;
}

describe('CloseExercise', () => {
  it('warns when nothing shows the decision or merge was exported, and keeps everything when the person backs out', async () => {
    const platform = platformWithKeys();
    const user = await openForm(platform);
    expect(await screen.findByText(/Nothing shows that the decision or the merge of this exercise was exported.*Export first/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Keep the exercise' }));
    expect((await listWorkspaces()).map((w) => w.id)).toEqual([WORKSPACE]);
    expect(platform.deleteSigner).not.toHaveBeenCalled();
  });

  it('deletes only once the exercise id is typed exactly, then the key and the remembered route go too', async () => {
    const platform = platformWithKeys();
    await recordExport(WORKSPACE, 'The merge and its inputs were saved');
    localStorage.setItem(`panelscore.something:${WORKSPACE}`, 'x');
    const user = await openForm(platform);
    expect(await screen.findByText(/^The merge and its inputs were saved on /)).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Delete every trace of ex-1' });
    await user.type(screen.getByLabelText('Type the exercise id, ex-1, to confirm'), 'ex-');
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText('Type the exercise id, ex-1, to confirm'), '1');
    await user.click(confirm);

    await vi.waitFor(() => expect(useUiStore.getState().route).toEqual({ screen: 'workspace', role: 'secretariat', exerciseId: null }));
    expect(platform.deleteSigner).toHaveBeenCalledWith('secretariat', WORKSPACE);
    expect(scrub).toHaveBeenCalledOnce();
    expect(await listWorkspaces()).toEqual([]);
    expect(await db().documents.count()).toBe(0);
    expect(await db().settings.count()).toBe(0);
    expect(localStorage.getItem(`panelscore.something:${WORKSPACE}`)).toBeNull();
  });

  it('says the exercise was not closed, and keeps it, when the database refuses', async () => {
    const platform = platformWithKeys();
    const user = await openForm(platform);
    vi.spyOn(db(), 'transaction').mockRejectedValueOnce(new Error('The database connection was closed.'));
    await user.type(screen.getByLabelText('Type the exercise id, ex-1, to confirm'), 'ex-1');
    await user.click(screen.getByRole('button', { name: 'Delete every trace of ex-1' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The exercise was not closed: The database connection was closed.');
    expect(platform.deleteSigner).not.toHaveBeenCalled();
    vi.restoreAllMocks();
    expect((await listWorkspaces()).map((w) => w.id)).toEqual([WORKSPACE]);
  });
});

describe('forgetBrowserTraces', () => {
  it('removes the entries that name the workspace and keeps the others', () => {
    localStorage.setItem('a', JSON.stringify({ ws: 'member:ex-1' }));
    localStorage.setItem('b', JSON.stringify({ ws: 'member:ex-10' }));
    localStorage.setItem('draft:member:ex-1', '1');
    forgetBrowserTraces('member:ex-1', [localStorage]);
    expect(Object.keys({ ...localStorage }).sort()).toEqual(['b']);
  });
});
