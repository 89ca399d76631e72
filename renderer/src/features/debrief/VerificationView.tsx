// First view of the reveal sequence: which sheets are in, from whom, whether their keys are
// confirmed, what was refused and why, and how complete the scoring is — no scores yet.

import { countOf } from '../../app/format';
import { type DebriefData, candidateName } from './debrief-model';

interface Props {
  data: DebriefData;
  label: (memberId: string) => string;
}

/** The inputs of the merge, the rejected files with reasons, and completeness per candidate. */
export function VerificationView({ data, label }: Props) {
  const { exercise, decision } = data;
  const missing = exercise.panel.filter((m) => !decision.inputs.some((i) => i.memberId === m.id));
  return (
    <div className="deck-view verification">
      <div>
        <section aria-labelledby="inputs-title">
          <h3 id="inputs-title">
            {countOf(decision.inputs.length, 'score sheet')} from a panel of {exercise.panel.length}
          </h3>
          <table className="deck-table">
            <thead>
              <tr>
                <th scope="col">Member</th>
                <th scope="col">Revision</th>
                <th scope="col">Key fingerprint</th>
                <th scope="col">Key</th>
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
                    {input.pinned ? '✓ Confirmed' : '⚠ Not confirmed'}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {missing.length > 0 && (
            <p className="deck-note warn">No sheet yet from {missing.map((m) => label(m.id)).join(', ')}.</p>
          )}
        </section>
        <section aria-labelledby="rejected-title">
          <h3 id="rejected-title">
            {decision.rejected.length === 0
              ? 'No file was rejected'
              : `${countOf(decision.rejected.length, 'file')} rejected`}
          </h3>
          {decision.rejected.length > 0 && (
            <ul className="deck-list">
              {decision.rejected.map((r) => (
                <li key={`${r.fileHash}/${r.reason}`}>
                  <strong>{r.memberId === null ? 'Unreadable file' : label(r.memberId)}</strong>: {r.reason}{' '}
                  <code className="hash">{r.fileHash.slice(7, 19)}</code>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="completeness-title">
        <h3 id="completeness-title">Completeness</h3>
        <table className="deck-table">
          <thead>
            <tr>
              <th scope="col">Candidate</th>
              <th scope="col">Scored in full</th>
              <th scope="col">Recused</th>
              <th scope="col">Incomplete</th>
            </tr>
          </thead>
          <tbody>
            {decision.candidates.map((c) => {
              const complete = decision.inputs.length - c.recused.length - c.incomplete.length;
              return (
                <tr key={c.candidateId}>
                  <th scope="row">{candidateName(exercise, c.candidateId)}</th>
                  <td>
                    {complete} of {decision.inputs.length}
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
