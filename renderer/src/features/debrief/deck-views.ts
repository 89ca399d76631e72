// The reveal sequence: the order in which the debrief shows the merge, so nobody anchors on the
// first number seen — what came in, each candidate alone, then the comparison, then the decision.

import type { Exercise } from '../../../../core/types';
import { translate } from '../../i18n';

export type DeckView =
  | { kind: 'verification' }
  | { kind: 'candidate'; candidateId: string }
  | { kind: 'comparison' }
  | { kind: 'reliability' }
  | { kind: 'consensus' }
  | { kind: 'outcome' }
  | { kind: 'decision' };

/** The views of the sequence, candidates in exercise order (never by rank: that would anchor). */
export function deckViews(exercise: Pick<Exercise, 'candidates'>): DeckView[] {
  return [
    { kind: 'verification' },
    ...exercise.candidates.map((c): DeckView => ({ kind: 'candidate', candidateId: c.id })),
    { kind: 'comparison' },
    { kind: 'reliability' },
    { kind: 'consensus' },
    { kind: 'outcome' },
    { kind: 'decision' },
  ];
}

/** The title of a view (in the interface language), as the picker and the screen heading show it. */
export function viewTitle(view: DeckView, exercise: Pick<Exercise, 'candidates'>): string {
  if (view.kind === 'candidate')
    return exercise.candidates.find((c) => c.id === view.candidateId)?.name ?? view.candidateId;
  return translate(`debrief.views.${view.kind}`);
}

/** A stable id of a view (for the picker and the remembered position). */
export function viewId(view: DeckView): string {
  return view.kind === 'candidate' ? `candidate:${view.candidateId}` : view.kind;
}
