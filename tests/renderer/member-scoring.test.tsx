import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findBrokenLink, readEditLog, readMemberWork, resetDatabase, setScore } from '../../renderer/src/db';
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

describe('the member’s candidate list', () => {
  it('lists the candidates in interview order with scored/total and status, and filters by search', async () => {
    const user = await openMemberWorkspace();
    await setScore(WORKSPACE, 'cand-1', 'leadership', 4);
    await setScore(WORKSPACE, 'cand-1', 'diplomacy', 2);
    await setScore(WORKSPACE, 'cand-2', 'leadership', 3);
    const rows = await waitFor(() => {
      const body = screen.getAllByRole('row').slice(1);
      expect(body[1]).toHaveTextContent('In progress');
      return body;
    });
    expect(rows.map((row) => row.textContent)).toEqual([
      expect.stringMatching(/Ada Example.*2 \/ 2.*Complete/),
      expect.stringMatching(/Bo Sample.*1 \/ 2.*In progress/),
      expect.stringMatching(/Cy Third.*0 \/ 2.*Not started/),
    ]);
    await user.type(screen.getByLabelText('Search candidates'), 'diplo');
    expect(screen.getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('button')[0].textContent)).toEqual(['Cy Third']);
  });
});

describe('the scoring screen', () => {
  it('shows each competency’s description, indicators, questions and the anchor of every scale point', async () => {
    const user = await openMemberWorkspace();
    await user.click(screen.getByRole('button', { name: 'Ada Example' }));
    const leadership = await screen.findByRole('region', { name: '1. Leadership' });
    expect(leadership).toHaveTextContent('What Leadership means for this post.');
    expect(leadership).toHaveTextContent('Shows leadership under pressure');
    expect(leadership).toHaveTextContent('Tell us about a time you showed leadership.');
    const group = within(leadership).getByRole('group', { name: /Your score for Leadership/ });
    expect(within(group).getAllByRole('radio')).toHaveLength(5);
    expect(within(group).getByRole('radio', { name: /^5/ })).toHaveAccessibleDescription('Exceptional');
  });

  it('scores a whole candidate by keyboard (digits, arrows, Tab) and stores each score once it shows Saved', async () => {
    const user = await openMemberWorkspace();
    await user.click(screen.getByRole('button', { name: 'Ada Example' }));
    const first = within(await screen.findByRole('group', { name: /Your score for Leadership/ })).getAllByRole('radio')[0];
    first.focus();
    await user.keyboard('4');
    expect(screen.getByRole('group', { name: /Your score for Leadership/ })).toHaveAccessibleName('Your score for Leadership: 4');
    await user.keyboard('{ArrowRight}');
    // Tab leaves the radio group: the clear button, the notes, then the next competency.
    await user.tab();
    await user.tab();
    await user.tab();
    expect(document.activeElement).toHaveAttribute('type', 'radio');
    await user.keyboard('2');
    await waitUntilSaved();
    const work = await readMemberWork(WORKSPACE);
    expect(work.scores.map((s) => [s.criterionId, s.score]).sort()).toEqual([
      ['diplomacy', 2],
      ['leadership', 5],
    ]);
    expect(screen.getByText('Ada Example: 2 of 2 competencies scored')).toBeInTheDocument();
    await user.keyboard('{Delete}');
    await waitUntilSaved();
    expect((await readMemberWork(WORKSPACE)).scores.map((s) => s.criterionId)).toEqual(['leadership']);
  });

  it('keeps evidence notes and the overall comment, shown again when the candidate is reopened', async () => {
    const user = await openMemberWorkspace();
    await user.click(screen.getByRole('button', { name: 'Bo Sample' }));
    await user.type(await screen.findByLabelText('Evidence notes for Diplomacy'), 'Mediated a trade dispute');
    await user.type(screen.getByLabelText('Your overall comment on Bo Sample'), 'Strong');
    await waitUntilSaved();
    await user.click(screen.getByRole('button', { name: '← All candidates' }));
    expect(await screen.findByRole('row', { name: /Bo Sample.*In progress/ })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Bo Sample' }));
    expect(await screen.findByLabelText('Evidence notes for Diplomacy')).toHaveValue('Mediated a trade dispute');
    expect(screen.getByLabelText('Your overall comment on Bo Sample')).toHaveValue('Strong');
  });

  it('records every change in an edit log whose entries are chained by hash', async () => {
    const user = await openMemberWorkspace();
    await user.click(screen.getByRole('button', { name: 'Ada Example' }));
    await user.click(within(await screen.findByRole('group', { name: /Your score for Leadership/ })).getByRole('radio', { name: /^3/ }));
    await user.click(within(screen.getByRole('group', { name: /Your score for Diplomacy/ })).getByRole('radio', { name: /^4/ }));
    await waitUntilSaved();
    const log = await readEditLog(WORKSPACE);
    expect(log.map((e) => e.action)).toEqual(['identity', 'score', 'score']);
    expect(log[2].detail).toEqual({ candidateId: 'cand-1', criterionId: 'diplomacy', score: 4 });
    expect(log[1].prevHash).toBe(log[0].hash);
    expect(findBrokenLink(log)).toBeNull();
    expect(findBrokenLink([log[0], { ...log[1], detail: { ...log[1].detail, score: 5 } }, log[2]])).toEqual({ index: 1, reason: expect.stringContaining('hash') as string });
  });

  it('moves to the next and previous candidate', async () => {
    const user = await openMemberWorkspace();
    await user.click(screen.getByRole('button', { name: 'Ada Example' }));
    await user.click(await screen.findByRole('button', { name: 'Next candidate' }));
    expect(await screen.findByRole('heading', { name: 'Bo Sample', level: 1 })).toBeInTheDocument();
    expect(screen.getByText('Candidate 2 of 3')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Previous candidate' }));
    expect(await screen.findByRole('heading', { name: 'Ada Example', level: 1 })).toBeInTheDocument();
  });
});
