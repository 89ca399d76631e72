// Who still owes what: each panel member against each candidate, read from the sheets the
// merge kept (formats §5 step 5), so the matrix and the ranking never disagree.

import type { DecisionRecord, Exercise } from '../../../../core/types';

/** A member's state for one candidate: scored every competency, some, recused, or no sheet at all. */
export type Completeness = 'complete' | 'incomplete' | 'recused' | 'missing';

export interface CompletenessRow {
  memberId: string;
  memberName: string;
  /** By candidate, in exercise order. */
  cells: { candidateId: string; state: Completeness }[];
}

/** The member × candidate completeness matrix of a merge, panel and candidates in exercise order. */
export function completenessMatrix(exercise: Exercise, decision: DecisionRecord): CompletenessRow[] {
  const withSheet = new Set(decision.inputs.map((i) => i.memberId));
  const results = new Map(decision.candidates.map((c) => [c.candidateId, c]));
  return exercise.panel.map((member) => ({
    memberId: member.id,
    memberName: member.name,
    cells: exercise.candidates.map((candidate) => {
      const result = results.get(candidate.id);
      let state: Completeness = 'missing';
      if (withSheet.has(member.id) && result) {
        if (result.recused.includes(member.id)) state = 'recused';
        else if (result.incomplete.includes(member.id)) state = 'incomplete';
        else state = 'complete';
      }
      return { candidateId: candidate.id, state };
    }),
  }));
}

/** How many cells are in each state (for the summary line). */
export function countStates(rows: readonly CompletenessRow[]): Record<Completeness, number> {
  const counts: Record<Completeness, number> = { complete: 0, incomplete: 0, recused: 0, missing: 0 };
  for (const row of rows) for (const cell of row.cells) counts[cell.state] += 1;
  return counts;
}
