import { describe, expect, it } from 'vitest';
import { type ExerciseDraft, emptyDraft } from '../../renderer/src/features/secretariat/editor/draft';
import { draftProblem } from '../../renderer/src/features/secretariat/editor/validate';
import { testKey } from './helpers/exercise-fixture';

function valid(): ExerciseDraft {
  return {
    ...emptyDraft(),
    exerciseId: 'head-of-unit',
    title: 'Head of Unit',
    secretariatName: 'Secretariat',
    criteria: [{ id: 'lead', name: 'Leadership', kind: 'core', weight: '2', description: '', indicators: '', anchors: { '5': 'Best' }, questions: '' }],
    candidates: [{ id: 'ada', name: 'Ada', summary: '', fields: {}, documents: [], shortlisted: true }],
    panel: [{ id: 'm-one', name: 'One', affiliation: '', role: 'chair', publicKey: '' }],
  };
}

describe('draftProblem', () => {
  it('accepts a complete draft', () => {
    expect(draftProblem(valid())).toBeNull();
  });

  it('names what a person would miss before core’s rules', () => {
    expect(draftProblem(emptyDraft())).toBe('Give the exercise a title.');
    expect(draftProblem({ ...valid(), criteria: [{ ...valid().criteria[0], weight: 'two' }] })).toBe(
      'Competency 1 (Leadership): the weight “two” is not a number greater than 0.',
    );
    expect(draftProblem({ ...valid(), candidates: [{ ...valid().candidates[0], shortlisted: false }] })).toBe(
      'Add a candidate, or put at least one on the shortlist.',
    );
  });

  it('passes on core’s import rules in the editor’s words', () => {
    const twoChairs = { ...valid(), panel: [...valid().panel, { id: 'm-two', name: 'Two', affiliation: '', role: 'chair' as const, publicKey: '' }] };
    expect(draftProblem(twoChairs)).toMatch(/^Panel member Two .*at most one chair\.$/);
    const sameKey = { ...twoChairs, panel: twoChairs.panel.map((m, i) => ({ ...m, role: i === 0 ? ('chair' as const) : ('member' as const), publicKey: testKey(3) })) };
    expect(draftProblem(sameKey)).toContain('each member must have a key of their own');
    expect(draftProblem({ ...valid(), exerciseId: 'has space' })).toMatch(/^The exercise id is "has space" but must be an identifier/);
  });

  it('leaves out anchors of points the scale no longer has, rather than refusing them', () => {
    const four = { ...valid(), scalePreset: 'four' as const, scale: { min: 1, max: 4, step: 1, labels: {} } };
    expect(draftProblem(four)).toBeNull();
  });
});
