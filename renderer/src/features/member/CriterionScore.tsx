// One competency on the scoring screen: what it means, what to look for, the anchor of every
// scale point as the choices, the questions, and the member's evidence notes.

import { type KeyboardEvent, useId } from 'react';
import { approxEqual } from '../../../../core/formats/common';
import type { Criterion, Scale } from '../../../../core/types';
import { formatPoint, labelledPoints, textForPoint } from '../../app/exercise/scale-text';

interface Props {
  criterion: Criterion;
  index: number;
  scale: Scale;
  score: number | null;
  evidence: string;
  onScore: (score: number | null) => void;
  onEvidence: (text: string) => void;
}

/** The score and notes for one criterion. */
export function CriterionScore({ criterion, index, scale, score, evidence, onScore, onEvidence }: Props) {
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
              <h3 className="criterion__subhead">What to look for</h3>
              <ul>
                {criterion.indicators.map((text, i) => (
                  <li key={i}>{text}</li>
                ))}
              </ul>
            </div>
          )}
          {criterion.questions && criterion.questions.length > 0 && (
            <div>
              <h3 className="criterion__subhead">Questions</h3>
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
          Your score for {criterion.name}
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
            Clear the score for {criterion.name}
          </button>
        )}
      </fieldset>
      <div className="field field--wide">
        <label htmlFor={`${id}-evidence`}>Evidence notes for {criterion.name}</label>
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
}
