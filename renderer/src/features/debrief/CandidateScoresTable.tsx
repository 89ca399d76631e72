// The table alternative of one candidate's dot chart: every member's score per competency, the
// panel's mean and range from core's merge, and the consensus score where one was agreed.

import type { ConsensusScore } from '../../../../core/types';
import { formatScore } from '../../../../core/report/format';
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
  const { exercise, decision } = data;
  const result = decision.candidates.find((c) => c.candidateId === candidateId);
  const members = membersInMerge(data);
  return (
    <table className={className ?? 'deck-table'}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Competency</th>
          {members.map((m) => (
            <th scope="col" key={m}>
              {label(m)}
            </th>
          ))}
          <th scope="col">Mean</th>
          <th scope="col">Range</th>
          <th scope="col">Consensus</th>
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
                {divergent && ' (divergent)'}
              </th>
              {members.map((m) => (
                <td key={m}>{result?.recused.includes(m) ? 'recused' : (scores.get(m) ?? '—')}</td>
              ))}
              <td>{formatScore(summary?.mean ?? null)}</td>
              <td>{summary?.min == null ? '—' : `${summary.min}–${summary.max}`}</td>
              <td>{agreed ? agreed.score : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
