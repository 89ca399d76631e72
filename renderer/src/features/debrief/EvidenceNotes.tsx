// The members' evidence notes for one candidate, shown on demand (they are long; the panel asks
// for them when a divergence is discussed), with the recusals and their reasons.

import { useT } from '../../i18n';
import { formatPoint } from './debrief-format';
import { type DebriefData, itemKey } from './debrief-model';

interface Props {
  data: DebriefData;
  candidateId: string;
  label: (memberId: string) => string;
}

/** Evidence notes per competency and member, and who recused and why. */
export function EvidenceNotes({ data, candidateId, label }: Props) {
  const t = useT();
  const { exercise } = data;
  const result = data.decision.candidates.find((c) => c.candidateId === candidateId);
  const withNotes = exercise.criteria
    .map((criterion) => ({
      criterion,
      notes: (data.scores.get(itemKey(candidateId, criterion.id)) ?? []).filter(
        (s) => s.evidence !== undefined,
      ),
    }))
    .filter((entry) => entry.notes.length > 0);
  return (
    <section className="evidence" aria-label={t('debrief.evidence.label')}>
      {withNotes.length === 0 && <p>{t('debrief.evidence.none')}</p>}
      {withNotes.map(({ criterion, notes }) => (
        <div key={criterion.id} className="evidence__item">
          <h4>{criterion.name}</h4>
          <ul>
            {notes.map((note) => (
              <li key={note.memberId}>
                <strong>
                  {label(note.memberId)} ({formatPoint(note.score)}):
                </strong>{' '}
                {note.evidence}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {result && result.recused.length > 0 && (
        <div className="evidence__item">
          <h4>{t('debrief.evidence.recusals')}</h4>
          <ul>
            {result.recused.map((m) => (
              <li key={m}>
                {label(m)}: {data.recusalReasons.get(`${m}/${candidateId}`) ?? t('debrief.evidence.noReason')}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
