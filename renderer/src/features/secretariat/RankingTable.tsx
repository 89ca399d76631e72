// The ranking: candidates by panel score, shared ranks shown as such (never broken), with the
// spread of the members' totals and who recused or left a candidate incomplete.

import type { DecisionRecord, Exercise } from '../../../../core/types';
import { formatScore, formatSpread } from './merge-format';

/** Candidates in rank order (unranked last, in exercise order). */
export function RankingTable({ exercise, decision }: { exercise: Exercise; decision: DecisionRecord }) {
  const names = new Map(exercise.candidates.map((c) => [c.id, c.name]));
  const memberNames = new Map(exercise.panel.map((m) => [m.id, m.name]));
  const rows = decision.candidates
    .map((c, order) => ({ c, order }))
    .sort((a, b) => (a.c.rank ?? Infinity) - (b.c.rank ?? Infinity) || a.order - b.order)
    .map(({ c }) => c);
  const shared = (rank: number | null) => rank !== null && decision.candidates.filter((c) => c.rank === rank).length > 1;
  const who = (ids: string[]) => ids.map((id) => memberNames.get(id) ?? id).join(', ');
  return (
    <table className="table ranking">
      <caption className="visually-hidden">Ranking by panel score</caption>
      <thead>
        <tr>
          <th scope="col">Rank</th>
          <th scope="col">Candidate</th>
          <th scope="col" className="numeric">
            Panel score
          </th>
          <th scope="col" className="numeric">
            Members’ totals
          </th>
          <th scope="col">Not counted</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => {
          const totals = Object.values(c.memberTotals);
          const counted = totals.filter((t) => t !== null).length;
          return (
            <tr key={c.candidateId} className="ranking__row">
              <td className="ranking__rank">
                {c.rank === null ? '—' : c.rank}
                {shared(c.rank) && <span className="hint"> (shared)</span>}
              </td>
              <th scope="row">{names.get(c.candidateId) ?? c.candidateId}</th>
              <td className="numeric ranking__score">{formatScore(c.panelScore)}</td>
              <td className="numeric">
                {formatSpread(totals)}
                <div className="hint">{counted === 1 ? '1 member' : `${counted} members`}</div>
              </td>
              <td>
                {c.recused.length > 0 && <div>Recused: {who(c.recused)}</div>}
                {c.incomplete.length > 0 && <div>Incomplete: {who(c.incomplete)}</div>}
                {c.recused.length + c.incomplete.length === 0 && <span className="muted">—</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
