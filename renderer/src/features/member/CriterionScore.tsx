// One competency on the scoring screen: what it means, what to look for, the anchor of every
// scale point as the choices, the questions, and the member's evidence notes.

import { type KeyboardEvent, memo, useId } from 'react';
import { approxEqual } from '../../../../core/formats/common';
import type { Criterion, Scale } from '../../../../core/types';
import { formatPoint, labelledPoints, textForPoint } from '../../app/exercise/scale-text';
import { useT } from '../../i18n';

interface Props {
  criterion: Criterion;
  index: number;
  scale: Scale;
  score: number | null;
  evidence: string;
  /** Stable across renders (the row is memoised: typing in one row must not re-render the others). */
  onScore: (criterionId: string, score: number | null) => void;
  onEvidence: (criterionId: string, text: string) => void;
}

/** The score and notes for one criterion; re-renders only when its own props change. */
export const CriterionScore = memo(function CriterionScore({ criterion, index, scale, score, evidence, onScore: onScoreOf, onEvidence: onEvidenceOf }: Props) {
  const onScore = (value: number | null) => onScoreOf(criterion.id, value);
  const onEvidence = (text: string) => onEvidenceOf(criterion.id, text);
  const t = useT();
  const id = useId();
  const points = labelledPoints(scale);

  // Digits pick a point directly; Delete or Backspace clears. Arrows and Tab are the radios' own.
  const onKeyDown = (event: KeyboardEvent<HTMLFieldSetElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      onScore(null);
      return;
    }
    if (!/^[0-9]$/.test(event.key)) return;
    const point = points.find((p) => approxEqual(p.point, Number(event.key)));
    if (!point) return;
    event.preventDefault();
    onScore(point.point);
    const radio = event.currentTarget.querySelector<HTMLInputElement>(`input[value="${point.point}"]`);
    radio?.focus();
  };

  return (
    <section className="score-criterion" aria-labelledby={`${id}-name`}>
      <h2 id={`${id}-name`} className="score-criterion__name">
        <span className="score-criterion__number">{index + 1}.</span> {criterion.name}
      </h2>
      {criterion.description && <p className="score-criterion__description">{criterion.description}</p>}
      {(criterion.indicators?.length || criterion.questions?.length) && (
        <div className="score-criterion__guide">
          {criterion.indicators && criterion.indicators.length > 0 && (
            <div>
              <h3 className="criterion__subhead">{t('app.exercise.lookFor')}</h3>
              <ul>
                {criterion.indicators.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </div>
          )}
          {criterion.questions && criterion.questions.length > 0 && (
            <div>
              <h3 className="criterion__subhead">{t('kit.questions')}</h3>
              <ol>
                {criterion.questions.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ol>
            </div>
          )}
        </div>
      )}
      <fieldset className="score-choice" onKeyDown={onKeyDown}>
        <legend>
          {t('member.score.yourScore', { name: criterion.name })}
          {score !== null && <span className="score-choice__current">: {formatPoint(score)}</span>}
        </legend>
        <div className="score-choice__options">
          {points.map(({ point, label }) => {
            const anchor = textForPoint(criterion.anchors, point);
            const checked = score !== null && approxEqual(score, point);
            return (
              <label key={point} className={`score-option${checked ? ' score-option--checked' : ''}`}>
                <input
                  type="radio"
                  name={`${id}-score`}
                  value={point}
                  checked={checked}
                  onChange={() => onScore(point)}
                  aria-describedby={anchor ? `${id}-anchor-${point}` : undefined}
                />
                <span className="score-option__point">{formatPoint(point)}</span>
                {label && <span className="score-option__label">{label}</span>}
                {anchor && (
                  <span id={`${id}-anchor-${point}`} className="score-option__anchor">
                    {anchor}
                  </span>
                )}
              </label>
            );
          })}
        </div>
        {score !== null && (
          <button type="button" className="link-button score-choice__clear" onClick={() => onScore(null)}>
            {t('member.score.clear', { name: criterion.name })}
          </button>
        )}
      </fieldset>
      <div className="field field--wide">
        <label htmlFor={`${id}-evidence`}>{t('member.score.evidence', { name: criterion.name })}</label>
        <textarea
          id={`${id}-evidence`}
          value={evidence}
          rows={3}
          maxLength={20_000}
          onChange={(event) => onEvidence(event.target.value)}
        />
      </div>
    </section>
  );
});
