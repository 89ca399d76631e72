// Recording a consensus score for one item: the members' independent scores stay in view beside
// it, the score must be a point of the scale, and the panel must write why it agreed it.

import { type FormEvent, useId, useState } from 'react';
import { isScalePoint, scalePoints } from '../../../../core/formats/scale';
import type { ConsensusScore } from '../../../../core/types';
import { describeError } from '../../app/use-live-query';
import { recordConsensus, withdrawConsensus } from '../../db/debrief-state';
import { formatScore } from '../../../../core/report/format';
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
      return setProblem('Choose the consensus score the panel agreed, then record it.');
    if (justification.trim() === '')
      return setProblem(
        'Write the justification: a consensus score is recorded only with the reason the panel agreed it.',
      );
    try {
      await recordConsensus(workspaceId, { candidateId, criterionId, score, justification });
      setProblem(null);
      onClose();
    } catch (error) {
      setProblem(`The consensus score was not saved: ${describeError(error)}`);
    }
  }

  async function withdraw() {
    try {
      await withdrawConsensus(workspaceId, candidateId, criterionId);
      onClose();
    } catch (error) {
      setProblem(`The consensus score was not withdrawn: ${describeError(error)}`);
    }
  }

  return (
    <form
      className="consensus-form"
      aria-label={`Consensus on ${name}`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h4>Consensus on {name}</h4>
      <p className="consensus-form__independent">
        Independent scores: {independent.map((s) => `${label(s.memberId)} ${s.score}`).join(' · ') || 'none'}{' '}
        — mean {formatScore(summary?.mean ?? null)}
        {summary?.min != null && `, range ${summary.min}–${summary.max}`}
      </p>
      <fieldset className="consensus-form__scale">
        <legend>Consensus score</legend>
        {scalePoints(exercise.scale).map((point) => (
          <label key={point} className="scale-choice">
            <input
              type="radio"
              name="consensus-score"
              value={point}
              checked={score === point}
              onChange={() => setScore(point)}
            />
            <span>{point}</span>
          </label>
        ))}
      </fieldset>
      <label htmlFor={justificationId}>Justification (required)</label>
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
          Record consensus score
        </button>
        {agreed && (
          <button type="button" className="button" onClick={() => void withdraw()}>
            Withdraw consensus
          </button>
        )}
        <button type="button" className="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </form>
  );
}
