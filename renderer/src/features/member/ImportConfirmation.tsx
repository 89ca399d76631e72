// What the member confirms before a verified package is stored: on first import the
// secretariat's fingerprint, large, to compare aloud; for a newer version what changes.

import { useEffect, useRef } from 'react';
import { formatTimestamp } from '../../app/format';
import type { Exercise } from '../../../../core/types';
import type { ImportPlan } from '../../db';

interface Props {
  exercise: Exercise;
  plan: ImportPlan;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The confirmation step of an import (or the refusal of a package signed by another key). */
export function ImportConfirmation({ exercise, plan, onConfirm, onCancel }: Props) {
  // Moves focus (and so the view) to what needs deciding: it may be below the fold.
  const focusTarget = useRef<HTMLHeadingElement & HTMLParagraphElement>(null);
  useEffect(() => focusTarget.current?.focus(), []);
  if (plan.kind === 'foreign') {
    return (
      <div className="import-confirm">
        <p className="alert alert--error" role="alert" tabIndex={-1} ref={focusTarget}>
          This package for “{exercise.title}” is signed by secretariat key{' '}
          <code className="fingerprint">{plan.fingerprint}</code>, but you first imported this exercise with
          key <code className="fingerprint">{plan.pinnedFingerprint}</code>. It may not come from your
          secretariat: do not use it, and ask the secretariat to confirm their key fingerprint with you.
          Nothing was stored.
        </p>
        <button type="button" className="button" onClick={onCancel}>
          Close
        </button>
      </div>
    );
  }
  return (
    <div className="import-confirm" role="group" aria-labelledby="import-confirm-title">
      <h3 id="import-confirm-title" className="import-confirm__title" tabIndex={-1} ref={focusTarget}>
        {plan.kind === 'newer'
          ? `A newer version of “${exercise.title}”`
          : `“${exercise.title}”: check who signed it`}
      </h3>
      <p>The package is intact and signed by the secretariat key with this fingerprint:</p>
      <p
        className="import-confirm__fingerprint"
        aria-label={`Secretariat key fingerprint ${plan.fingerprint}`}
      >
        {plan.fingerprint}
      </p>
      {plan.kind !== 'newer' ? (
        <p>
          Read it aloud with the secretariat ({exercise.secretariat.name}), by phone or in person. Confirm
          only if it matches what they read to you: Panelscore will then accept later packages for this
          exercise only from this key.
        </p>
      ) : (
        <p>
          It is the key you confirmed before. This version was issued {formatTimestamp(exercise.issuedAt)} and
          replaces the one issued {formatTimestamp(plan.previousIssuedAt)}. Your scores are kept where the
          candidate and the competency are still in the exercise
          {plan.droppedScores > 0
            ? `; ${plan.droppedScores} score${plan.droppedScores === 1 ? '' : 's'} for candidates or competencies no longer in it will be removed.`
            : '; none of them is lost.'}
        </p>
      )}
      <div className="import-confirm__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {plan.kind === 'newer' ? 'Replace with the newer version' : 'Confirm: the fingerprint matches'}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </div>
  );
}
