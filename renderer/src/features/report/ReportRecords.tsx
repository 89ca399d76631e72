/** @jsxRuntime automatic @jsxImportSource react */
// The report's closing sections: divergences and how they were resolved, reliability, the outcome
// with each member's concurrence, and every input's hash and fingerprint for re-checking.
import { formatCoefficient, formatPoint, formatTimestamp } from '../../../../core/report/format';
import type { ReportModel } from '../../../../core/report/report-model';

/** Divergent items and the consensus (or none) that resolved each. */
export function DivergenceSection({ model }: { model: ReportModel }) {
  return (
    <section className="report-section" aria-labelledby="report-divergences">
      <h2 id="report-divergences">Divergences and how they were resolved</h2>
      {model.divergences.length === 0 ? (
        <p>No criterion score differed between members by {formatPoint(model.exercise.divergenceThreshold)} points or more.</p>
      ) : (
        <table className="report-table">
          <caption>Items where members’ scores differ by {formatPoint(model.exercise.divergenceThreshold)} points or more</caption>
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Criterion</th>
              <th scope="col">Lowest–highest</th>
              <th scope="col">Resolution</th>
            </tr>
          </thead>
          <tbody>
            {model.divergences.map((d) => (
              <tr key={`${d.candidateId}/${d.criterionId}`}>
                <td>{d.candidateName}</td>
                <th scope="row">{d.criterionName}</th>
                <td>
                  {formatPoint(d.min)}–{formatPoint(d.max)}
                </td>
                <td>{d.resolution === null ? 'Discussed; the independent scores stand (no consensus score recorded).' : `Consensus score ${formatPoint(d.resolution.score)}: ${d.resolution.justification}`}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The four reliability coefficients with their plain-language readings. */
export function ReliabilitySection({ model }: { model: ReportModel }) {
  return (
    <section className="report-section" aria-labelledby="report-reliability">
      <h2 id="report-reliability">Reliability</h2>
      <table className="report-table">
        <caption>How consistently the panel scored (from the independent scores)</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">What it measures</th>
            <th scope="col">Value</th>
            <th scope="col">Reading</th>
          </tr>
        </thead>
        <tbody>
          {model.reliability.map((r) => (
            <tr key={r.key}>
              <th scope="row">{r.label}</th>
              <td>{r.measures}</td>
              <td>{formatCoefficient(r.value)}</td>
              <td>{r.reading}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The panel's outcome, rationale and concurrences. */
export function OutcomeSection({ model }: { model: ReportModel }) {
  const { outcome } = model;
  return (
    <section className="report-section" aria-labelledby="report-outcome">
      <h2 id="report-outcome">Outcome</h2>
      {outcome === null ? (
        <p>The panel has not recorded an outcome in this decision record.</p>
      ) : (
        <>
          <p>
            Decided {formatTimestamp(outcome.decidedAt)}. Recommended: <strong>{outcome.selected.length === 0 ? 'no candidate' : outcome.selected.map((s) => s.name).join(', ')}</strong>.
          </p>
          <h3>Rationale</h3>
          <p className="report-rationale">{outcome.rationale}</p>
          <table className="report-table">
            <caption>Concurrences</caption>
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Concurs</th>
                <th scope="col">Note</th>
              </tr>
            </thead>
            <tbody>
              {outcome.concurrences.map((c) => (
                <tr key={c.memberId}>
                  <th scope="row">{c.label}</th>
                  <td>{c.agrees ? 'agrees' : 'dissents'}</td>
                  <td>{c.note ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

/** Hashes and fingerprints of every input, so anyone with the files can re-run the merge. */
export function InputsSection({ model }: { model: ReportModel }) {
  return (
    <section className="report-section report-inputs" aria-labelledby="report-inputs">
      <h2 id="report-inputs">Inputs, hashes and fingerprints</h2>
      <p>Anyone holding the same package and score sheets can re-run the merge (`panelscore merge`) and must obtain a decision record with these hashes.</p>
      <dl className="report-facts report-hashes">
        <div>
          <dt>Exercise hash</dt>
          <dd className="report-hash">{model.decision.exerciseHash}</dd>
        </div>
        <div>
          <dt>Decision record hash</dt>
          <dd className="report-hash">{model.decision.hash}</dd>
        </div>
        <div>
          <dt>Decision signed by</dt>
          <dd>{model.decision.signerFingerprint === null ? 'nobody: this record is not signed, or its signature does not verify' : `key ${model.decision.signerFingerprint}`} (secretariat key of the package: {model.exercise.secretariatFingerprint})</dd>
        </div>
      </dl>
      <table className="report-table">
        <caption>Score sheets merged</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Revision</th>
            <th scope="col">Key fingerprint</th>
            <th scope="col">Pinned</th>
            <th scope="col">Sheet hash</th>
          </tr>
        </thead>
        <tbody>
          {model.inputs.map((i) => (
            <tr key={i.memberId}>
              <th scope="row">{i.label}</th>
              <td>{i.revision}</td>
              <td className="report-fingerprint">{i.fingerprint}</td>
              <td>{i.pinned ? 'yes' : 'no: not pinned in the package (the secretariat confirms its fingerprint with the member)'}</td>
              <td className="report-hash">{i.sheetHash}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {model.rejected.length === 0 ? (
        <p>No file was rejected by the merge.</p>
      ) : (
        <table className="report-table">
          <caption>Files the merge rejected</caption>
          <thead>
            <tr>
              <th scope="col">File hash</th>
              <th scope="col">Member</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {model.rejected.map((r) => (
              <tr key={`${r.fileHash}/${r.reason}`}>
                <td className="report-hash">{r.fileHash}</td>
                <td>{r.memberId ?? 'unknown'}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
