// The per-competency breakdown: each candidate's mean score on each competency, with the
// cells where members diverge by the exercise's threshold or more marked (in words too).

import type { DecisionRecord, Exercise } from '../../../../core/types';
import { formatPoint } from '../../app/exercise/scale-text';
import { formatScore } from './merge-format';
import { useT } from '../../i18n';

/** Candidates × competencies, mean scores, divergent cells marked. */
export function CriteriaBreakdown({ exercise, decision }: { exercise: Exercise; decision: DecisionRecord }) {
  const t = useT();
  const divergent = new Set(decision.divergences.map((d) => `${d.candidateId}/${d.criterionId}`));
  const names = new Map(exercise.candidates.map((c) => [c.id, c.name]));
  return (
    <div className="table-scroll">
      <table className="table breakdown">
        <caption className="visually-hidden">{t('secretariat.breakdown.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('member.candidates.candidate')}</th>
            {exercise.criteria.map((k) => (
              <th key={k.id} scope="col" className="numeric" title={t('secretariat.breakdown.weight', { weight: k.weight })}>
                {k.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {decision.candidates.map((c) => (
            <tr key={c.candidateId}>
              <th scope="row">{names.get(c.candidateId) ?? c.candidateId}</th>
              {exercise.criteria.map((k) => {
                const summary = c.criteria[k.id];
                const diverges = divergent.has(`${c.candidateId}/${k.id}`);
                return (
                  <td key={k.id} className={`numeric${diverges ? ' breakdown__cell--divergent' : ''}`}>
                    {formatScore(summary?.mean ?? null)}
                    {summary && summary.n > 0 && (
                      <div className="hint">
                        {summary.min === null || summary.max === null
                          ? null
                          : summary.min === summary.max
                            ? t('secretariat.breakdown.all', { score: formatPoint(summary.min) })
                            : `${formatPoint(summary.min)}–${formatPoint(summary.max)}`}
                        {diverges && <strong> · {t('secretariat.breakdown.diverges')}</strong>}
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
