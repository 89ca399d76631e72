// Interview mode: the whole window for one competency at a time while the candidate speaks —
// large type, its questions and anchors, a digit to score, notes, a clock. Esc leaves.

import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { approxEqual } from '../../../../core/formats/common';
import type { Candidate, Exercise } from '../../../../core/types';
import { formatPoint, labelledPoints, textForPoint } from '../../app/exercise/scale-text';
import { SaveIndicator } from './SaveIndicator';
import type { SaveState } from './use-save-queue';
import { intlLocale, useT } from '../../i18n';

interface Props {
  exercise: Exercise;
  candidate: Candidate;
  scores: Record<string, number | null>;
  evidence: Record<string, string>;
  saveState: SaveState;
  onScore: (criterionId: string, score: number | null) => void;
  onEvidence: (criterionId: string, text: string) => void;
  onClose: () => void;
}

function elapsed(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

/** The current time and how long the interview has run, updated every few seconds. */
function InterviewClock() {
  const t = useT();
  const clockFormat = new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit' });
  const [started] = useState(() => Date.now());
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 5_000);
    return () => clearInterval(timer);
  }, []);
  return (
    <p
      className="interview__clock"
      aria-label={t('member.interview.clock', { time: clockFormat.format(now), elapsed: elapsed(now - started) })}
    >
      <time>{clockFormat.format(now)}</time>{' '}
      <span className="interview__elapsed">{t('member.interview.elapsed', { elapsed: elapsed(now - started) })}</span>
    </p>
  );
}

/** The distraction-free interview view of one candidate. */
export function InterviewMode({
  exercise,
  candidate,
  scores,
  evidence,
  saveState,
  onScore,
  onEvidence,
  onClose,
}: Props) {
  const t = useT();
  const [index, setIndex] = useState(0);
  const root = useRef<HTMLDivElement>(null);
  const criteria = exercise.criteria;
  const criterion = criteria[index];
  const points = labelledPoints(exercise.scale);

  // Focus comes in (so keys work at once) and goes back where it was when the view closes.
  useEffect(() => {
    const previous = document.activeElement;
    root.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);
  if (!criterion) return null;
  const score = scores[criterion.id] ?? null;
  const move = (step: number) => setIndex((i) => Math.min(criteria.length - 1, Math.max(0, i + step)));

  // Esc always leaves; in the notes every other key is typing. Elsewhere: digits score, arrows move.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey || event.target instanceof HTMLTextAreaElement) return;
    if (event.key === 'ArrowRight' || event.key === 'PageDown') move(1);
    else if (event.key === 'ArrowLeft' || event.key === 'PageUp') move(-1);
    else if (event.key === 'Delete' || event.key === 'Backspace') onScore(criterion.id, null);
    else {
      const point = /^[0-9]$/.test(event.key)
        ? points.find((p) => approxEqual(p.point, Number(event.key)))
        : undefined;
      if (!point) return;
      onScore(criterion.id, point.point);
    }
    event.preventDefault();
  };

  return (
    <div
      ref={root}
      className="interview"
      role="dialog"
      aria-modal="true"
      aria-labelledby="interview-title"
      tabIndex={-1}
      onKeyDown={onKeyDown}
    >
      <header className="interview__top">
        <h1 id="interview-title" className="interview__candidate">
          {candidate.name}
        </h1>
        <InterviewClock />
        <SaveIndicator state={saveState} />
        <button type="button" className="button" onClick={onClose}>
          {t('member.interview.leave')}
        </button>
      </header>
      <section className="interview__criterion" aria-labelledby="interview-criterion">
        <p className="interview__position">
          {t('member.interview.position', { index: index + 1, count: criteria.length })}
        </p>
        <h2 id="interview-criterion" className="interview__name">
          {criterion.name}
        </h2>
        {criterion.questions && criterion.questions.length > 0 && (
          <ol className="interview__questions" aria-label={t('kit.questions')}>
            {criterion.questions.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ol>
        )}
        <ul className="interview__anchors" aria-label={t('member.score.yourScore', { name: criterion.name })}>
          {points.map(({ point, label }) => {
            const chosen = score !== null && approxEqual(score, point);
            return (
              <li key={point}>
                <button
                  type="button"
                  className={`interview__anchor${chosen ? ' interview__anchor--chosen' : ''}`}
                  aria-pressed={chosen}
                  onClick={() => onScore(criterion.id, chosen ? null : point)}
                >
                  <span className="interview__point">{formatPoint(point)}</span>
                  <span>{textForPoint(criterion.anchors, point) ?? label ?? ''}</span>
                </button>
              </li>
            );
          })}
        </ul>
        <label className="interview__notes-label" htmlFor="interview-notes">
          {t('member.score.evidence', { name: criterion.name })}
        </label>
        <textarea
          id="interview-notes"
          className="interview__notes"
          value={evidence[criterion.id] ?? ''}
          rows={3}
          maxLength={20_000}
          onChange={(event) => onEvidence(criterion.id, event.target.value)}
        />
      </section>
      <footer className="interview__bottom">
        <button type="button" className="button" disabled={index === 0} onClick={() => move(-1)}>
          {t('member.interview.previous')}
        </button>
        <p className="hint">{t('member.interview.keys')}</p>
        <button
          type="button"
          className="button button--primary"
          disabled={index === criteria.length - 1}
          onClick={() => move(1)}
        >
          {t('member.interview.next')}
        </button>
      </footer>
    </div>
  );
}
