// The first screen: choose a role, pick up a workspace you used before, or open the demo.

import { useCallback, useState } from 'react';
import { NEW_EXERCISE_SLOT, loadDraft } from '../db/secretariat-drafts';
import { ExerciseAuthoring } from '../features/secretariat/editor/ExerciseAuthoring';
import { emptyDraft } from '../features/secretariat/editor/draft';
import { ROLES } from '../roles';
import { useT } from '../i18n';
import { useNavigation } from '../state';
import { ImportPackage } from '../features/member/ImportPackage';
import { DemoReset } from '../features/first-run/DemoReset';
import { Welcome } from '../features/first-run/Welcome';
import { DemoLauncher } from './DemoLauncher';
import { BackupPanel } from '../features/backup/BackupPanel';
import { EncryptionPanel } from '../features/lock/EncryptionPanel';
import { RecentWorkspaces } from './RecentWorkspaces';
import { useLiveQuery } from './use-live-query';

/** The role choice. */
export function StartScreen() {
  const t = useT();
  const { openRole } = useNavigation();
  const [authoring, setAuthoring] = useState(false);
  const draft = useLiveQuery(useCallback(async () => (await loadDraft(NEW_EXERCISE_SLOT)) !== undefined, []));
  if (authoring) {
    return (
      <div className="page page--wide">
        <ExerciseAuthoring
          slot={NEW_EXERCISE_SLOT}
          start={emptyDraft}
          onIssued={(result) => openRole('secretariat', result.exerciseId)}
          onClose={() => setAuthoring(false)}
        />
      </div>
    );
  }
  return (
    <div className="page">
      <section aria-labelledby="role-choice-title">
        <h1 id="role-choice-title" className="page__title">
          {t('app.start.title')}
        </h1>
        <p className="page__lead">
          {t('app.start.lead')}
        </p>
        <Welcome />
        <ul className="role-cards">
          {ROLES.map((role) => (
            // The button holds only the role's name (its accessible name is its visible text, WCAG 2.5.3);
            // it stretches over the whole card, and the description outside it is its description.
            <li key={role} className={`role-card role-card--${role}`}>
              <button type="button" className="role-card__name" onClick={() => openRole(role)} aria-describedby={`role-${role}-description`}>
                {t(`roles.${role}`)}
              </button>
              <p id={`role-${role}-description`} className="role-card__description">
                {t(`app.start.roleDescriptions.${role}`)}
              </p>
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="new-exercise-title">
        <h2 id="new-exercise-title" className="section__title">
          {t('app.start.newExerciseTitle')}
        </h2>
        <button type="button" className="button" onClick={() => setAuthoring(true)}>
          {draft.status === 'ready' && draft.value ? t('app.start.continueNewExercise') : t('app.start.newExercise')}
        </button>
      </section>
      <RecentWorkspaces />
      <ImportPackage title={t('app.start.importTitle')} />
      <DemoLauncher />
      <DemoReset />
      <EncryptionPanel />
      <BackupPanel />
    </div>
  );
}
