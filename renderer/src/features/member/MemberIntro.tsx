// What a member does before the interviews, above the exercise they read: confirm the
// secretariat's key, read the rubric and the dossiers, then start scoring.

import { countOf, formatTimestamp } from '../../app/format';
import type { ExerciseRecord } from '../../db';

interface Props {
  record: ExerciseRecord;
  memberName: string | null;
  onStart: () => void;
}

/** The "Before the interviews" box. */
export function MemberIntro({ record, memberName, onStart }: Props) {
  const { exercise } = record;
  return (
    <section className="intro" aria-labelledby="member-intro">
      <h2 id="member-intro" className="intro__title">
        Before the interviews
      </h2>
      <ol className="steps">
        <li>
          <strong>Confirm the secretariat’s key.</strong> Read this fingerprint aloud with the secretariat, by phone or in person:{' '}
          <code className="fingerprint">{record.secretariatFingerprint}</code>. If it differs, do not use this package.
        </li>
        <li>
          <strong>Read the {countOf(exercise.criteria.length, 'competency', 'competencies')}</strong> and what each score means, so
          every candidate is measured against the same yardstick.
        </li>
        <li>
          <strong>Read the dossiers of the {countOf(exercise.candidates.length, 'candidate')}.</strong> If you know a candidate
          personally or professionally, tell the chair: you may need to recuse yourself from scoring that candidate.
        </li>
      </ol>
      <p className="hint">
        Package imported {formatTimestamp(record.importedAt)}. Your scores stay on this computer until you export your signed score
        sheet; no other member sees them.
      </p>
      <button type="button" className="button button--primary" onClick={onStart}>
        {memberName ? 'Go to your candidates' : 'Start: say who you are on the panel'}
      </button>
    </section>
  );
}
