// The first screen: choose a role, pick up a workspace you used before, or open the demo.

import { ROLES, ROLE_LABELS, type Role } from '../roles';
import { useNavigation } from '../state';
import { DemoLauncher } from './DemoLauncher';
import { RecentWorkspaces } from './RecentWorkspaces';

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
      <RecentWorkspaces />
      <DemoLauncher />
    </div>
  );
}
