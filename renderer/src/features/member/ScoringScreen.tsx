// Scoring one candidate: every competency with its guide and anchors, evidence notes, an
// overall comment, and recusal. The screen keeps its own copy of the member's entries (so
// typing never waits on the disk) and writes each change through the save queue.

import { useCallback, useEffect, useState } from 'react';
import type { Candidate, Exercise } from '../../../../core/types';
import { declareRecusal, readCandidateWork, setComment, setEvidence, setScore, withdrawRecusal } from '../../db';
import { describeError } from '../../app/use-live-query';
import { RecusalPanel } from './RecusalPanel';
import { CriterionScore } from './CriterionScore';
import { InterviewMode } from './InterviewMode';
import { SaveIndicator } from './SaveIndicator';
import { useSaveQueue } from './use-save-queue';
import { useT } from '../../i18n';

interface Draft {
  scores: Record<string, number | null>;
  evidence: Record<string, string>;
  comment: string;
  recusalReason: string | undefined;
}

interface Props {
  workspaceId: string;
  exercise: Exercise;
  candidate: Candidate;
  /** "Candidate 2 of 5", and the way to the neighbours and back to the list. */
  position: { index: number; count: number };
  onNavigate: (target: 'list' | 'previous' | 'next') => void;
  /** Opens the candidate's dossier (fields and documents). */
  onOpenDossier?: () => void;
}

/** The scoring screen for one candidate (mount it with `key={candidate.id}`). */
export function ScoringScreen({ workspaceId, exercise, candidate, position, onNavigate, onOpenDossier }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<Draft | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const { state, save } = useSaveQueue();
  const [interviewing, setInterviewing] = useState(false);

  // Stable callbacks, so that typing in one competency re-renders that row only (CriterionScore is memoised).
  const scoreChanged = useCallback(
    (criterionId: string, score: number | null) => {
      setDraft((d) => (d ? { ...d, scores: { ...d.scores, [criterionId]: score } } : d));
      save(`score:${criterionId}`, () => setScore(workspaceId, candidate.id, criterionId, score));
    },
    [save, workspaceId, candidate.id],
  );
  const evidenceChanged = useCallback(
    (criterionId: string, text: string) => {
      setDraft((d) => (d ? { ...d, evidence: { ...d.evidence, [criterionId]: text } } : d));
      save(`evidence:${criterionId}`, () => setEvidence(workspaceId, candidate.id, criterionId, text));
    },
    [save, workspaceId, candidate.id],
  );

  useEffect(() => {
    let live = true;
    readCandidateWork(workspaceId, candidate.id).then(
      ({ scores, note }) => {
        if (!live) return;
        setDraft({
          scores: Object.fromEntries(scores.map((s) => [s.criterionId, s.score])),
          evidence: Object.fromEntries(scores.map((s) => [s.criterionId, s.evidence ?? ''])),
          comment: note?.comment ?? '',
          recusalReason: note?.recused ? (note.recusalReason ?? '') : undefined,
        });
      },
      (error: unknown) => live && setLoadError(describeError(error)),
    );
    return () => {
      live = false;
    };
  }, [workspaceId, candidate.id]);

  if (loadError) {
    return (
      <p className="alert alert--error" role="alert">
        {t('member.scoring.unreadable', { name: candidate.name, message: loadError })}
      </p>
    );
  }
  if (!draft) return <p role="status">{t('member.scoring.opening', { name: candidate.name })}</p>;

  const rated = exercise.criteria.filter((c) => (draft.scores[c.id] ?? null) !== null).length;
  const recused = draft.recusalReason !== undefined;

  // Functional updates: two changes in one tick must both land.
  const update = (change: (d: Draft) => Draft) => setDraft((d) => (d ? change(d) : d));
  const commentChanged = (text: string) => {
    update((d) => ({ ...d, comment: text }));
    save('comment', () => setComment(workspaceId, candidate.id, text));
  };
  const recuse = (reason: string) => {
    update((d) => ({ ...d, scores: {}, evidence: {}, recusalReason: reason }));
    save('recusal', () => declareRecusal(workspaceId, candidate.id, reason));
  };
  const withdraw = () => {
    update((d) => ({ ...d, recusalReason: undefined }));
    save('recusal', () => withdrawRecusal(workspaceId, candidate.id));
  };

  return (
    <article className="scoring" aria-labelledby="scoring-title">
      <nav className="scoring__nav" aria-label={t('member.candidates.title')}>
        <button type="button" className="link-button" onClick={() => onNavigate('list')}>
          {t('member.scoring.all')}
        </button>
        <span className="muted">
          {t('member.scoring.position', { index: position.index + 1, count: position.count })}
        </span>
        {!recused && (
          <button type="button" className="button button--small" onClick={() => setInterviewing(true)}>
            {t('member.scoring.interviewMode')}
          </button>
        )}
        {onOpenDossier && (
          <button type="button" className="button button--small" onClick={onOpenDossier}>
            {t('member.scoring.readDossier')}
          </button>
        )}
        <span className="scoring__neighbours">
          <button type="button" className="button button--small" disabled={position.index === 0} onClick={() => onNavigate('previous')}>
            {t('member.scoring.previous')}
          </button>
          <button type="button" className="button button--small" disabled={position.index === position.count - 1} onClick={() => onNavigate('next')}>
            {t('member.scoring.next')}
          </button>
        </span>
      </nav>
      <header className="scoring__header">
        <h1 id="scoring-title" className="page__title">
          {candidate.name}
        </h1>
        {candidate.summary && <p className="scoring__summary">{candidate.summary}</p>}
      </header>
      <div className="scoring__bar">
        <p className="scoring__progress">
          {recused
            ? t('member.scoring.progressRecused', { name: candidate.name })
            : t('member.scoring.progress', { name: candidate.name, rated, count: exercise.criteria.length })}
        </p>
        <SaveIndicator state={state} />
      </div>
      <RecusalPanel
        candidateName={candidate.name}
        recusalReason={draft.recusalReason}
        scoredCount={rated}
        onDeclare={recuse}
        onWithdraw={withdraw}
      />
      {interviewing && !recused && (
        <InterviewMode
          exercise={exercise}
          candidate={candidate}
          scores={draft.scores}
          evidence={draft.evidence}
          saveState={state}
          onScore={scoreChanged}
          onEvidence={evidenceChanged}
          onClose={() => setInterviewing(false)}
        />
      )}
      {!recused && (
        <>
          <p className="hint">
            {t('member.scoring.keyboard')}
          </p>
          {exercise.criteria.map((criterion, index) => (
            <CriterionScore
              key={criterion.id}
              criterion={criterion}
              index={index}
              scale={exercise.scale}
              score={draft.scores[criterion.id] ?? null}
              evidence={draft.evidence[criterion.id] ?? ''}
              onScore={scoreChanged}
              onEvidence={evidenceChanged}
            />
          ))}
          <section className="score-criterion" aria-labelledby="scoring-comment">
            <h2 id="scoring-comment" className="score-criterion__name">
              {t('member.scoring.comment')}
            </h2>
            <div className="field field--wide">
              <label htmlFor="scoring-comment-text">{t('member.scoring.commentOn', { name: candidate.name })}</label>
              <textarea
                id="scoring-comment-text"
                value={draft.comment}
                rows={4}
                maxLength={20_000}
                onChange={(event) => commentChanged(event.target.value)}
              />
            </div>
          </section>
        </>
      )}
    </article>
  );
}
