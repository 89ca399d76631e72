// The consensus reached so far: each agreed score beside the members' independent scores (which
// never change), and the consensus ranking beside the independent one, with what moved.

import { consensusStandings } from '../../../../core/debrief/consensus';
import type { ConsensusScore } from '../../../../core/types';
import { formatMoved, formatRank } from '../../../../core/report/format';
import { useT } from '../../i18n';
import { formatPoint, formatScore } from './debrief-format';
import { type DebriefData, candidateName, criterionName, itemKey } from './debrief-model';
import { ShowAllButton, useShowAll } from './ShowAll';

interface Props {
  data: DebriefData;
  consensus: readonly ConsensusScore[];
  label: (memberId: string) => string;
}

/** Consensus items and both rankings side by side. */
export function ConsensusView({ data, consensus, label }: Props) {
  const t = useT();
  const { exercise, decision } = data;
  const standings = consensusStandings(exercise, decision.candidates, consensus);
  const ranked = [...standings].sort((a, b) => (a.consensusRank ?? Infinity) - (b.consensusRank ?? Infinity));
  // The latest agreements first: that is what the meeting just discussed.
  const items = useShowAll([...consensus].reverse());
  const rows = useShowAll(ranked);
  return (
    <div className="deck-view consensus-view">
      <section aria-labelledby="consensus-items-title">
        <h3 id="consensus-items-title">
          {consensus.length === 0 ? t('debrief.consensus.none') : t('debrief.consensus.title')}
        </h3>
        {consensus.length === 0 ? (
          <p>{t('debrief.consensus.howTo')}</p>
        ) : (
          <table className="deck-table">
            <thead>
              <tr>
                <th scope="col">{t('debrief.columns.candidate')}</th>
                <th scope="col">{t('debrief.columns.competency')}</th>
                <th scope="col">{t('debrief.consensus.independent')}</th>
                <th scope="col">{t('debrief.columns.consensus')}</th>
                <th scope="col">{t('debrief.columns.justification')}</th>
              </tr>
            </thead>
            <tbody>
              {items.shown.map((c) => (
                <tr key={itemKey(c.candidateId, c.criterionId)}>
                  <th scope="row">{candidateName(exercise, c.candidateId)}</th>
                  <td>{criterionName(exercise, c.criterionId)}</td>
                  <td>
                    {(data.scores.get(itemKey(c.candidateId, c.criterionId)) ?? [])
                      .map((s) => `${label(s.memberId)} ${formatPoint(s.score)}`)
                      .join(' · ')}
                  </td>
                  <td className="emphasis">{formatPoint(c.score)}</td>
                  <td>{c.justification}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {consensus.length > 0 && (
          <ShowAllButton
            total={consensus.length}
            hidden={items.hidden}
            all={items.all}
            setAll={items.setAll}
            what="consensus"
          />
        )}
      </section>
      <section>
        <table className="deck-table">
          <caption>{t('debrief.consensus.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('debrief.consensus.consensusRank')}</th>
              <th scope="col">{t('debrief.columns.candidate')}</th>
              <th scope="col">{t('debrief.consensus.consensusScore')}</th>
              <th scope="col">{t('debrief.consensus.independentRank')}</th>
              <th scope="col">{t('debrief.consensus.independentScore')}</th>
              <th scope="col">{t('debrief.consensus.moved')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.shown.map((s) => (
              <tr key={s.candidateId} className={s.moved !== null && s.moved !== 0 ? 'moved' : undefined}>
                <td>{formatRank(s.consensusRank)}</td>
                <th scope="row">{candidateName(exercise, s.candidateId)}</th>
                <td>{formatScore(s.consensusScore)}</td>
                <td>{formatRank(s.rank)}</td>
                <td>{formatScore(s.panelScore)}</td>
                <td>{formatMoved(s.moved)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <ShowAllButton
          total={ranked.length}
          hidden={rows.hidden}
          all={rows.all}
          setAll={rows.setAll}
          what="candidates"
        />
      </section>
    </div>
  );
}
