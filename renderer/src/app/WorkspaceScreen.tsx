// A role's workspace: without an exercise, the exercises this role holds and how to get
// one; with an exercise, that role's screen for it.

import { useCallback } from 'react';
import { type ExerciseRecord, getExercise } from '../db';
import { DebriefWorkspace } from '../features/debrief/DebriefWorkspace';
import { ImportPackage } from '../features/member/ImportPackage';
import { MemberWorkspace } from '../features/member/MemberWorkspace';
import { SecretariatWorkspace } from '../features/secretariat/SecretariatWorkspace';
import { ScrubNotice } from '../features/retention/ScrubNotice';
import { WorkspaceDataPanel } from '../features/retention/WorkspaceDataPanel';
import { type Role, workspaceIdOf } from '../roles';
import { useT } from '../i18n';
import { useNavigation } from '../state';
import { RoleEmptyState } from '../features/first-run/RoleEmptyState';
import { DemoLauncher } from './DemoLauncher';
import { RecentWorkspaces } from './RecentWorkspaces';
import { describeError, useLiveQuery } from './use-live-query';

/** The workspace of `role`, on one exercise when `exerciseId` is given. */
export function WorkspaceScreen({ role, exerciseId }: { role: Role; exerciseId: string | null }) {
  const t = useT();
  if (exerciseId === null) {
    return (
      <div className="page">
        <h1 className="page__title">{t(`roles.${role}`)}</h1>
        <p className="page__lead">{t(`app.workspace.howToStart.${role}`)}</p>
        <ScrubNotice />
        <RoleEmptyState role={role} />
        <RecentWorkspaces role={role} />
        {role === 'member' && <ImportPackage />}
        <DemoLauncher role={role} />
      </div>
    );
  }
  return <ExerciseWorkspace role={role} exerciseId={exerciseId} />;
}

function ExerciseWorkspace({ role, exerciseId }: { role: Role; exerciseId: string }) {
  const t = useT();
  const { openRole } = useNavigation();
  const workspaceId = workspaceIdOf(role, exerciseId);
  const exercise = useLiveQuery(useCallback(async () => (await getExercise(workspaceId)) ?? null, [workspaceId]));

  if (exercise.status === 'loading') {
    return (
      <p className="page" role="status">
        {t('app.workspace.opening')}
      </p>
    );
  }
  if (exercise.status === 'error' || exercise.value === null) {
    const reason =
      exercise.status === 'error'
        ? t('app.workspace.unreadable', { message: describeError(exercise.error) })
        : t('app.workspace.missing', { role: t(`roles.${role}`).toLocaleLowerCase(), exerciseId });
    return (
      <div className="page">
        <p className="alert alert--error" role="alert">
          {reason}
        </p>
        <button type="button" className="button" onClick={() => openRole(role)}>
          {t('app.workspace.seeExercises')}
        </button>
      </div>
    );
  }
  return (
    <>
      <RoleView role={role} record={exercise.value} />
      <WorkspaceDataPanel role={role} exerciseId={exerciseId} title={exercise.value.exercise.title} />
    </>
  );
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
