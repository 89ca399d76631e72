// Third step of the reveal sequence, once every candidate was seen alone: all candidates side by
// side (heatmap of panel means) and the independent ranking with the spread of member totals.

import { useId, useState } from 'react';
import { useT } from '../../i18n';
import { formatScore } from './debrief-format';
import { type DebriefData, candidateName, itemKey } from './debrief-model';
import { MeansHeatmap } from './MeansHeatmap';
import { RankingSpread, byRank } from './RankingSpread';
import { ShowAllButton, useShowAll } from './ShowAll';
import type { DecisionCandidate } from '../../../../core/types';

/** Heatmap of panel means and the ranking with spreads, candidates in rank order. */
export function ComparisonView({ data }: { data: DebriefData }) {
  const t = useT();
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  // Both in rank order; past the first rows, "Show all" (a projector shows about 25).
  const rows = useShowAll(byRank(data.decision.candidates));
  return (
    <div className="deck-view comparison">
      <section className="comparison__heatmap" aria-labelledby={titleId}>
        <div className="deck-section-head">
          <h3 id={titleId}>{t('debrief.comparison.title')}</h3>
          <button
            type="button"
            className="button"
            aria-pressed={asTable}
            onClick={() => setAsTable(!asTable)}
          >
            {asTable ? t('debrief.showChart') : t('debrief.showTable')}
          </button>
        </div>
        {asTable ? (
          <MeansTable data={data} rows={rows.shown} />
        ) : (
          <MeansHeatmap data={data} rows={rows.shown} titleId={titleId} />
        )}
      </section>
      <section className="comparison__ranking">
        <RankingSpread data={data} rows={rows.shown} />
        <ShowAllButton
          total={data.decision.candidates.length}
          hidden={rows.hidden}
          all={rows.all}
          setAll={rows.setAll}
          what="candidates"
        />
      </section>
    </div>
  );
}

/** The heatmap's table alternative. */
function MeansTable({ data, rows }: { data: DebriefData; rows: readonly DecisionCandidate[] }) {
  const t = useT();
  const { exercise } = data;
  return (
    <table className="deck-table">
      <caption className="visually-hidden">{t('debrief.comparison.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('debrief.columns.candidate')}</th>
          {exercise.criteria.map((k) => (
            <th scope="col" key={k.id}>
              {k.name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((c) => (
          <tr key={c.candidateId}>
            <th scope="row">{candidateName(exercise, c.candidateId)}</th>
            {exercise.criteria.map((k) => (
              <td
                key={k.id}
                className={data.divergent.has(itemKey(c.candidateId, k.id)) ? 'divergent' : undefined}
              >
                {formatScore(c.criteria[k.id]?.mean)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
