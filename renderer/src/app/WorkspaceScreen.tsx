// A role's workspace: without an exercise, the exercises this role holds and how to get
// one; with an exercise, that role's screen for it.

import { useCallback } from 'react';
import { type ExerciseRecord, getExercise } from '../db';
import { DebriefWorkspace } from '../features/debrief/DebriefWorkspace';
import { ImportPackage } from '../features/member/ImportPackage';
import { MemberWorkspace } from '../features/member/MemberWorkspace';
import { SecretariatWorkspace } from '../features/secretariat/SecretariatWorkspace';
import { ROLE_LABELS, type Role, workspaceIdOf } from '../roles';
import { useNavigation } from '../state';
import { DemoLauncher } from './DemoLauncher';
import { RecentWorkspaces } from './RecentWorkspaces';
import { describeError, useLiveQuery } from './use-live-query';

const HOW_TO_START: Record<Role, string> = {
  member:
    'Your secretariat sends you the exercise as a signed package (a .panelpkg file). When you import it, Panelscore checks the signature and every document, and shows you the secretariat’s key fingerprint to confirm with them.',
  secretariat:
    'An exercise holds the competencies, the candidates with their documents, and the panel. The secretariat signs it and sends the package to every panel member.',
  debrief:
    'The debrief works on the merged score sheets of one exercise: the panel scores side by side, the divergences to discuss, and the decision to record and sign.',
};

/** The workspace of `role`, on one exercise when `exerciseId` is given. */
export function WorkspaceScreen({ role, exerciseId }: { role: Role; exerciseId: string | null }) {
  if (exerciseId === null) {
    return (
      <div className="page">
        <h1 className="page__title">{ROLE_LABELS[role]}</h1>
        <p className="page__lead">{HOW_TO_START[role]}</p>
        <RecentWorkspaces role={role} />
        {role === 'member' && <ImportPackage />}
        <DemoLauncher role={role} />
      </div>
    );
  }
  return <ExerciseWorkspace role={role} exerciseId={exerciseId} />;
}

function ExerciseWorkspace({ role, exerciseId }: { role: Role; exerciseId: string }) {
  const { openRole } = useNavigation();
  const workspaceId = workspaceIdOf(role, exerciseId);
  const exercise = useLiveQuery(useCallback(async () => (await getExercise(workspaceId)) ?? null, [workspaceId]));

  if (exercise.status === 'loading') {
    return (
      <p className="page" role="status">
        Opening the exercise…
      </p>
    );
  }
  if (exercise.status === 'error' || exercise.value === null) {
    const reason =
      exercise.status === 'error'
        ? `It could not be read from this computer’s storage: ${describeError(exercise.error)}`
        : `This computer has no ${ROLE_LABELS[role].toLowerCase()} workspace for the exercise “${exerciseId}” (it may have been removed).`;
    return (
      <div className="page">
        <p className="alert alert--error" role="alert">
          {reason}
        </p>
        <button type="button" className="button" onClick={() => openRole(role)}>
          See the exercises you have
        </button>
      </div>
    );
  }
  return <RoleView role={role} record={exercise.value} />;
}

function RoleView({ role, record }: { role: Role; record: ExerciseRecord }) {
  switch (role) {
    case 'member':
      return <MemberWorkspace record={record} />;
    case 'secretariat':
      return <SecretariatWorkspace record={record} />;
    case 'debrief':
      return <DebriefWorkspace record={record} />;
  }
}
