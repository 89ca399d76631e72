// The independent ranking from core's merge with each candidate's spread of member totals:
// the range as text and as a strip (one tick per member), so a wide disagreement shows at a glance.

import { scaleLinear } from '@visx/scale';
import { Circle, Line } from '@visx/shape';
import type { DecisionCandidate, Scale } from '../../../../core/types';
import { formatRank } from '../../../../core/report/format';
import { useT } from '../../i18n';
import { formatPoint, formatScore, formatSpread } from './debrief-format';
import { type DebriefData, candidateName } from './debrief-model';

/** Candidates by rank (unranked last, in exercise order). */
export function byRank(candidates: readonly DecisionCandidate[]): DecisionCandidate[] {
  return [...candidates].sort(
    (a, b) => (a.rank ?? Number.POSITIVE_INFINITY) - (b.rank ?? Number.POSITIVE_INFINITY),
  );
}

/** The span the strips share: every member total of every candidate, to the nearest half point. */
function totalsDomain(candidates: readonly DecisionCandidate[], scale: Scale): [number, number] {
  const all = candidates.flatMap((c) => Object.values(c.memberTotals)).filter((t): t is number => t !== null);
  if (all.length === 0) return [scale.min, scale.max];
  const low = Math.floor(Math.min(...all) * 2) / 2;
  const high = Math.ceil(Math.max(...all) * 2) / 2;
  return low === high ? [low - 0.5, high + 0.5] : [low, high];
}

function SpreadStrip({ totals, domain }: { totals: number[]; domain: [number, number] }) {
  const x = scaleLinear<number>({ domain, range: [8, 192] });
  if (totals.length === 0) return null;
  return (
    <svg className="spread-strip" viewBox="0 0 200 24" aria-hidden="true">
      <Line from={{ x: 8, y: 12 }} to={{ x: 192, y: 12 }} className="chart-rail" />
      <Line
        from={{ x: x(Math.min(...totals)), y: 12 }}
        to={{ x: x(Math.max(...totals)), y: 12 }}
        className="spread-strip__range"
      />
      {totals.map((t, i) => (
        <Circle key={i} cx={x(t)} cy={12} r={5} className="chart-dot" />
      ))}
    </svg>
  );
}

/** The ranking table (the `rows` given, in rank order) with panel scores and the spread of member totals. */
export function RankingSpread({ data, rows }: { data: DebriefData; rows: readonly DecisionCandidate[] }) {
  const t = useT();
  const { exercise, decision } = data;
  const domain = totalsDomain(decision.candidates, exercise.scale);
  return (
    <table className="deck-table ranking">
      <caption>{t('debrief.ranking.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('debrief.columns.rank')}</th>
          <th scope="col">{t('debrief.columns.candidate')}</th>
          <th scope="col">{t('debrief.columns.panelScore')}</th>
          <th scope="col">{t('debrief.ranking.totals')}</th>
          <th scope="col">
            <span className="visually-hidden">
              {t('debrief.ranking.spread', { from: formatPoint(domain[0]), to: formatPoint(domain[1]) })}
            </span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => {
          const totals = Object.values(c.memberTotals).filter((t): t is number => t !== null);
          return (
            <tr key={c.candidateId}>
              <td>{formatRank(c.rank)}</td>
              <th scope="row">{candidateName(exercise, c.candidateId)}</th>
              <td>{formatScore(c.panelScore)}</td>
              <td>
                {formatSpread(
                  totals.length === 0 ? null : { min: Math.min(...totals), max: Math.max(...totals) },
                )}
              </td>
              <td>
                <SpreadStrip totals={totals} domain={domain} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
