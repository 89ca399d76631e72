// Second step of the reveal sequence, one candidate at a time: the members' scores as dots on the
// scale, divergences lit, evidence notes on demand, and the consensus scores agreed for them.

import { useId, useState } from 'react';
import type { ConsensusScore } from '../../../../core/types';
import { useT } from '../../i18n';
import { CandidateScoresTable } from './CandidateScoresTable';
import { ConsensusForm } from './ConsensusForm';
import { formatPoint, formatScore } from './debrief-format';
import {
  type DebriefData,
  candidateName,
  itemKey,
  memberLabeller,
  memberMark,
  membersInMerge,
} from './debrief-model';
import { EvidenceNotes } from './EvidenceNotes';
import { ScoreDotChart } from './ScoreDotChart';

interface Props {
  workspaceId: string;
  data: DebriefData;
  candidateId: string;
  consensus: readonly ConsensusScore[];
  label: (memberId: string) => string;
}

/** One candidate's scores, evidence, recusals and consensus items. */
export function CandidateView({ workspaceId, data, candidateId, consensus, label }: Props) {
  const t = useT();
  const { exercise } = data;
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  const [showEvidence, setShowEvidence] = useState(false);
  const [discussing, setDiscussing] = useState<string | null>(null);
  const result = data.decision.candidates.find((c) => c.candidateId === candidateId);
  const name = candidateName(exercise, candidateId);
  const caption = t('debrief.candidate.caption', { name });
  const divergent = exercise.criteria.filter((k) => data.divergent.has(itemKey(candidateId, k.id)));
  const others = exercise.criteria.filter((k) => !data.divergent.has(itemKey(candidateId, k.id)));
  const agreedOn = (criterionId: string) =>
    consensus.find((c) => c.candidateId === candidateId && c.criterionId === criterionId);

  return (
    <div className="deck-view candidate-view">
      <p className="deck-facts">
        {t('debrief.candidate.panelScore')} <strong>{formatScore(result?.panelScore)}</strong>
        {' · '}
        {divergent.length === 0
          ? t('debrief.candidate.noDivergent')
          : t('debrief.candidate.divergent', { count: divergent.length })}
        {' · '}
        {result && result.recused.length > 0
          ? t('debrief.candidate.recused', { names: result.recused.map(label).join(', ') })
          : t('debrief.candidate.noRecusal')}
      </p>
      <div className="candidate-view__body">
        <div className="candidate-view__chart">
          <span id={titleId} className="visually-hidden">
            {t('debrief.candidate.chartDescription', { caption })}
          </span>
          {asTable ? (
            <CandidateScoresTable
              data={data}
              candidateId={candidateId}
              consensus={consensus}
              label={label}
              caption={caption}
            />
          ) : (
            <ScoreDotChart data={data} candidateId={candidateId} consensus={consensus} titleId={titleId} />
          )}
          {!asTable && showsNames(data, label) && (
            <p className="chart-key" aria-hidden="true">
              {membersInMerge(data)
                .map((m) => `${memberMark(exercise, m)} = ${label(m)}`)
                .join(' · ')}
            </p>
          )}
        </div>
        <aside className="candidate-view__side" aria-label={t('debrief.candidate.discussion')}>
          <div className="deck-toggles">
            <button
              type="button"
              className="button"
              aria-pressed={asTable}
              onClick={() => setAsTable(!asTable)}
            >
              {asTable ? t('debrief.showChart') : t('debrief.showTable')}
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={showEvidence}
              onClick={() => setShowEvidence(!showEvidence)}
            >
              {showEvidence ? t('debrief.candidate.hideEvidence') : t('debrief.candidate.showEvidence')}
            </button>
          </div>
          {discussing !== null ? (
            <ConsensusForm
              workspaceId={workspaceId}
              data={data}
              candidateId={candidateId}
              criterionId={discussing}
              agreed={agreedOn(discussing)}
              label={label}
              onClose={() => setDiscussing(null)}
            />
          ) : (
            <ConsensusPicker
              divergent={divergent.map((k) => k.id)}
              others={others.map((k) => k.id)}
              names={new Map(exercise.criteria.map((k) => [k.id, k.name]))}
              agreedOn={agreedOn}
              onPick={setDiscussing}
            />
          )}
        </aside>
      </div>
      {showEvidence && <EvidenceNotes data={data} candidateId={candidateId} label={label} />}
    </div>
  );
}

interface PickerProps {
  divergent: string[];
  others: string[];
  names: ReadonlyMap<string, string>;
  agreedOn: (criterionId: string) => ConsensusScore | undefined;
  onPick: (criterionId: string) => void;
}

/** The key of the letters is needed only when members are shown by name, not as Member A, B, …. */
function showsNames(data: DebriefData, label: (memberId: string) => string): boolean {
  const anyMember = data.exercise.panel[0]?.id;
  return anyMember !== undefined && label(anyMember) !== memberLabeller(data.exercise, 'letters')(anyMember);
}

/** The items to agree a consensus on: the divergent ones first, any other one on the chair's choice. */
function ConsensusPicker({ divergent, others, names, agreedOn, onPick }: PickerProps) {
  const t = useT();
  const item = (criterionId: string) => {
    const agreed = agreedOn(criterionId);
    return (
      <li key={criterionId}>
        <button type="button" className="link-button" onClick={() => onPick(criterionId)}>
          {t(agreed ? 'debrief.candidate.change' : 'debrief.candidate.agree', {
            name: names.get(criterionId),
          })}
        </button>
        {agreed && (
          <span className="consensus-badge">
            {' '}
            {t('debrief.candidate.agreed', { score: formatPoint(agreed.score) })}
          </span>
        )}
      </li>
    );
  };
  return (
    <div className="consensus-picker">
      <h4>
        {divergent.length > 0 ? t('debrief.candidate.toDiscuss') : t('debrief.candidate.nothingToDiscuss')}
      </h4>
      {divergent.length > 0 && <ul>{divergent.map(item)}</ul>}
      <details>
        <summary>{t('debrief.candidate.another')}</summary>
        <ul>{others.map(item)}</ul>
      </details>
    </div>
  );
}
