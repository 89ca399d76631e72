// What the debrief must talk about: the competencies where members' scores diverge by the
// threshold or more, and the recusals (which change who counts for a candidate).

import type { DecisionRecord, Exercise } from '../../../../core/types';
import { formatPoint } from '../../app/exercise/scale-text';
import { useT } from '../../i18n';

/** The divergences and recusals of a merge, in exercise order. */
export function DivergencesAndRecusals({ exercise, decision, recusalReasons }: { exercise: Exercise; decision: DecisionRecord; recusalReasons: ReadonlyMap<string, string> }) {
  const t = useT();
  const candidates = new Map(exercise.candidates.map((c) => [c.id, c.name]));
  const criteria = new Map(exercise.criteria.map((k) => [k.id, k.name]));
  const members = new Map(exercise.panel.map((m) => [m.id, m.name]));
  const threshold = exercise.divergenceThreshold ?? 2;
  const recusals = decision.candidates.filter((c) => c.recused.length > 0);
  return (
    <div className="merge__columns">
      <section aria-labelledby="divergences-title">
        <h3 id="divergences-title">{t('secretariat.divergences.title', { count: decision.divergences.length })}</h3>
        <p className="hint">{t('secretariat.divergences.hint', { threshold: formatPoint(threshold) })}</p>
        {decision.divergences.length === 0 ? (
          <p className="muted">{t('secretariat.none')}</p>
        ) : (
          <ul className="plain-list">
            {decision.divergences.map((d) => (
              <li key={`${d.candidateId}/${d.criterionId}`}>
                <strong>{candidates.get(d.candidateId) ?? d.candidateId}</strong>,{' '}
                {t('secretariat.divergences.item', { criterion: criteria.get(d.criterionId) ?? d.criterionId, min: formatPoint(d.min), max: formatPoint(d.max) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="recusals-title">
        <h3 id="recusals-title">{t('secretariat.recusals.title', { count: recusals.reduce((n, c) => n + c.recused.length, 0) })}</h3>
        <p className="hint">{t('secretariat.recusals.hint')}</p>
        {recusals.length === 0 ? (
          <p className="muted">{t('secretariat.none')}</p>
        ) : (
          <ul className="plain-list">
            {recusals.map((c) => (
              <li key={c.candidateId}>
                <strong>{candidates.get(c.candidateId) ?? c.candidateId}</strong>:{' '}
                {c.recused
                  .map((id) => {
                    const reason = recusalReasons.get(`${id}/${c.candidateId}`);
                    const name = members.get(id) ?? id;
                    return reason === undefined ? name : t('secretariat.recusals.withReason', { name, reason });
                  })
                  .join(', ')}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
