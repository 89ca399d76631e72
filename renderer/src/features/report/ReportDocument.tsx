/** @jsxRuntime automatic @jsxImportSource react */
// The comparative analysis report as pure React: no Dexie, platform or DOM APIs, so the app shows
// it and the CLI server-renders the very same markup (renderReportHtml) from the same model.
import { formatPoint, formatShare, formatTimestamp } from '../../../../core/report/format';
import type { ReportModel } from '../../../../core/report/report-model';
import { CandidateSection } from './CandidateSection';
import { ComparisonHeatmap } from './ComparisonHeatmap';
import { RankingBars } from './RankingBars';
import { DivergenceSection, InputsSection, OutcomeSection, ReliabilitySection } from './ReportRecords';

function PanelSection({ model }: { model: ReportModel }) {
  const { exercise } = model;
  return (
    <section className="report-section" aria-labelledby="report-panel">
      <h2 id="report-panel">Exercise and panel</h2>
      {exercise.description !== null && <p>{exercise.description}</p>}
      <p>
        Exercise {exercise.id}, issued {formatTimestamp(exercise.issuedAt)} by {exercise.secretariatName} (secretariat key {exercise.secretariatFingerprint}).{' '}
        {model.candidates.length} candidates were scored by {model.inputs.length} of the {model.members.length} panel members.
      </p>
      <table className="report-table">
        <caption>The panel</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Affiliation</th>
            <th scope="col">Role</th>
            <th scope="col">Key pinned in the package</th>
          </tr>
        </thead>
        <tbody>
          {model.members.map((m) => (
            <tr key={m.id}>
              <th scope="row">{m.label}</th>
              <td>{m.affiliation ?? ''}</td>
              <td>{m.role}</td>
              <td className="report-fingerprint">{m.pinnedFingerprint ?? 'none'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MethodSection({ model }: { model: ReportModel }) {
  const { scale, criteria, divergenceThreshold } = model.exercise;
  return (
    <section className="report-section" aria-labelledby="report-method">
      <h2 id="report-method">Method</h2>
      <p>
        Each member scored each candidate independently, on their own device, against the criteria below, on a scale from {formatPoint(scale.min)} to{' '}
        {formatPoint(scale.max)} in steps of {formatPoint(scale.step)}, and signed their score sheet. The secretariat verified each sheet’s signature against
        the member’s key and merged them. A member’s total is the weighted mean of their criterion scores; a candidate’s panel score is the weighted mean
        of the panel’s criterion means. Where members’ scores on one criterion differed by {formatPoint(divergenceThreshold)} points or more, the item was
        flagged as divergent for discussion; a consensus score, where agreed, is recorded with its justification beside the independent scores and never
        replaces them.
      </p>
      <table className="report-table">
        <caption>Scale</caption>
        <thead>
          <tr>
            <th scope="col">Score</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {scale.points.map((p) => (
            <tr key={p.point}>
              <th scope="row">{formatPoint(p.point)}</th>
              <td>{p.label ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="report-table">
        <caption>Criteria and weights</caption>
        <thead>
          <tr>
            <th scope="col">Criterion</th>
            <th scope="col">Kind</th>
            <th scope="col">Weight</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.name}</th>
              <td>{k.kind}</td>
              <td>{formatPoint(k.weight)}</td>
              <td>{formatShare(k.weight, k.totalWeight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The whole printable report for one decision. */
export function ReportDocument({ model }: { model: ReportModel }) {
  return (
    <article className="report-document" aria-labelledby="report-title">
      <header className="report-header">
        <p className="report-kicker">Comparative analysis report</p>
        <h1 id="report-title">{model.exercise.title}</h1>
        <p>
          Decision record {model.decision.hash}
          {model.outcome !== null && <>, decided {formatTimestamp(model.outcome.decidedAt)}</>}
        </p>
      </header>
      <PanelSection model={model} />
      <MethodSection model={model} />
      <section className="report-section" aria-labelledby="report-results">
        <h2 id="report-results">Results</h2>
        <RankingBars model={model} />
        <ComparisonHeatmap model={model} />
      </section>
      <section className="report-candidates" aria-labelledby="report-per-candidate">
        <h2 id="report-per-candidate">Results per candidate</h2>
        {model.candidates.map((c) => (
          <CandidateSection key={c.id} candidate={c} model={model} />
        ))}
      </section>
      <DivergenceSection model={model} />
      <ReliabilitySection model={model} />
      <OutcomeSection model={model} />
      <InputsSection model={model} />
    </article>
  );
}
