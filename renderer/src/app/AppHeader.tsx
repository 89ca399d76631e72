// The bar at the top of every screen: product name, where you are (role and exercise),
// and the way back to the role choice.

import { useCallback } from 'react';
import { getWorkspace } from '../db';
import { workspaceIdOf } from '../roles';
import { useNavigation, useRoute } from '../state';
import { useLiveQuery } from './use-live-query';
import { LockButton } from '../features/lock/LockButton';
import { useT } from '../i18n';
import { LanguagePicker } from '../i18n/LanguagePicker';

/** The header bar. */
export function AppHeader() {
  const t = useT();
  const route = useRoute();
  const { goToStart, openRole } = useNavigation();
  const workspaceId = route.screen === 'workspace' && route.exerciseId ? workspaceIdOf(route.role, route.exerciseId) : null;
  const workspace = useLiveQuery(useCallback(async () => (workspaceId ? ((await getWorkspace(workspaceId)) ?? null) : null), [workspaceId]));
  const title = workspace.status === 'ready' ? workspace.value?.title : undefined;

  return (
    <header className="app-header">
      <div className="app-header__inner">
        <p className="app-header__product">
          <button type="button" className="app-header__home" onClick={goToStart}>
            {t('app.product')}
          </button>
        </p>
        {route.screen === 'workspace' && (
          <nav className="app-header__where" aria-label={t('app.youAreHere')}>
            <ol>
              {route.exerciseId ? (
                <li>
                  <button type="button" className="link-button" onClick={() => openRole(route.role)}>
                    {t(`roles.${route.role}`)}
                  </button>
                </li>
              ) : (
                <li aria-current="page" className="app-header__exercise">
                  {t(`roles.${route.role}`)}
                </li>
              )}
              {title && (
                <li aria-current="page" className="app-header__exercise">
                  {title}
                </li>
              )}
            </ol>
          </nav>
        )}
        {route.screen === 'workspace' && (
          <button type="button" className="button button--on-dark" onClick={goToStart}>
            {t('app.changeRole')}
          </button>
        )}
        <LanguagePicker />
        <LockButton />
      </div>
    </header>
  );
}
