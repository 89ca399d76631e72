import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useCallback } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { useLiveQuery } from '../../../renderer/src/app/use-live-query';
import { resetDatabase } from '../../../renderer/src/db';
import { getDebriefState } from '../../../renderer/src/db/debrief-state';
import { CandidateView } from '../../../renderer/src/features/debrief/CandidateView';
import type { DebriefData } from '../../../renderer/src/features/debrief/debrief-model';
import { byName, demoDebrief } from './demo-debrief';

const WORKSPACE = 'debrief:isu-director-2026';
let data: DebriefData;

beforeAll(async () => {
  ({ data } = await demoDebrief());
}, 60_000);

afterEach(async () => {
  cleanup();
  await resetDatabase();
});

/** The candidate view as the deck shows it: consensus read live from IndexedDB. */
function LiveCandidate({ candidateId }: { candidateId: string }) {
  const state = useLiveQuery(useCallback(() => getDebriefState(WORKSPACE), []));
  if (state.status !== 'ready') return null;
  return (
    <CandidateView
      workspaceId={WORKSPACE}
      data={data}
      candidateId={candidateId}
      consensus={state.value.consensus}
      label={byName(data)}
    />
  );
}

function scoreCells(criterionName: string): string[] {
  const row = screen.getByRole('row', { name: new RegExp(`^${criterionName}`) });
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent ?? '');
}

describe('recording a consensus score in the debrief', { timeout: 20_000 }, () => {
  it('refuses a consensus score without a written justification and saves nothing', async () => {
    const user = userEvent.setup();
    const { candidateId, criterionId } = data.decision.divergences[0];
    const criterion = data.exercise.criteria.find((k) => k.id === criterionId)!;
    render(<LiveCandidate candidateId={candidateId} />);
    await user.click(await screen.findByRole('button', { name: `Agree consensus on ${criterion.name}` }));
    const form = screen.getByRole('form', { name: `Consensus on ${criterion.name}` });
    await user.click(within(form).getByRole('radio', { name: '4' }));
    await user.type(within(form).getByLabelText('Justification (required)'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Record consensus score' }));
    expect(within(form).getByRole('alert')).toHaveTextContent('Write the justification');
    expect((await getDebriefState(WORKSPACE)).consensus).toEqual([]);
  });

  it('saves the agreed score with its justification and leaves every independent score as it was', async () => {
    const user = userEvent.setup();
    const { candidateId, criterionId } = data.decision.divergences[0];
    const criterion = data.exercise.criteria.find((k) => k.id === criterionId)!;
    render(<LiveCandidate candidateId={candidateId} />);
    await user.click(await screen.findByRole('button', { name: 'Show as table' }));
    const before = scoreCells(criterion.name);
    expect(before.at(-1)).toBe('—');

    await user.click(screen.getByRole('button', { name: `Agree consensus on ${criterion.name}` }));
    const form = screen.getByRole('form', { name: `Consensus on ${criterion.name}` });
    const independent = data.scores.get(`${candidateId}/${criterionId}`)!;
    expect(form).toHaveTextContent(
      `Independent scores: ${independent.map((s) => `${byName(data)(s.memberId)} ${s.score}`).join(' · ')}`,
    );
    await user.click(within(form).getByRole('radio', { name: '3' }));
    await user.type(within(form).getByLabelText('Justification (required)'), 'Evidence re-read.');
    await user.click(within(form).getByRole('button', { name: 'Record consensus score' }));

    await screen.findByText('agreed: 3');
    expect((await getDebriefState(WORKSPACE)).consensus).toEqual([
      { candidateId, criterionId, score: 3, justification: 'Evidence re-read.' },
    ]);
    const after = scoreCells(criterion.name);
    expect(after.slice(0, -1)).toEqual(before.slice(0, -1));
    expect(after.at(-1)).toBe('3');
  });

  it('withdraws a consensus score, so the independent scores alone stand again', async () => {
    const user = userEvent.setup();
    const { candidateId, criterionId } = data.decision.divergences[0];
    const criterion = data.exercise.criteria.find((k) => k.id === criterionId)!;
    render(<LiveCandidate candidateId={candidateId} />);
    await user.click(await screen.findByRole('button', { name: `Agree consensus on ${criterion.name}` }));
    await user.click(screen.getByRole('radio', { name: '5' }));
    await user.type(screen.getByLabelText('Justification (required)'), 'Agreed');
    await user.click(screen.getByRole('button', { name: 'Record consensus score' }));
    await user.click(await screen.findByRole('button', { name: `Change consensus on ${criterion.name}` }));
    await user.click(screen.getByRole('button', { name: 'Withdraw consensus' }));
    await screen.findByRole('button', { name: `Agree consensus on ${criterion.name}` });
    expect((await getDebriefState(WORKSPACE)).consensus).toEqual([]);
  });
});
