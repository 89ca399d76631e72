// The first screen: choose a role, pick up a workspace you used before, or open the demo.

import { useCallback, useState } from 'react';
import { NEW_EXERCISE_SLOT, loadDraft } from '../db/secretariat-drafts';
import { ExerciseAuthoring } from '../features/secretariat/editor/ExerciseAuthoring';
import { emptyDraft } from '../features/secretariat/editor/draft';
import { ROLES, ROLE_LABELS, type Role } from '../roles';
import { useNavigation } from '../state';
import { ImportPackage } from '../features/member/ImportPackage';
import { DemoLauncher } from './DemoLauncher';
import { RecentWorkspaces } from './RecentWorkspaces';
import { useLiveQuery } from './use-live-query';

const ROLE_DESCRIPTIONS: Record<Role, string> = {
  member:
    'Read the rubric and the candidates’ dossiers, score each interview on this computer — no network needed — and send the secretariat a signed score sheet. You never see other members’ scores.',
  secretariat:
    'Prepare the exercise — competencies, candidates and panel — and issue it as a signed package. Then collect the members’ score sheets, check their signatures and merge them.',
  debrief:
    'Show the merged scores to the panel, discuss where members diverge, record consensus beside the independent scores, and sign the decision.',
};

/** The role choice. */
export function StartScreen() {
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
          What is your part in this selection?
        </h1>
        <p className="page__lead">
          Panelscore keeps a separate workspace for each part, so what the secretariat holds never shows up in a panel member’s
          workspace.
        </p>
        <ul className="role-cards">
          {ROLES.map((role) => (
            <li key={role}>
              <button
                type="button"
                className={`role-card role-card--${role}`}
                onClick={() => openRole(role)}
                aria-labelledby={`role-${role}-name`}
                aria-describedby={`role-${role}-description`}
              >
                <span id={`role-${role}-name`} className="role-card__name">
                  {ROLE_LABELS[role]}
                </span>
                <span id={`role-${role}-description`} className="role-card__description">
                  {ROLE_DESCRIPTIONS[role]}
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
      <section className="section" aria-labelledby="new-exercise-title">
        <h2 id="new-exercise-title" className="section__title">
          Secretariat: prepare a new exercise
        </h2>
        <button type="button" className="button" onClick={() => setAuthoring(true)}>
          {draft.status === 'ready' && draft.value ? 'Continue the new exercise' : 'New exercise'}
        </button>
      </section>
      <RecentWorkspaces />
      <ImportPackage title="Panel member: import a package" />
      <DemoLauncher />
    </div>
  );
}
