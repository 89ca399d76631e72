// How far a member has got with each candidate: criteria rated out of the rubric's total,
// and the status shown in the candidate list and on the export review.

import type { Exercise } from '../../../../core/types';
import type { MemberWork } from '../../db';

export type CandidateStatus = 'not-started' | 'in-progress' | 'complete' | 'recused';

export const STATUS_LABELS: Readonly<Record<CandidateStatus, string>> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  complete: 'Complete',
  recused: 'Recused',
};

export interface CandidateProgress {
  candidateId: string;
  rated: number;
  total: number;
  status: CandidateStatus;
  /** Criteria with evidence notes but no score: their notes will not be exported. */
  notesWithoutScore: number;
  recusalReason: string | undefined;
}

/** Progress of every candidate of the exercise, in the exercise's (interview) order. */
export function candidateProgress(exercise: Exercise, work: MemberWork): CandidateProgress[] {
  const criterionIds = new Set(exercise.criteria.map((c) => c.id));
  return exercise.candidates.map((candidate) => {
    const note = work.notes.find((n) => n.candidateId === candidate.id);
    const scores = work.scores.filter((s) => s.candidateId === candidate.id && criterionIds.has(s.criterionId));
    const rated = scores.filter((s) => s.score !== null).length;
    const notesWithoutScore = scores.filter((s) => s.score === null && s.evidence).length;
    const total = exercise.criteria.length;
    let status: CandidateStatus;
    if (note?.recused) status = 'recused';
    else if (rated === total && total > 0) status = 'complete';
    else if (rated > 0 || notesWithoutScore > 0 || note?.comment) status = 'in-progress';
    else status = 'not-started';
    return {
      candidateId: candidate.id,
      rated: note?.recused ? 0 : rated,
      total,
      status,
      notesWithoutScore: note?.recused ? 0 : notesWithoutScore,
      recusalReason: note?.recused ? note.recusalReason : undefined,
    };
  });
}
