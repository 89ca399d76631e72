import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readEditLog, readMemberWork, resetDatabase, setScore } from '../../renderer/src/db';
import { setPlatform } from '../../renderer/src/platform';
import { resetUiState } from '../../renderer/src/state';
import { WORKSPACE, fakeMemberPlatform, openMemberWorkspace } from './helpers/member-workspace';

beforeEach(() => setPlatform(fakeMemberPlatform()));

afterEach(async () => {
  cleanup();
  resetUiState();
  localStorage.clear();
  setPlatform(null);
  await resetDatabase();
});

async function waitUntilSaved() {
  await waitFor(() => expect(document.querySelector('[data-save-state]')?.getAttribute('data-save-state')).toBe('saved'));
}

describe('recusal', () => {
  it('takes a reason, removes the candidate’s scores and scoring controls, and shows the candidate as recused', async () => {
    const user = await openMemberWorkspace();
    await setScore(WORKSPACE, 'cand-2', 'leadership', 3);
    await user.click(screen.getByRole('button', { name: 'Bo Sample' }));
    await screen.findByRole('group', { name: /Your score for Leadership/ });
    await user.click(screen.getByRole('button', { name: 'Declare a conflict of interest' }));
    expect(screen.getByText(/The score and notes you have entered for them will be removed/)).toBeInTheDocument();
    const confirm = screen.getByRole('button', { name: 'Recuse myself from scoring Bo Sample' });
    expect(confirm).toBeDisabled();
    await user.type(screen.getByLabelText('Reason for the recusal'), 'Former colleague');
    await user.click(confirm);
    await waitUntilSaved();

    expect(screen.getByRole('heading', { name: 'You have recused yourself from scoring Bo Sample' })).toBeInTheDocument();
    expect(screen.getByText('Former colleague')).toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    const work = await readMemberWork(WORKSPACE);
    expect(work.scores.filter((s) => s.candidateId === 'cand-2')).toEqual([]);
    expect(work.notes).toEqual([expect.objectContaining({ candidateId: 'cand-2', recused: true, recusalReason: 'Former colleague' })]);
    expect((await readEditLog(WORKSPACE)).at(-1)).toMatchObject({ action: 'recuse', detail: { candidateId: 'cand-2', removedScores: { leadership: 3 } } });

    await user.click(screen.getByRole('button', { name: '← All candidates' }));
    // The list shows its last reading at once and the fresh one as soon as it is read: wait for that.
    await waitFor(() => expect(within(screen.getByRole('row', { name: /Bo Sample/ })).getByText('Recused')).toBeInTheDocument());
  });

  it('refuses a score for a recused candidate, even from outside the screen', async () => {
    const user = await openMemberWorkspace();
    await user.click(screen.getByRole('button', { name: 'Cy Third' }));
    await user.click(await screen.findByRole('button', { name: 'Declare a conflict of interest' }));
    await user.type(screen.getByLabelText('Reason for the recusal'), 'Family member');
    await user.click(screen.getByRole('button', { name: 'Recuse myself from scoring Cy Third' }));
    await waitUntilSaved();
    await expect(setScore(WORKSPACE, 'cand-3', 'leadership', 4)).rejects.toThrow(/recusal for this candidate/);
  });

  it('lets a recusal declared by mistake be withdrawn, and the candidate scored again', async () => {
    const user = await openMemberWorkspace();
    await user.click(screen.getByRole('button', { name: 'Ada Example' }));
    await user.click(await screen.findByRole('button', { name: 'Declare a conflict of interest' }));
    await user.type(screen.getByLabelText('Reason for the recusal'), 'Wrong candidate');
    await user.click(screen.getByRole('button', { name: 'Recuse myself from scoring Ada Example' }));
    await user.click(await screen.findByRole('button', { name: 'Withdraw the recusal' }));
    await user.click(within(await screen.findByRole('group', { name: /Your score for Leadership/ })).getByRole('radio', { name: /^2/ }));
    await waitUntilSaved();
    const work = await readMemberWork(WORKSPACE);
    expect(work.notes[0]).toMatchObject({ recused: false });
    expect(work.notes[0]).not.toHaveProperty('recusalReason');
    expect(work.scores.map((s) => s.score)).toEqual([2]);
  });
});
