import { describe, expect, it } from 'vitest';
import { consensusStandings } from '../../../core/debrief/consensus';
import type { DecisionCandidate } from '../../../core/types';

const exercise = { criteria: [{ id: 'k1', weight: 1 }, { id: 'k2', weight: 3 }] } as Parameters<typeof consensusStandings>[0];

function candidate(id: string, panelScore: number | null, rank: number | null, means: [number | null, number | null]): DecisionCandidate {
  const summary = (mean: number | null) => ({ mean, min: mean, max: mean, n: mean === null ? 0 : 2 });
  return { candidateId: id, panelScore, rank, memberTotals: {}, recused: [], incomplete: [], criteria: { k1: summary(means[0]), k2: summary(means[1]) } };
}

describe('consensusStandings', () => {
  const candidates = [candidate('a', 4, 1, [4, 4]), candidate('b', 3.5, 2, [2, 4]), candidate('c', null, null, [null, null])];

  it('leaves a candidate without consensus items at its independent panel score and rank', () => {
    const [a] = consensusStandings(exercise, candidates, []);
    expect(a).toMatchObject({ consensusScore: 4, consensusRank: 1, moved: 0, items: [] });
  });

  it('moves the panel score by the weighted difference between consensus and criterion mean', () => {
    const standings = consensusStandings(exercise, candidates, [{ candidateId: 'b', criterionId: 'k2', score: 5, justification: 'evidence' }]);
    const b = standings[1];
    expect(b.consensusScore).toBeCloseTo(3.5 + (3 * (5 - 4)) / 4, 12);
    expect(b.consensusRank).toBe(1);
    expect(b.moved).toBe(1);
    expect(standings[0].consensusRank).toBe(2);
    expect(standings[0].moved).toBe(-1);
  });

  it('keeps the last consensus recorded for an item', () => {
    const [, b] = consensusStandings(exercise, candidates, [
      { candidateId: 'b', criterionId: 'k1', score: 5, justification: 'first' },
      { candidateId: 'b', criterionId: 'k1', score: 2, justification: 'second' },
    ]);
    expect(b.items).toHaveLength(1);
    expect(b.items[0].justification).toBe('second');
    expect(b.consensusScore).toBeCloseTo(3.5, 12);
  });

  it('gives no consensus score or rank to a candidate without a panel score', () => {
    const [, , c] = consensusStandings(exercise, candidates, [{ candidateId: 'c', criterionId: 'k1', score: 3, justification: 'x' }]);
    expect(c).toMatchObject({ consensusScore: null, consensusRank: null, moved: null });
  });

  it('shares ranks between equal consensus scores', () => {
    const standings = consensusStandings(exercise, candidates, [{ candidateId: 'b', criterionId: 'k1', score: 4, justification: 'x' }]);
    expect(standings.map((s) => s.consensusRank)).toEqual([1, 1, null]);
  });
});
