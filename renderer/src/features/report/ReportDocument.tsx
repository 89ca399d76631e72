/** @jsxRuntime automatic @jsxImportSource react */
// The comparative analysis report as pure React: no Dexie, platform or DOM APIs, so the app shows
// it and the CLI server-renders the very same markup (renderReportHtml) from the same model.
import type { ReportModel } from '../../../../core/report/report-model';
import { CandidateSection } from './CandidateSection';
import { ComparisonHeatmap } from './ComparisonHeatmap';
import { RankingBars } from './RankingBars';
import { DivergenceSection, InputsSection, OutcomeSection, ReliabilitySection } from './ReportRecords';
import { useReportText } from './report-i18n';

function PanelSection({ model }: { model: ReportModel }) {
  const { t, date, member } = useReportText();
  const { exercise } = model;
  return (
    <section className="report-section" aria-labelledby="report-panel">
      <h2 id="report-panel">{t('report.panel.heading')}</h2>
      {exercise.description !== null && <p>{exercise.description}</p>}
      <p>
        {t('report.panel.issued', {
          id: exercise.id,
          date: date(exercise.issuedAt),
          secretariat: exercise.secretariatName,
          fingerprint: exercise.secretariatFingerprint,
        })}{' '}
        {t('report.panel.scored', {
          count: model.candidates.length,
          inputs: model.inputs.length,
          members: model.members.length,
        })}
      </p>
      <table className="report-table">
        <caption>{t('report.panel.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.panel.member')}</th>
            <th scope="col">{t('report.panel.affiliation')}</th>
            <th scope="col">{t('report.panel.role')}</th>
            <th scope="col">{t('report.panel.pinnedKey')}</th>
          </tr>
        </thead>
        <tbody>
          {model.members.map((m) => (
            <tr key={m.id}>
              <th scope="row">{member(m.label)}</th>
              <td>{m.affiliation ?? ''}</td>
              <td>{t(`report.roles.${m.role}`)}</td>
              <td className="report-fingerprint">{m.pinnedFingerprint ?? t('report.none')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function MethodSection({ model }: { model: ReportModel }) {
  const { t, share, numbers } = useReportText();
  const { scale, criteria, divergenceThreshold } = model.exercise;
  return (
    <section className="report-section" aria-labelledby="report-method">
      <h2 id="report-method">{t('report.method.heading')}</h2>
      <p>
        {t('report.method.text', {
          min: numbers.point(scale.min),
          max: numbers.point(scale.max),
          step: numbers.point(scale.step),
          threshold: numbers.point(divergenceThreshold),
        })}
      </p>
      <table className="report-table">
        <caption>{t('report.method.scale')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.method.score')}</th>
            <th scope="col">{t('report.method.meaning')}</th>
          </tr>
        </thead>
        <tbody>
          {scale.points.map((p) => (
            <tr key={p.point}>
              <th scope="row">{numbers.point(p.point)}</th>
              <td>{p.label ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="report-table">
        <caption>{t('report.method.criteria')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.method.criterion')}</th>
            <th scope="col">{t('report.method.kind')}</th>
            <th scope="col">{t('report.method.weight')}</th>
            <th scope="col">{t('report.method.share')}</th>
          </tr>
        </thead>
        <tbody>
          {criteria.map((k) => (
            <tr key={k.id}>
              <th scope="row">{k.name}</th>
              <td>{t(`report.kinds.${k.kind}`)}</td>
              <td>{numbers.point(k.weight)}</td>
              <td>{share(k.weight, k.totalWeight)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

/** The whole printable report for one decision, in the language of the nearest i18next instance. */
export function ReportDocument({ model }: { model: ReportModel }) {
  const { t, date, language } = useReportText();
  return (
    <article className="report-document" aria-labelledby="report-title" lang={language}>
      <header className="report-header">
        <p className="report-kicker">{t('report.title')}</p>
        <h1 id="report-title">{model.exercise.title}</h1>
        <p>
          {t('report.header.decision', { hash: model.decision.hash })}
          {model.outcome !== null && t('report.header.decided', { date: date(model.outcome.decidedAt) })}
        </p>
      </header>
      <PanelSection model={model} />
      <MethodSection model={model} />
      <section className="report-section" aria-labelledby="report-results">
        <h2 id="report-results">{t('report.results.heading')}</h2>
        <RankingBars model={model} />
        <ComparisonHeatmap model={model} />
      </section>
      <section className="report-candidates" aria-labelledby="report-per-candidate">
        <h2 id="report-per-candidate">{t('report.results.perCandidate')}</h2>
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
