// What a role's workspace says when this computer holds no exercise for that role yet.

import { useCallback } from 'react';
import { useLiveQuery } from '../../app/use-live-query';
import { listWorkspaces } from '../../db';
import type { Role } from '../../roles';
import { EmptyState } from './EmptyState';
import { useT } from '../../i18n';

const STEPS = ['step1', 'step2', 'step3'] as const;

/** The empty state of a role's workspace; renders nothing once the role holds an exercise. */
export function RoleEmptyState({ role }: { role: Role }) {
  const t = useT();
  const workspaces = useLiveQuery(useCallback(() => listWorkspaces(role), [role]));
  if (workspaces.status !== 'ready' || workspaces.value.length > 0) return null;
  return (
    <EmptyState title={t(`firstRun.empty.${role}.title`)}>
      <ol>
        {STEPS.map((step) => (
          <li key={step}>{t(`firstRun.empty.${role}.${step}`)}</li>
        ))}
      </ol>
    </EmptyState>
  );
}
