// The member's candidates in interview order, with how far each is scored and a search box:
// the screen a member returns to between interviews.

import { useId, useState } from 'react';
import type { Exercise } from '../../../../core/types';
import { EmptyState } from '../first-run/EmptyState';
import { InterviewKitButton } from '../interview-kit/InterviewKitButton';
import type { CandidateProgress } from './member-progress';
import { useT } from '../../i18n';

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
  const t = useT();
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
            {t('member.candidates.title')}
          </h1>
          <p className="muted">{t('member.candidates.done', { done, total: exercise.candidates.length })}</p>
        </div>
        <div className="field">
          <label htmlFor={searchId}>{t('member.candidates.search')}</label>
          <input id={searchId} type="search" value={query} onChange={(event) => setQuery(event.target.value)} />
        </div>
      </div>
      {exercise.candidates.length === 0 ? (
        <EmptyState title={t('member.candidates.noneTitle')}>
          <p>{t('member.candidates.none')}</p>
        </EmptyState>
      ) : rows.length === 0 ? (
        <p role="status">{t('member.candidates.noMatch', { query })}</p>
      ) : (
        <table className="table candidate-table">
          <thead>
            <tr>
              <th scope="col">{t('member.candidates.number')}</th>
              <th scope="col">{t('member.candidates.candidate')}</th>
              <th scope="col">{t('member.candidates.scored')}</th>
              <th scope="col">{t('member.candidates.status')}</th>
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
                  <InterviewKitButton exercise={exercise} candidate={candidate} className="link-button candidate-table__kit" />
                </th>
                <td>
                  {p && p.status !== 'recused' ? (
                    <span className="meter">
                      <progress max={p.total} value={p.rated} aria-label={t('member.candidates.progressLabel', { name: candidate.name, rated: p.rated, total: p.total })} />
                      <span>{t('member.candidates.progress', { rated: p.rated, total: p.total })}</span>
                    </span>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  <span className={`status status--${p?.status ?? 'not-started'}`}>{t(`member.status.${p?.status ?? 'not-started'}`)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
