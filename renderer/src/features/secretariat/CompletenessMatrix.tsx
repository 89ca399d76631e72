// The completeness matrix: one row per panel member, one column per candidate, each cell
// saying in words (not colour alone) whether the kept sheet scores that candidate.

import type { DecisionRecord, Exercise } from '../../../../core/types';
import { completenessMatrix, countStates } from './completeness';
import { useT } from '../../i18n';

/** Member × candidate: complete, incomplete, recused, or no sheet yet. */
export function CompletenessMatrix({ exercise, decision }: { exercise: Exercise; decision: DecisionRecord }) {
  const t = useT();
  const rows = completenessMatrix(exercise, decision);
  const counts = countStates(rows);
  const owed = counts.incomplete + counts.missing;
  return (
    <section className="section" aria-labelledby="completeness-title">
      <h2 id="completeness-title" className="section__title">
        {t('secretariat.completeness.title')}
      </h2>
      <p className="hint">
        {owed === 0
          ? t('secretariat.completeness.allDone')
          : t('secretariat.completeness.owed', {
              owed,
              total: counts.complete + counts.incomplete + counts.recused + counts.missing,
              missing: counts.missing,
              incomplete: counts.incomplete,
            })}
      </p>
      <div className="table-scroll">
        <table className="table completeness">
          <caption className="visually-hidden">{t('secretariat.completeness.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('app.exercise.member')}</th>
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
                    {t(`secretariat.completeness.states.${cell.state}`)}
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
