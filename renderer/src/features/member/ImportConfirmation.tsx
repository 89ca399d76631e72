// What the member confirms before a verified package is stored: on first import the
// secretariat's fingerprint, large, to compare aloud; for a newer version what changes.

import { useEffect, useRef } from 'react';
import { Trans } from 'react-i18next';
import { formatTimestamp } from '../../app/format';
import type { Exercise } from '../../../../core/types';
import type { ImportPlan } from '../../db';
import { useT } from '../../i18n';

interface Props {
  exercise: Exercise;
  plan: ImportPlan;
  onConfirm: () => void;
  onCancel: () => void;
}

/** The confirmation step of an import (or the refusal of a package signed by another key). */
export function ImportConfirmation({ exercise, plan, onConfirm, onCancel }: Props) {
  const t = useT();
  // Moves focus (and so the view) to what needs deciding: it may be below the fold.
  const focusTarget = useRef<HTMLHeadingElement & HTMLParagraphElement>(null);
  useEffect(() => focusTarget.current?.focus(), []);
  if (plan.kind === 'foreign') {
    return (
      <div className="import-confirm">
        <p className="alert alert--error" role="alert" tabIndex={-1} ref={focusTarget}>
          <Trans
            i18nKey="import.confirm.foreign"
            values={{ title: exercise.title, fingerprint: plan.fingerprint, pinned: plan.pinnedFingerprint }}
            components={{ code: <code className="fingerprint" /> }}
          />
        </p>
        <button type="button" className="button" onClick={onCancel}>
          {t('import.confirm.close')}
        </button>
      </div>
    );
  }
  return (
    <div className="import-confirm" role="group" aria-labelledby="import-confirm-title">
      <h3 id="import-confirm-title" className="import-confirm__title" tabIndex={-1} ref={focusTarget}>
        {t(plan.kind === 'newer' ? 'import.confirm.newerTitle' : 'import.confirm.firstTitle', { title: exercise.title })}
      </h3>
      <p>{t('import.confirm.signedBy')}</p>
      <p
        className="import-confirm__fingerprint"
        aria-label={t('import.confirm.fingerprintLabel', { fingerprint: plan.fingerprint })}
      >
        {plan.fingerprint}
      </p>
      {plan.kind !== 'newer' ? (
        <p>{t('import.confirm.readAloud', { secretariat: exercise.secretariat.name })}</p>
      ) : (
        <p>
          {t(plan.droppedScores > 0 ? 'import.confirm.newerDropped' : 'import.confirm.newerKept', {
            issued: formatTimestamp(exercise.issuedAt),
            previous: formatTimestamp(plan.previousIssuedAt),
            count: plan.droppedScores,
          })}
        </p>
      )}
      <div className="import-confirm__actions">
        <button type="button" className="button button--primary" onClick={onConfirm}>
          {t(plan.kind === 'newer' ? 'import.confirm.replace' : 'import.confirm.matches')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('import.confirm.cancel')}
        </button>
      </div>
    </div>
  );
}
