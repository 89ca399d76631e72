// The outcome the panel recommends to the appointing authority: the selected candidate(s) in
// order, the rationale, and each member's concurrence — every change saved the moment it is made.

import { useId, useState } from 'react';
import { consensusStandings } from '../../../../core/debrief/consensus';
import type { ConsensusScore } from '../../../../core/types';
import { describeError } from '../../app/use-live-query';
import type { OutcomeDraft } from '../../db';
import { recordConcurrence, updateOutcomeDraft } from '../../db/debrief-state';
import { useT } from '../../i18n';
import { formatScore } from './debrief-format';
import { ConcurrenceRow } from './ConcurrenceRow';
import { type DebriefData, candidateName } from './debrief-model';
import { ShowAllButton, useShowAll } from './ShowAll';

interface Props {
  workspaceId: string;
  data: DebriefData;
  consensus: readonly ConsensusScore[];
  draft: OutcomeDraft;
  label: (memberId: string) => string;
}

/** Selected candidates, rationale and concurrences, saved as they are recorded. */
export function OutcomeView({ workspaceId, data, consensus, draft, label }: Props) {
  const t = useT();
  const { exercise } = data;
  const rationaleId = useId();
  // Local copies answer at once; the saved draft (read back from IndexedDB) seeds them on mount.
  const [selected, setSelected] = useState(draft.selected);
  const [rationale, setRationale] = useState(draft.rationale);
  const [problem, setProblem] = useState<string | null>(null);
  const standings = consensusStandings(exercise, data.decision.candidates, consensus);
  const ranked = [...standings].sort((a, b) => (a.consensusRank ?? Infinity) - (b.consensusRank ?? Infinity));
  const rows = useShowAll(ranked, (s) => selected.includes(s.candidateId));
  const failed = (error: unknown) =>
    setProblem(t('debrief.outcome.saveFailed', { message: describeError(error) }));

  const toggle = (candidateId: string, on: boolean) => {
    const set = new Set(on ? [...selected, candidateId] : selected.filter((id) => id !== candidateId));
    // The recommendation lists the selected candidates in consensus-ranking order.
    const next = ranked.map((s) => s.candidateId).filter((id) => set.has(id));
    setSelected(next);
    updateOutcomeDraft(workspaceId, { selected: next }).catch(failed);
  };

  return (
    <div className="deck-view outcome">
      <fieldset className="outcome__selected">
        <legend>{t('debrief.outcome.selected')}</legend>
        <ul>
          {rows.shown.map((s) => (
            <li key={s.candidateId}>
              <label>
                <input
                  type="checkbox"
                  checked={selected.includes(s.candidateId)}
                  onChange={(event) => toggle(s.candidateId, event.target.checked)}
                />{' '}
                {candidateName(exercise, s.candidateId)}{' '}
                <span className="muted">
                  {t('debrief.outcome.consensusScore', { score: formatScore(s.consensusScore) })}
                </span>
              </label>
            </li>
          ))}
        </ul>
        <ShowAllButton
          total={ranked.length}
          hidden={rows.hidden}
          all={rows.all}
          setAll={rows.setAll}
          what="candidates"
        />
      </fieldset>
      <div className="outcome__rationale">
        <label htmlFor={rationaleId}>{t('debrief.outcome.rationale')}</label>
        <textarea
          id={rationaleId}
          rows={4}
          value={rationale}
          onChange={(event) => {
            setRationale(event.target.value);
            updateOutcomeDraft(workspaceId, { rationale: event.target.value }).catch(failed);
          }}
        />
      </div>
      <fieldset className="outcome__concurrences">
        <legend>{t('debrief.outcome.concurrences')}</legend>
        <table className="deck-table">
          <tbody>
            {exercise.panel.map((member) => (
              <ConcurrenceRow
                key={member.id}
                memberName={label(member.id)}
                concurrence={draft.concurrences.find((c) => c.memberId === member.id)}
                onChange={(agrees, note) =>
                  void recordConcurrence(
                    workspaceId,
                    note.trim() === ''
                      ? { memberId: member.id, agrees }
                      : { memberId: member.id, agrees, note },
                  ).catch(failed)
                }
              />
            ))}
          </tbody>
        </table>
      </fieldset>
      {problem && (
        <p className="deck-alert" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
