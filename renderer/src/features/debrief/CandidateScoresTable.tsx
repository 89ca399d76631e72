// The table alternative of one candidate's dot chart: every member's score per competency, the
// panel's mean and range from core's merge, and the consensus score where one was agreed.

import type { ConsensusScore } from '../../../../core/types';
import { useT } from '../../i18n';
import { formatPoint, formatPointRange, formatScore } from './debrief-format';
import { type DebriefData, itemKey, membersInMerge } from './debrief-model';

interface Props {
  data: DebriefData;
  candidateId: string;
  consensus: readonly ConsensusScore[];
  label: (memberId: string) => string;
  caption: string;
  className?: string;
}

/** Competency × member scores of one candidate as a table. */
export function CandidateScoresTable({ data, candidateId, consensus, label, caption, className }: Props) {
  const t = useT();
  const { exercise, decision } = data;
  const result = decision.candidates.find((c) => c.candidateId === candidateId);
  const members = membersInMerge(data);
  return (
    <table className={className ?? 'deck-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('debrief.columns.competency')}</th>
          {members.map((m) => (
            <th scope="col" key={m}>
              {label(m)}
            </th>
          ))}
          <th scope="col">{t('debrief.columns.mean')}</th>
          <th scope="col">{t('debrief.columns.range')}</th>
          <th scope="col">{t('debrief.columns.consensus')}</th>
        </tr>
      </thead>
      <tbody>
        {exercise.criteria.map((criterion) => {
          const key = itemKey(candidateId, criterion.id);
          const scores = new Map((data.scores.get(key) ?? []).map((s) => [s.memberId, s.score]));
          const summary = result?.criteria[criterion.id];
          const agreed = consensus.find(
            (c) => c.candidateId === candidateId && c.criterionId === criterion.id,
          );
          const divergent = data.divergent.has(key);
          return (
            <tr key={criterion.id} className={divergent ? 'divergent' : undefined}>
              <th scope="row">
                {criterion.name}
                {divergent && ` ${t('debrief.candidate.divergentMark')}`}
              </th>
              {members.map((m) => (
                <td key={m}>
                  {result?.recused.includes(m)
                    ? t('debrief.candidate.recusedCell')
                    : formatPoint(scores.get(m))}
                </td>
              ))}
              <td>{formatScore(summary?.mean ?? null)}</td>
              <td>{formatPointRange(summary?.min, summary?.max)}</td>
              <td>{formatPoint(agreed?.score)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
