// The ranking: candidates by panel score, shared ranks shown as such (never broken), with the
// spread of the members' totals and who recused or left a candidate incomplete.

import type { DecisionRecord, Exercise } from '../../../../core/types';
import { formatScore, formatSpread } from './merge-format';
import { useT } from '../../i18n';

/** Candidates in rank order (unranked last, in exercise order). */
export function RankingTable({ exercise, decision }: { exercise: Exercise; decision: DecisionRecord }) {
  const t = useT();
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
      <caption className="visually-hidden">{t('secretariat.ranking.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('secretariat.ranking.rank')}</th>
          <th scope="col">{t('member.candidates.candidate')}</th>
          <th scope="col" className="numeric">
            {t('secretariat.ranking.panelScore')}
          </th>
          <th scope="col" className="numeric">
            {t('secretariat.ranking.totals')}
          </th>
          <th scope="col">{t('secretariat.ranking.notCounted')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => {
          const totals = Object.values(c.memberTotals);
          const counted = totals.filter((total) => total !== null).length;
          return (
            <tr key={c.candidateId} className="ranking__row">
              <td className="ranking__rank">
                {c.rank === null ? '—' : c.rank}
                {shared(c.rank) && <span className="hint"> {t('secretariat.ranking.shared')}</span>}
              </td>
              <th scope="row">{names.get(c.candidateId) ?? c.candidateId}</th>
              <td className="numeric ranking__score">{formatScore(c.panelScore)}</td>
              <td className="numeric">
                {formatSpread(totals)}
                <div className="hint">{t('secretariat.ranking.members', { count: counted })}</div>
              </td>
              <td>
                {c.recused.length > 0 && <div>{t('secretariat.ranking.recused', { names: who(c.recused) })}</div>}
                {c.incomplete.length > 0 && <div>{t('secretariat.ranking.incomplete', { names: who(c.incomplete) })}</div>}
                {c.recused.length + c.incomplete.length === 0 && <span className="muted">—</span>}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
