// The completeness matrix: one row per panel member, one column per candidate, each cell
// saying in words (not colour alone) whether the kept sheet scores that candidate.

import type { DecisionRecord, Exercise } from '../../../../core/types';
import { type Completeness, completenessMatrix, countStates } from './completeness';

const LABELS: Record<Completeness, string> = {
  complete: 'Complete',
  incomplete: 'Incomplete',
  recused: 'Recused',
  missing: 'No sheet',
};

/** Member × candidate: complete, incomplete, recused, or no sheet yet. */
export function CompletenessMatrix({ exercise, decision }: { exercise: Exercise; decision: DecisionRecord }) {
  const rows = completenessMatrix(exercise, decision);
  const counts = countStates(rows);
  const owed = counts.incomplete + counts.missing;
  return (
    <section className="section" aria-labelledby="completeness-title">
      <h2 id="completeness-title" className="section__title">
        Who still owes what
      </h2>
      <p className="hint">
        {owed === 0
          ? 'Every member has scored every candidate (or recused).'
          : `${owed} of ${counts.complete + counts.incomplete + counts.recused + counts.missing} member–candidate scores are still owed: ${counts.missing} with no sheet yet, ${counts.incomplete} incomplete.`}
      </p>
      <div className="table-scroll">
        <table className="table completeness">
          <caption className="visually-hidden">Completeness of the score sheets, member by candidate</caption>
          <thead>
            <tr>
              <th scope="col">Member</th>
              {exercise.candidates.map((c) => (
                <th key={c.id} scope="col" title={c.name}>
                  {c.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.memberId}>
                <th scope="row">{row.memberName}</th>
                {row.cells.map((cell) => (
                  <td key={cell.candidateId} className={`completeness__cell completeness__cell--${cell.state}`}>
                    {LABELS[cell.state]}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
