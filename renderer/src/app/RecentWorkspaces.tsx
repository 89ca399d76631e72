// Workspaces stored on this computer, newest first: one click takes you back in.

import { useCallback } from 'react';
import { listWorkspaces } from '../db';
import type { Role } from '../roles';
import { useT } from '../i18n';
import { useNavigation } from '../state';
import { formatTimestamp } from './format';
import { describeError, useLiveQuery } from './use-live-query';

/** The list of stored workspaces, for one role or for all; renders nothing while there are none. */
export function RecentWorkspaces({ role }: { role?: Role }) {
  const t = useT();
  const { openRole } = useNavigation();
  const workspaces = useLiveQuery(useCallback(() => listWorkspaces(role), [role]));

  if (workspaces.status === 'error') {
    return (
      <p className="alert alert--error" role="alert">
        {t('app.recent.readFailed', { message: describeError(workspaces.error) })}
      </p>
    );
  }
  if (workspaces.status === 'loading' || workspaces.value.length === 0) return null;

  const heading = role ? t('app.recent.inRole', { role: t(`roles.${role}`).toLocaleLowerCase() }) : t('app.recent.continue');
  return (
    <section className="section" aria-labelledby="recent-workspaces-title">
      <h2 id="recent-workspaces-title" className="section__title">
        {heading}
      </h2>
      <ul className="workspace-list">
        {workspaces.value.map((workspace) => (
          <li key={workspace.id}>
            <button type="button" className="workspace-item" onClick={() => openRole(workspace.role, workspace.exerciseId)}>
              <span className="workspace-item__title">{workspace.title}</span>
              <span className="workspace-item__meta">
                {role
                  ? t('app.recent.updated', { date: formatTimestamp(workspace.updatedAt) })
                  : t('app.recent.roleAndUpdated', { role: t(`roles.${workspace.role}`), date: formatTimestamp(workspace.updatedAt) })}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
