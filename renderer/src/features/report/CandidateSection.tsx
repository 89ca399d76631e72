/** @jsxRuntime automatic @jsxImportSource react */
// One candidate's page of the report: standing, member totals, the dot chart and the evidence
// excerpts members wrote, criterion by criterion.
import { formatMoved, formatRank } from '../../../../core/report/format';
import type { ReportCandidate, ReportModel } from '../../../../core/report/report-model';
import { CandidateScoreChart } from './CandidateScoreChart';
import { useReportText } from './report-i18n';

function Evidence({ candidate, model }: { candidate: ReportCandidate; model: ReportModel }) {
  const { t, member, numbers } = useReportText();
  if (!model.evidence.included) {
    return <p className="report-note">{t('report.candidate.evidenceMissing')}</p>;
  }
  const labels = new Map(model.inputs.map((i) => [i.memberId, member(i.label)]));
  const rows = candidate.criteria.map((k) => ({
    k,
    notes: (k.scores ?? []).filter((s) => s.evidence !== null && s.evidence.trim() !== ''),
  }));
  if (rows.every((r) => r.notes.length === 0))
    return <p className="report-note">{t('report.candidate.evidenceNone')}</p>;
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
                  {labels.get(s.memberId) ?? s.memberId} ({numbers.point(s.score)}):
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
  const { t, member, numbers } = useReportText();
  const headingId = `candidate-${candidate.id}`;
  const nobodyOr = (labels: string[]) =>
    labels.length === 0 ? t('report.nobody') : labels.map(member).join(', ');
  return (
    <section className="report-section report-candidate" aria-labelledby={headingId}>
      <h3 id={headingId}>
        {candidate.name} <span className="report-id">({candidate.id})</span>
      </h3>
      {candidate.summary !== null && <p>{candidate.summary}</p>}
      <dl className="report-facts">
        <div>
          <dt>{t('report.candidate.panelScore')}</dt>
          <dd>{numbers.score(candidate.panelScore)}</dd>
        </div>
        <div>
          <dt>{t('report.candidate.rank')}</dt>
          <dd>{formatRank(candidate.rank)}</dd>
        </div>
        <div>
          <dt>{t('report.candidate.withConsensus')}</dt>
          <dd>
            {t('report.candidate.withConsensusValue', {
              score: numbers.score(candidate.consensusScore),
              rank: formatRank(candidate.consensusRank),
              moved: formatMoved(candidate.moved),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('report.candidate.memberTotals')}</dt>
          <dd>
            {candidate.memberTotals
              .map((total) => `${member(total.label)} ${numbers.score(total.total)}`)
              .join(' · ')}
          </dd>
        </div>
        <div>
          <dt>{t('report.candidate.recused')}</dt>
          <dd>{nobodyOr(candidate.recused)}</dd>
        </div>
        <div>
          <dt>{t('report.candidate.incomplete')}</dt>
          <dd>{nobodyOr(candidate.incomplete)}</dd>
        </div>
      </dl>
      <CandidateScoreChart candidate={candidate} model={model} />
      {candidate.criteria.some((k) => k.consensus !== null) && (
        <>
          <h4>{t('report.candidate.consensusAgreed')}</h4>
          <ul>
            {candidate.criteria.map((k) =>
              k.consensus === null ? null : (
                <li key={k.criterionId}>
                  {t('report.candidate.consensusItem', {
                    criterion: k.name,
                    score: numbers.point(k.consensus.score),
                    mean: numbers.score(k.mean),
                    justification: k.consensus.justification,
                  })}
                </li>
              ),
            )}
          </ul>
        </>
      )}
      <h4>{t('report.candidate.evidence')}</h4>
      <Evidence candidate={candidate} model={model} />
    </section>
  );
}
