// First view of the reveal sequence: which sheets are in, from whom, whether their keys are
// confirmed, what was refused and why, and how complete the scoring is — no scores yet.

import { useT } from '../../i18n';
import { type DebriefData, candidateName } from './debrief-model';

interface Props {
  data: DebriefData;
  label: (memberId: string) => string;
}

/** The inputs of the merge, the rejected files with reasons, and completeness per candidate. */
export function VerificationView({ data, label }: Props) {
  const t = useT();
  const { exercise, decision } = data;
  const missing = exercise.panel.filter((m) => !decision.inputs.some((i) => i.memberId === m.id));
  return (
    <div className="deck-view verification">
      <div>
        <section aria-labelledby="inputs-title">
          <h3 id="inputs-title">
            {t('debrief.verification.sheets', {
              count: decision.inputs.length,
              panel: exercise.panel.length,
            })}
          </h3>
          <table className="deck-table">
            <thead>
              <tr>
                <th scope="col">{t('debrief.columns.member')}</th>
                <th scope="col">{t('debrief.verification.revision')}</th>
                <th scope="col">{t('debrief.verification.fingerprint')}</th>
                <th scope="col">{t('debrief.verification.key')}</th>
              </tr>
            </thead>
            <tbody>
              {decision.inputs.map((input) => (
                <tr key={input.memberId}>
                  <th scope="row">{label(input.memberId)}</th>
                  <td>{input.revision}</td>
                  <td>
                    <code className="fingerprint">{input.fingerprint}</code>
                  </td>
                  <td className={input.pinned ? 'ok nowrap' : 'warn nowrap'}>
                    {input.pinned
                      ? t('debrief.verification.confirmed')
                      : t('debrief.verification.notConfirmed')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {missing.length > 0 && (
            <p className="deck-note warn">
              {t('debrief.verification.missing', { names: missing.map((m) => label(m.id)).join(', ') })}
            </p>
          )}
        </section>
        <section aria-labelledby="rejected-title">
          <h3 id="rejected-title">
            {decision.rejected.length === 0
              ? t('debrief.verification.noneRejected')
              : t('debrief.verification.rejected', { count: decision.rejected.length })}
          </h3>
          {decision.rejected.length > 0 && (
            <ul className="deck-list">
              {decision.rejected.map((r) => (
                <li key={`${r.fileHash}/${r.reason}`}>
                  <strong>
                    {r.memberId === null ? t('debrief.verification.unreadable') : label(r.memberId)}
                  </strong>
                  : {r.reason} <code className="hash">{r.fileHash.slice(7, 19)}</code>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="completeness-title">
        <h3 id="completeness-title">{t('debrief.verification.completeness')}</h3>
        <table className="deck-table">
          <thead>
            <tr>
              <th scope="col">{t('debrief.columns.candidate')}</th>
              <th scope="col">{t('debrief.verification.scoredInFull')}</th>
              <th scope="col">{t('debrief.verification.recused')}</th>
              <th scope="col">{t('debrief.verification.incomplete')}</th>
            </tr>
          </thead>
          <tbody>
            {decision.candidates.map((c) => {
              const complete = decision.inputs.length - c.recused.length - c.incomplete.length;
              return (
                <tr key={c.candidateId}>
                  <th scope="row">{candidateName(exercise, c.candidateId)}</th>
                  <td>
                    {t('debrief.verification.ofTotal', { count: complete, total: decision.inputs.length })}
                  </td>
                  <td>{c.recused.length === 0 ? '—' : c.recused.map(label).join(', ')}</td>
                  <td className={c.incomplete.length > 0 ? 'warn' : undefined}>
                    {c.incomplete.length === 0 ? '—' : c.incomplete.map(label).join(', ')}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </section>
    </div>
  );
}
