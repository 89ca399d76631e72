/** @jsxRuntime automatic @jsxImportSource react */
// One candidate's page of the report: standing, member totals, the dot chart and the evidence
// excerpts members wrote, criterion by criterion.
import { formatMoved, formatPoint, formatRank, formatScore } from '../../../../core/report/format';
import type { ReportCandidate, ReportModel } from '../../../../core/report/report-model';
import { CandidateScoreChart } from './CandidateScoreChart';

function Evidence({ candidate, model }: { candidate: ReportCandidate; model: ReportModel }) {
  if (!model.evidence.included) {
    return <p className="report-note">Evidence excerpts are not included: the score sheets were not given when this report was made.</p>;
  }
  const labels = new Map(model.inputs.map((i) => [i.memberId, i.label]));
  const rows = candidate.criteria.map((k) => ({ k, notes: (k.scores ?? []).filter((s) => s.evidence !== null && s.evidence.trim() !== '') }));
  if (rows.every((r) => r.notes.length === 0)) return <p className="report-note">No member wrote evidence notes for this candidate.</p>;
  return (
    <dl className="report-evidence">
      {rows
        .filter((r) => r.notes.length > 0)
        .map(({ k, notes }) => (
          <div key={k.criterionId} className="report-evidence__criterion">
            <dt>{k.name}</dt>
            {notes.map((s) => (
              <dd key={s.memberId}>
                <span className="report-evidence__who">
                  {labels.get(s.memberId) ?? s.memberId} ({formatPoint(s.score)}):
                </span>{' '}
                {s.evidence}
              </dd>
            ))}
          </div>
        ))}
    </dl>
  );
}

/** The report's section for one candidate. */
export function CandidateSection({ candidate, model }: { candidate: ReportCandidate; model: ReportModel }) {
  const headingId = `candidate-${candidate.id}`;
  return (
    <section className="report-section report-candidate" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {candidate.name} <span className="report-id">({candidate.id})</span>
      </h3>
      {candidate.summary !== null && <p>{candidate.summary}</p>}
      <dl className="report-facts">
        <div>
          <dt>Panel score</dt>
          <dd>{formatScore(candidate.panelScore)}</dd>
        </div>
        <div>
          <dt>Rank</dt>
          <dd>{formatRank(candidate.rank)}</dd>
        </div>
        <div>
          <dt>With consensus</dt>
          <dd>
            {formatScore(candidate.consensusScore)} (rank {formatRank(candidate.consensusRank)}, {formatMoved(candidate.moved)})
          </dd>
        </div>
        <div>
          <dt>Member totals</dt>
          <dd>{candidate.memberTotals.map((t) => `${t.label} ${formatScore(t.total)}`).join(' · ')}</dd>
        </div>
        <div>
          <dt>Recused</dt>
          <dd>{candidate.recused.length === 0 ? 'nobody' : candidate.recused.join(', ')}</dd>
        </div>
        <div>
          <dt>Left criteria unscored</dt>
          <dd>{candidate.incomplete.length === 0 ? 'nobody' : candidate.incomplete.join(', ')}</dd>
        </div>
      </dl>
      <CandidateScoreChart candidate={candidate} model={model} />
      {candidate.criteria.some((k) => k.consensus !== null) && (
        <>
          <h4>Consensus scores agreed</h4>
          <ul>
            {candidate.criteria.map((k) =>
              k.consensus === null ? null : (
                <li key={k.criterionId}>
                  {k.name}: {formatPoint(k.consensus.score)} (independent mean {formatScore(k.mean)}) — {k.consensus.justification}
                </li>
              ),
            )}
          </ul>
        </>
      )}
      <h4>Evidence excerpts</h4>
      <Evidence candidate={candidate} model={model} />
    </section>
  );
}
