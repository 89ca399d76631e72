/** @jsxRuntime automatic @jsxImportSource react */
// The report's closing sections: divergences and how they were resolved, reliability, the outcome
// with each member's concurrence, and every input's hash and fingerprint for re-checking.
import type { ReportModel } from '../../../../core/report/report-model';
import { reliabilityText, useReportText } from './report-i18n';

/** Divergent items and the consensus (or none) that resolved each. */
export function DivergenceSection({ model }: { model: ReportModel }) {
  const { t, numbers } = useReportText();
  const threshold = numbers.point(model.exercise.divergenceThreshold);
  return (
    <section className="report-section" aria-labelledby="report-divergences">
      <h2 id="report-divergences">{t('report.divergences.heading')}</h2>
      {model.divergences.length === 0 ? (
        <p>{t('report.divergences.none', { threshold })}</p>
      ) : (
        <table className="report-table">
          <caption>{t('report.divergences.caption', { threshold })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.divergences.candidate')}</th>
              <th scope="col">{t('report.divergences.criterion')}</th>
              <th scope="col">{t('report.divergences.range')}</th>
              <th scope="col">{t('report.divergences.resolution')}</th>
            </tr>
          </thead>
          <tbody>
            {model.divergences.map((d) => (
              <tr key={`${d.candidateId}/${d.criterionId}`}>
                <td>{d.candidateName}</td>
                <th scope="row">{d.criterionName}</th>
                <td>
                  {numbers.point(d.min)}–{numbers.point(d.max)}
                </td>
                <td>
                  {d.resolution === null
                    ? t('report.divergences.stands')
                    : t('report.divergences.consensus', {
                        score: numbers.point(d.resolution.score),
                        justification: d.resolution.justification,
                      })}
                </td>
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
  const { t, numbers } = useReportText();
  return (
    <section className="report-section" aria-labelledby="report-reliability">
      <h2 id="report-reliability">{t('report.reliability.heading')}</h2>
      <table className="report-table">
        <caption>{t('report.reliability.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.reliability.measureColumn')}</th>
            <th scope="col">{t('report.reliability.measuresColumn')}</th>
            <th scope="col">{t('report.reliability.value')}</th>
            <th scope="col">{t('report.reliability.reading')}</th>
          </tr>
        </thead>
        <tbody>
          {model.reliability.map((r) => {
            const text = reliabilityText(t, r);
            return (
              <tr key={r.key}>
                <th scope="row">{text.label}</th>
                <td>{text.measures}</td>
                <td>{numbers.coefficient(r.value)}</td>
                <td>{text.reading}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}

/** The panel's outcome, rationale and concurrences. */
export function OutcomeSection({ model }: { model: ReportModel }) {
  const { t, date, member } = useReportText();
  const { outcome } = model;
  return (
    <section className="report-section" aria-labelledby="report-outcome">
      <h2 id="report-outcome">{t('report.outcome.heading')}</h2>
      {outcome === null ? (
        <p>{t('report.outcome.none')}</p>
      ) : (
        <>
          <p>
            {t('report.outcome.recommended', { date: date(outcome.decidedAt) })}{' '}
            <strong>
              {outcome.selected.length === 0
                ? t('report.outcome.noCandidate')
                : outcome.selected.map((s) => s.name).join(', ')}
            </strong>
            .
          </p>
          <h3>{t('report.outcome.rationale')}</h3>
          <p className="report-rationale">{outcome.rationale}</p>
          <table className="report-table">
            <caption>{t('report.outcome.concurrences')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('report.outcome.member')}</th>
                <th scope="col">{t('report.outcome.concurs')}</th>
                <th scope="col">{t('report.outcome.note')}</th>
              </tr>
            </thead>
            <tbody>
              {outcome.concurrences.map((c) => (
                <tr key={c.memberId}>
                  <th scope="row">{member(c.label)}</th>
                  <td>{c.agrees ? t('report.outcome.agrees') : t('report.outcome.dissents')}</td>
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
  const { t, member } = useReportText();
  return (
    <section className="report-section report-inputs" aria-labelledby="report-inputs">
      <h2 id="report-inputs">{t('report.inputs.heading')}</h2>
      <p>{t('report.inputs.rerun')}</p>
      <dl className="report-facts report-hashes">
        <div>
          <dt>{t('report.inputs.exerciseHash')}</dt>
          <dd className="report-hash">{model.decision.exerciseHash}</dd>
        </div>
        <div>
          <dt>{t('report.inputs.decisionHash')}</dt>
          <dd className="report-hash">{model.decision.hash}</dd>
        </div>
        <div>
          <dt>{t('report.inputs.signedBy')}</dt>
          <dd>
            {model.decision.signerFingerprint === null
              ? t('report.inputs.notSigned')
              : t('report.inputs.signedByKey', { fingerprint: model.decision.signerFingerprint })}{' '}
            {t('report.inputs.secretariatKey', { fingerprint: model.exercise.secretariatFingerprint })}
          </dd>
        </div>
      </dl>
      <table className="report-table">
        <caption>{t('report.inputs.sheets')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.inputs.member')}</th>
            <th scope="col">{t('report.inputs.revision')}</th>
            <th scope="col">{t('report.inputs.fingerprint')}</th>
            <th scope="col">{t('report.inputs.pinned')}</th>
            <th scope="col">{t('report.inputs.sheetHash')}</th>
          </tr>
        </thead>
        <tbody>
          {model.inputs.map((i) => (
            <tr key={i.memberId}>
              <th scope="row">{member(i.label)}</th>
              <td>{i.revision}</td>
              <td className="report-fingerprint">{i.fingerprint}</td>
              <td>{i.pinned ? t('report.inputs.yes') : t('report.inputs.notPinned')}</td>
              <td className="report-hash">{i.sheetHash}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {model.rejected.length === 0 ? (
        <p>{t('report.inputs.noneRejected')}</p>
      ) : (
        <table className="report-table">
          <caption>{t('report.inputs.rejected')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('report.inputs.fileHash')}</th>
              <th scope="col">{t('report.inputs.member')}</th>
              <th scope="col">{t('report.inputs.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {model.rejected.map((r) => (
              <tr key={`${r.fileHash}/${r.reason}`}>
                <td className="report-hash">{r.fileHash}</td>
                <td>{r.memberId ?? t('report.inputs.unknown')}</td>
                <td>{r.reason}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
