// Second step of the reveal sequence, one candidate at a time: the members' scores as dots on the
// scale, divergences lit, evidence notes on demand, and the consensus scores agreed for them.

import { useId, useState } from 'react';
import type { ConsensusScore } from '../../../../core/types';
import { countOf } from '../../app/format';
import { formatScore } from '../../../../core/report/format';
import { CandidateScoresTable } from './CandidateScoresTable';
import { ConsensusForm } from './ConsensusForm';
import { type DebriefData, candidateName, itemKey, memberMark, membersInMerge } from './debrief-model';
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
  const { exercise } = data;
  const titleId = useId();
  const [asTable, setAsTable] = useState(false);
  const [showEvidence, setShowEvidence] = useState(false);
  const [discussing, setDiscussing] = useState<string | null>(null);
  const result = data.decision.candidates.find((c) => c.candidateId === candidateId);
  const name = candidateName(exercise, candidateId);
  const caption = `Scores of ${name} by competency and member`;
  const divergent = exercise.criteria.filter((k) => data.divergent.has(itemKey(candidateId, k.id)));
  const others = exercise.criteria.filter((k) => !data.divergent.has(itemKey(candidateId, k.id)));
  const agreedOn = (criterionId: string) =>
    consensus.find((c) => c.candidateId === candidateId && c.criterionId === criterionId);

  return (
    <div className="deck-view candidate-view">
      <p className="deck-facts">
        Panel score <strong>{formatScore(result?.panelScore ?? null)}</strong>
        {' · '}
        {divergent.length === 0
          ? 'no divergent competency'
          : countOf(divergent.length, 'divergent competency', 'divergent competencies')}
        {' · '}
        {result && result.recused.length > 0
          ? `Recused: ${result.recused.map(label).join(', ')}`
          : 'No recusal'}
      </p>
      <div className="candidate-view__body">
        <div className="candidate-view__chart">
          <span id={titleId} className="visually-hidden">
            {caption}: a row per competency, a dot per member marked by letter, the panel mean as a bar, a
            consensus score as a ring.
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
          {!asTable && settingsShowNames(label, exercise.panel[0]?.id) && (
            <p className="chart-key" aria-hidden="true">
              {membersInMerge(data)
                .map((m) => `${memberMark(exercise, m)} = ${label(m)}`)
                .join(' · ')}
            </p>
          )}
        </div>
        <aside className="candidate-view__side" aria-label="Discussion">
          <div className="deck-toggles">
            <button
              type="button"
              className="button"
              aria-pressed={asTable}
              onClick={() => setAsTable(!asTable)}
            >
              {asTable ? 'Show as chart' : 'Show as table'}
            </button>
            <button
              type="button"
              className="button"
              aria-pressed={showEvidence}
              onClick={() => setShowEvidence(!showEvidence)}
            >
              {showEvidence ? 'Hide evidence notes' : 'Show evidence notes'}
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

/** The key of the letters is needed only when members are shown by name. */
function settingsShowNames(label: (memberId: string) => string, anyMember: string | undefined): boolean {
  return anyMember !== undefined && !/^Member [A-Z]+$/.test(label(anyMember));
}

/** The items to agree a consensus on: the divergent ones first, any other one on the chair's choice. */
function ConsensusPicker({ divergent, others, names, agreedOn, onPick }: PickerProps) {
  const item = (criterionId: string) => {
    const agreed = agreedOn(criterionId);
    return (
      <li key={criterionId}>
        <button type="button" className="link-button" onClick={() => onPick(criterionId)}>
          {agreed ? 'Change consensus' : 'Agree consensus'} on {names.get(criterionId)}
        </button>
        {agreed && <span className="consensus-badge"> agreed: {agreed.score}</span>}
      </li>
    );
  };
  return (
    <div className="consensus-picker">
      <h4>{divergent.length > 0 ? 'Divergent: to discuss' : 'No divergence to discuss'}</h4>
      {divergent.length > 0 && <ul>{divergent.map(item)}</ul>}
      <details>
        <summary>Another competency (chair’s choice)</summary>
        <ul>{others.map(item)}</ul>
      </details>
    </div>
  );
}
