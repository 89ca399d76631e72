import { describe, expect, it } from 'vitest';
import { describeChanges } from '../../renderer/src/features/secretariat/issue/changes';
import { draftFromExercise } from '../../renderer/src/features/secretariat/editor/from-exercise';
import { toPackageDraft } from '../../renderer/src/features/secretariat/editor/draft';
import { fixturePackage } from './helpers/exercise-fixture';

describe('describeChanges', () => {
  const pkg = fixturePackage();
  const issued = pkg.exercise;
  const reissue = (edit: (draft: ReturnType<typeof draftFromExercise>) => void) => {
    const draft = draftFromExercise(issued, pkg.documents);
    edit(draft);
    return toPackageDraft(draft, issued.secretariat.publicKey, issued.issuedAt).exercise;
  };

  it('finds nothing changed when the issued exercise is opened and issued again as it was', () => {
    expect(describeChanges(issued, reissue(() => undefined))).toEqual([]);
  });

  it('lists candidates added and taken off the shortlist, and competencies changed and reordered', () => {
    const after = reissue((draft) => {
      draft.candidates[1].shortlisted = false;
      draft.candidates.push({ id: 'cand-3', name: 'Cy New', summary: '', fields: {}, documents: [], shortlisted: true });
      draft.criteria[0].weight = '5';
      draft.criteria.reverse();
    });
    expect(describeChanges(issued, after)).toEqual([
      'Competency changed: Leadership.',
      'Competencies reordered.',
      'Candidate added: Cy New.',
      'Candidate removed: Bo Sample.',
    ]);
  });
});
