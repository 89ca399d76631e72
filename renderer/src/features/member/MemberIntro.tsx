// What a member does before the interviews, above the exercise they read: confirm the
// secretariat's key, read the rubric and the dossiers, then start scoring.

import { formatTimestamp } from '../../app/format';
import { useT } from '../../i18n';
import type { ExerciseRecord } from '../../db';

interface Props {
  record: ExerciseRecord;
  memberName: string | null;
  onStart: () => void;
}

/** The "Before the interviews" box. */
export function MemberIntro({ record, memberName, onStart }: Props) {
  const t = useT();
  const { exercise } = record;
  return (
    <section className="intro" aria-labelledby="member-intro">
      <h2 id="member-intro" className="intro__title">
        {t('member.intro.title')}
      </h2>
      <ol className="steps">
        <li>
          <strong>{t('member.intro.confirmKey')}</strong> {t('member.intro.confirmKeyHow')}{' '}
          <code className="fingerprint">{record.secretariatFingerprint}</code>. {t('member.intro.confirmKeyElse')}
        </li>
        <li>
          <strong>{t('member.intro.readCriteria', { count: exercise.criteria.length })}</strong> {t('member.intro.readCriteriaWhy')}
        </li>
        <li>
          <strong>{t('member.intro.readDossiers', { count: exercise.candidates.length })}</strong> {t('member.intro.readDossiersWhy')}
        </li>
      </ol>
      <p className="hint">
        {t('member.intro.imported', { date: formatTimestamp(record.importedAt) })}
      </p>
      <button type="button" className="button button--primary" onClick={onStart}>
        {memberName ? t('member.intro.goToCandidates') : t('member.intro.start')}
      </button>
    </section>
  );
}
