import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCandidateWork, resetDatabase } from '../../renderer/src/db';
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

async function openInterview() {
  const user = await openMemberWorkspace();
  await user.click(screen.getByRole('button', { name: 'Ada Example' }));
  await user.click(await screen.findByRole('button', { name: 'Interview mode' }));
  const dialog = await screen.findByRole('dialog', { name: 'Ada Example' });
  return { user, dialog };
}

async function storedScores() {
  const { scores } = await readCandidateWork(WORKSPACE, 'cand-1');
  return Object.fromEntries(scores.map((s) => [s.criterionId, { score: s.score, evidence: s.evidence }]));
}

describe('interview mode', () => {
  it('shows one competency at a time with its questions, the anchor of every point and a clock', async () => {
    const { dialog } = await openInterview();
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Leadership');
    expect(within(dialog).getByRole('list', { name: 'Questions' })).toHaveTextContent(
      'Tell us about a time you showed leadership.',
    );
    const anchors = within(
      within(dialog).getByRole('list', { name: 'Your score for Leadership' }),
    ).getAllByRole('button');
    expect(anchors.map((b) => b.textContent)).toEqual([
      '1No evidence',
      '2Some evidence',
      '3Meets the bar',
      '4Above the bar',
      '5Exceptional',
    ]);
    expect(within(dialog).getByLabelText(/^Time \d\d:\d\d, interview running for 0:00$/)).toBeInTheDocument();
    expect(dialog).toHaveFocus();
  });

  it('scores by digit, moves between competencies by arrow key, takes notes, and saves each change', async () => {
    const { user, dialog } = await openInterview();
    await user.keyboard('4');
    expect(within(dialog).getByRole('button', { name: /^4/ })).toHaveAttribute('aria-pressed', 'true');
    await user.keyboard('{ArrowRight}');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Diplomacy');
    await user.keyboard('2');
    await user.type(within(dialog).getByLabelText('Evidence notes for Diplomacy'), 'Cited 3 negotiations');
    await user.keyboard('{ArrowLeft}');
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Diplomacy');
    await waitFor(() =>
      expect(dialog.querySelector('[data-save-state]')).toHaveAttribute('data-save-state', 'saved'),
    );
    expect(await storedScores()).toEqual({
      leadership: { score: 4, evidence: undefined },
      diplomacy: { score: 2, evidence: 'Cited 3 negotiations' },
    });
    await user.click(within(dialog).getByRole('button', { name: '← Previous competency' }));
    expect(within(dialog).getByRole('heading', { level: 2 })).toHaveTextContent('Leadership');
  });

  it('leaves with Esc, even from the notes, back to the scoring screen showing what was entered', async () => {
    const { user, dialog } = await openInterview();
    await user.keyboard('5');
    await user.click(within(dialog).getByLabelText('Evidence notes for Leadership'));
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Interview mode' })).toHaveFocus();
    const group = await screen.findByRole('group', { name: /Your score for Leadership/ });
    expect(within(group).getByRole('radio', { name: /^5/ })).toBeChecked();
  });
});
