// Recording a consensus score for one item: the members' independent scores stay in view beside
// it, the score must be a point of the scale, and the panel must write why it agreed it.

import { type FormEvent, useId, useState } from 'react';
import { isScalePoint, scalePoints } from '../../../../core/formats/scale';
import type { ConsensusScore } from '../../../../core/types';
import { describeError } from '../../app/use-live-query';
import { recordConsensus, withdrawConsensus } from '../../db/debrief-state';
import { useT } from '../../i18n';
import { formatPoint, formatPointRange, formatScore } from './debrief-format';
import { type DebriefData, criterionName, itemKey } from './debrief-model';

interface Props {
  workspaceId: string;
  data: DebriefData;
  candidateId: string;
  criterionId: string;
  agreed: ConsensusScore | undefined;
  label: (memberId: string) => string;
  onClose: () => void;
}

/** The form that records (or withdraws) the consensus score of one (candidate, criterion). */
export function ConsensusForm({
  workspaceId,
  data,
  candidateId,
  criterionId,
  agreed,
  label,
  onClose,
}: Props) {
  const t = useT();
  const { exercise } = data;
  const [score, setScore] = useState<number | null>(agreed?.score ?? null);
  const [justification, setJustification] = useState(agreed?.justification ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const justificationId = useId();
  const summary = data.decision.candidates.find((c) => c.candidateId === candidateId)?.criteria[criterionId];
  const independent = data.scores.get(itemKey(candidateId, criterionId)) ?? [];
  const name = criterionName(exercise, criterionId);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (score === null || !isScalePoint(exercise.scale, score))
      return setProblem(t('debrief.consensusForm.missingScore'));
    if (justification.trim() === '') return setProblem(t('debrief.consensusForm.missingJustification'));
    try {
      await recordConsensus(workspaceId, { candidateId, criterionId, score, justification });
      setProblem(null);
      onClose();
    } catch (error) {
      setProblem(t('debrief.consensusForm.saveFailed', { message: describeError(error) }));
    }
  }

  async function withdraw() {
    try {
      await withdrawConsensus(workspaceId, candidateId, criterionId);
      onClose();
    } catch (error) {
      setProblem(t('debrief.consensusForm.withdrawFailed', { message: describeError(error) }));
    }
  }

  return (
    <form
      className="consensus-form"
      aria-label={t('debrief.consensusForm.title', { name })}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h4>{t('debrief.consensusForm.title', { name })}</h4>
      <p className="consensus-form__independent">
        {t(
          summary?.min == null
            ? 'debrief.consensusForm.independent'
            : 'debrief.consensusForm.independentRange',
          {
            scores:
              independent.map((s) => `${label(s.memberId)} ${formatPoint(s.score)}`).join(' · ') ||
              t('debrief.consensusForm.none'),
            mean: formatScore(summary?.mean),
            range: formatPointRange(summary?.min, summary?.max),
          },
        )}
      </p>
      <fieldset className="consensus-form__scale">
        <legend>{t('debrief.consensusForm.score')}</legend>
        {scalePoints(exercise.scale).map((point) => (
          <label key={point} className="scale-choice">
            <input
              type="radio"
              name="consensus-score"
              value={point}
              checked={score === point}
              onChange={() => setScore(point)}
            />
            <span>{formatPoint(point)}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={justificationId}>{t('debrief.consensusForm.justification')}</label>
      <textarea
        id={justificationId}
        rows={3}
        value={justification}
        onChange={(event) => setJustification(event.target.value)}
        required
      />
      {problem && (
        <p className="deck-alert" role="alert">
          {problem}
        </p>
      )}
      <div className="consensus-form__actions">
        <button type="submit" className="button button--primary">
          {t('debrief.consensusForm.record')}
        </button>
        {agreed && (
          <button type="button" className="button" onClick={() => void withdraw()}>
            {t('debrief.consensusForm.withdraw')}
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          {t('debrief.consensusForm.cancel')}
        </button>
      </div>
    </form>
  );
}
