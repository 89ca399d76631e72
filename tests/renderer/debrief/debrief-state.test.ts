import { afterEach, describe, expect, it } from 'vitest';
import { resetDatabase } from '../../../renderer/src/db';
import {
  getDebriefState,
  getPresentationSettings,
  recordConcurrence,
  recordConsensus,
  setPresentationSettings,
  updateOutcomeDraft,
  withdrawConsensus,
} from '../../../renderer/src/db/debrief-state';

const WORKSPACE = 'debrief:ex-1';

afterEach(async () => {
  await resetDatabase();
});

describe('debrief state in IndexedDB', () => {
  it('starts empty for a workspace that recorded nothing', async () => {
    expect(await getDebriefState(WORKSPACE)).toMatchObject({
      consensus: [],
      outcome: null,
      decision: null,
      draft: { selected: [], rationale: '', concurrences: [] },
    });
  });

  it('refuses a consensus score whose justification is blank', async () => {
    await expect(
      recordConsensus(WORKSPACE, { candidateId: 'c1', criterionId: 'k1', score: 3, justification: ' \n ' }),
    ).rejects.toThrow(/needs a written justification/);
    expect((await getDebriefState(WORKSPACE)).consensus).toEqual([]);
  });

  it('keeps one consensus score per item: a re-agreed score replaces the earlier one', async () => {
    await recordConsensus(WORKSPACE, {
      candidateId: 'c1',
      criterionId: 'k1',
      score: 3,
      justification: 'first',
    });
    await recordConsensus(WORKSPACE, {
      candidateId: 'c2',
      criterionId: 'k1',
      score: 2,
      justification: 'other',
    });
    await recordConsensus(WORKSPACE, {
      candidateId: 'c1',
      criterionId: 'k1',
      score: 4,
      justification: ' second ',
    });
    expect((await getDebriefState(WORKSPACE)).consensus).toEqual([
      { candidateId: 'c2', criterionId: 'k1', score: 2, justification: 'other' },
      { candidateId: 'c1', criterionId: 'k1', score: 4, justification: 'second' },
    ]);
    await withdrawConsensus(WORKSPACE, 'c2', 'k1');
    expect((await getDebriefState(WORKSPACE)).consensus.map((c) => c.candidateId)).toEqual(['c1']);
  });

  it('saves the outcome draft and each member’s latest concurrence without losing the consensus', async () => {
    await recordConsensus(WORKSPACE, {
      candidateId: 'c1',
      criterionId: 'k1',
      score: 3,
      justification: 'why',
    });
    await updateOutcomeDraft(WORKSPACE, { selected: ['c1'] });
    await updateOutcomeDraft(WORKSPACE, { rationale: 'Best fit' });
    await recordConcurrence(WORKSPACE, { memberId: 'm1', agrees: true });
    await recordConcurrence(WORKSPACE, { memberId: 'm2', agrees: true });
    await recordConcurrence(WORKSPACE, { memberId: 'm1', agrees: false, note: 'prefers c2' });
    const state = await getDebriefState(WORKSPACE);
    expect(state.draft).toEqual({
      selected: ['c1'],
      rationale: 'Best fit',
      concurrences: [
        { memberId: 'm2', agrees: true },
        { memberId: 'm1', agrees: false, note: 'prefers c2' },
      ],
    });
    expect(state.consensus).toHaveLength(1);
  });

  it('remembers the presentation theme and member naming', async () => {
    expect(await getPresentationSettings()).toEqual({ theme: 'dark', memberLabels: 'names' });
    await setPresentationSettings({ theme: 'light', memberLabels: 'letters' });
    expect(await getPresentationSettings()).toEqual({ theme: 'light', memberLabels: 'letters' });
  });
});
