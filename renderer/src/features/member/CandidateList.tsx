// The member's candidates in interview order, with how far each is scored and a search box:
// the screen a member returns to between interviews.

import { useId, useState } from 'react';
import type { Exercise } from '../../../../core/types';
import { type CandidateProgress, STATUS_LABELS } from './member-progress';

interface Props {
  exercise: Exercise;
  progress: CandidateProgress[];
  onOpen: (candidateId: string) => void;
}

function matches(query: string, ...texts: (string | undefined)[]): boolean {
  const needle = query.trim().toLocaleLowerCase();
  return needle === '' || texts.some((text) => text?.toLocaleLowerCase().includes(needle));
}

/** The candidate list with progress and status. */
export function CandidateList({ exercise, progress, onOpen }: Props) {
  const [query, setQuery] = useState('');
  const searchId = useId();
  const rows = exercise.candidates
    .map((candidate, index) => ({ candidate, index, progress: progress.find((p) => p.candidateId === candidate.id) }))
    .filter(({ candidate }) => matches(query, candidate.name, candidate.id, candidate.summary));
  const done = progress.filter((p) => p.status === 'complete' || p.status === 'recused').length;

  return (
    <section className="candidate-list" aria-labelledby="candidate-list-title">
      <div className="candidate-list__head">
        <div>
          <h1 id="candidate-list-title" className="page__title">
            Candidates
          </h1>
          <p className="muted">
            {done} of {exercise.candidates.length} done (scored on every competency, or recused). In the order of the interviews.
          </p>
        </div>
        <div className="field">
          <label htmlFor={searchId}>Search candidates</label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      </div>
      {rows.length === 0 ? (
        <p role="status">No candidate matches “{query}”.</p>
      ) : (
        <table className="table candidate-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Candidate</th>
              <th scope="col">Scored</th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ candidate, index, progress: p }) => (
              <tr key={candidate.id}>
                <td>{index + 1}</td>
                <th scope="row">
                  <button type="button" className="link-button candidate-table__open" onClick={() => onOpen(candidate.id)}>
                    {candidate.name}
                  </button>
                  {candidate.summary && <span className="candidate-table__summary">{candidate.summary}</span>}
                </th>
                <td>
                  {p && p.status !== 'recused' ? (
                    <span className="meter">
                      <progress max={p.total} value={p.rated} aria-label={`${candidate.name}: ${p.rated} of ${p.total} scored`} />
                      <span>
                        {p.rated} / {p.total}
                      </span>
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <span className={`status status--${p?.status ?? 'not-started'}`}>{STATUS_LABELS[p?.status ?? 'not-started']}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
